/** The same filters as search, applied to map points in the browser. */
import { formalityLabel } from '../labels';
import type { FilterKey, SearchState } from '../search/url-state';
import type { MapPoint } from './points';

/** Filter keys that make sense on the map (organisations only). */
export const MAP_FILTER_KEYS = ['domein', 'formaliteit', 'kenmerk', 'doelgroep', 'taal'] as const satisfies readonly FilterKey[];
type MapFilterKey = (typeof MAP_FILTER_KEYS)[number];

const valuesOf = (p: MapPoint, key: MapFilterKey): string[] => {
  switch (key) {
    case 'domein':
      return p.domains;
    case 'formaliteit':
      return [formalityLabel[p.formality]];
    case 'kenmerk':
      return p.flags;
    case 'doelgroep':
      return p.targetGroups;
    case 'taal':
      return p.languages;
  }
};

/** Any selected value within a filter; every filter must match. */
export function filterPoints(points: MapPoint[], filters: SearchState['filters']): MapPoint[] {
  const active = MAP_FILTER_KEYS.filter((k) => (filters[k]?.length ?? 0) > 0);
  return points.filter((p) => active.every((k) => valuesOf(p, k).some((v) => filters[k]!.includes(v))));
}

/** Per filter, per value: how many points there would be with that value (other filters applied). */
export function filterCounts(points: MapPoint[], filters: SearchState['filters']): { all: Record<string, Record<string, number>>; remaining: Record<string, Record<string, number>> } {
  const all: Record<string, Record<string, number>> = {};
  const remaining: Record<string, Record<string, number>> = {};
  for (const key of MAP_FILTER_KEYS) {
    const others = { ...filters, [key]: [] };
    const base = filterPoints(points, others);
    all[key] = {};
    remaining[key] = {};
    for (const p of points) for (const v of valuesOf(p, key)) all[key][v] = 0;
    for (const p of base) for (const v of valuesOf(p, key)) remaining[key][v] = (remaining[key][v] ?? 0) + 1;
  }
  return { all, remaining };
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export const inBounds = (p: MapPoint, b: Bounds) => p.latitude >= b.south && p.latitude <= b.north && p.longitude >= b.west && p.longitude <= b.east;
