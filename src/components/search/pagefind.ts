/** A small typed wrapper around the Pagefind bundle that the build writes to /pagefind/. */
import type { Locale } from '../../lib/i18n/locales';
import type { PROVINCES, REGIONS } from '../../lib/vocabulary';

export type PagefindFilters = Record<string, unknown>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once. The URL is built at run time: a literal import breaks the Astro 7 build. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export type Place = {
  nis: string;
  name: string;
  nameFr?: string;
  postcodes: string[];
  region: (typeof REGIONS)[number];
  province: (typeof PROVINCES)[number];
  latitude: number;
  longitude: number;
  slug: string;
};

/** A municipality's name as the reader knows it: the French name on French pages. */
export const placeName = (p: Pick<Place, 'name' | 'nameFr'>, locale: Locale) => (locale === 'fr' && p.nameFr) || p.name;

let places: Promise<Place[]> | undefined;

export function loadPlaces(): Promise<Place[]> {
  places ??= fetch('/data/places.json')
    .then((r) => r.json() as Promise<[string, string, string, string, Place['region'], Place['province'], number, number, string][]>)
    .then((rows) =>
      rows.map(([nis, name, nameFr, postcodes, region, province, latitude, longitude, slug]) => ({
        nis,
        name,
        nameFr: nameFr || undefined,
        postcodes: postcodes.split(' '),
        region,
        province,
        latitude,
        longitude,
        slug,
      })),
    );
  return places;
}
