/**
 * Where is it? Municipalities found by NIS code, postcode, Dutch or French name, or the name of a
 * former municipality (merged on 1 January 2025, as older data still uses them); service areas
 * by region, province or municipality.
 */
import { provinceLabel, regionLabel } from '../../labels';
import { PROVINCES, REGIONS } from '../../vocabulary';
import { matchKey } from './clean';

export interface Place {
  nis: string;
  name: string;
  nameFr?: string;
  postcodes: string[];
  mergedFrom: string[];
}

export type Area = { type: 'region' | 'province' | 'municipality'; code: string };

const REGION_NAMES: Record<(typeof REGIONS)[number], string[]> = {
  vlaanderen: ['Vlaanderen', 'Vlaams Gewest', 'Vlaamse Gemeenschap', 'Flanders', 'Flandre', 'Région flamande'],
  brussel: ['Brussels Hoofdstedelijk Gewest', 'Brussels Gewest', 'Brussels-Capital Region', 'Région de Bruxelles-Capitale', 'Bruxelles-Capitale', 'Brussels Capital Region'],
};

const PROVINCE_NAMES: Record<(typeof PROVINCES)[number], string[]> = {
  antwerpen: ['Antwerp', 'Anvers'],
  limburg: ['Limbourg'],
  'oost-vlaanderen': ['East Flanders', 'Flandre-Orientale'],
  'vlaams-brabant': ['Flemish Brabant', 'Brabant flamand'],
  'west-vlaanderen': ['West Flanders', 'Flandre-Occidentale'],
  brussel: [],
};

export function createPlaces(places: Place[]) {
  const byNis = new Map(places.map((p) => [p.nis, p]));
  const byPostcode = new Map<string, Place>();
  const byName = new Map<string, Place>();
  for (const p of places) {
    p.postcodes.forEach((code) => byPostcode.set(code, p));
    for (const name of [p.name, p.nameFr, ...p.mergedFrom]) if (name && !byName.has(matchKey(name))) byName.set(matchKey(name), p);
  }
  // Own names win over former ones: add them again last.
  for (const p of places) for (const name of [p.name, p.nameFr]) if (name) byName.set(matchKey(name), p);

  const regions = new Map<string, string>();
  for (const r of REGIONS) for (const name of [r, regionLabel[r], ...REGION_NAMES[r]]) regions.set(matchKey(name), r);
  const provinces = new Map<string, string>();
  for (const p of PROVINCES) {
    if (p === 'brussel') continue; // "Brussel" as a province is the region; as a place it is the city.
    for (const name of [p, provinceLabel[p], `provincie ${provinceLabel[p]}`, ...PROVINCE_NAMES[p]]) provinces.set(matchKey(name), p);
  }

  /** A municipality by its name, without "(44021)" or a postcode in front. */
  const byCity = (city: string) => byName.get(matchKey(city.replace(/\(\s*\d{5}\s*\)/, '').replace(/^\s*\d{4}\s+/, '')));

  /** "gewest Vlaanderen", "provincie Antwerpen", "gemeente Gent (44021)", or just a name. */
  function area(text: string): Area | undefined {
    const match = /^\s*(gewest|regio|region|provincie|province|gemeente|stad|municipality|commune)\s*:?\s+(.+)$/i.exec(text);
    const kind = match?.[1]?.toLowerCase();
    const name = (match?.[2] ?? text).trim();
    const nis = /\((\d{5})\)/.exec(name)?.[1] ?? (/^\d{5}$/.test(name) ? name : undefined);
    const wantRegion = !kind || ['gewest', 'regio', 'region'].includes(kind);
    const wantProvince = !kind || ['provincie', 'province'].includes(kind);
    const wantMunicipality = !kind || ['gemeente', 'stad', 'municipality', 'commune'].includes(kind);
    if (wantMunicipality && nis && byNis.has(nis)) return { type: 'municipality', code: nis };
    if (wantRegion && regions.has(matchKey(name))) return { type: 'region', code: regions.get(matchKey(name))! };
    // A bare "Antwerpen" is more often the city than the province: say "provincie" for the province.
    const place = wantMunicipality ? byCity(name) : undefined;
    if (place) return { type: 'municipality', code: place.nis };
    if (wantProvince && provinces.has(matchKey(name))) return { type: 'province', code: provinces.get(matchKey(name))! };
    return undefined;
  }

  return {
    byNis: (nis: string) => byNis.get(nis),
    byPostcode: (postcode: string) => byPostcode.get(postcode),
    byCity,
    area,
  };
}

export type Places = ReturnType<typeof createPlaces>;
