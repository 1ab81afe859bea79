/** The licence of Wegwijzer's open data, named once for every export file and the Open data page. */

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
  path: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  attribution:
    'Wegwijzer, sociale kaart en rechtenverkenner voor Vlaanderen en Brussel. Middelpunten van gemeenten: GeoNames (www.geonames.org, CC BY 4.0).',
} as const;

export const DATASET_TITLE = 'Wegwijzer: sociale kaart en rechten voor Vlaanderen en Brussel';
export const PUBLISHER = 'Wegwijzer';

/** The newest "last checked" date of a list, as YYYY-MM-DD (stable across builds, unlike "now"). */
export const newestDate = (dates: Date[]) =>
  dates.reduce<string>((newest, d) => (isoDate(d) > newest ? isoDate(d) : newest), '');

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
