/**
 * The map's point file: every organisation location in one compact JSON, built at build time and
 * loaded by the map only. Confidential addresses never enter it: such a location is shown at the
 * municipality centre, marked approximate, without address.
 */
import type { Formality } from '../../content.config';
import { DOMAIN_IDS, FLAGS, FORMALITIES, TARGET_GROUPS, WEEKDAYS } from '../vocabulary';
import type { Catalog } from '../catalog';
import { flagLabel, formalityLabel, languageLabel, targetGroupLabel } from '../labels';

/** [dayMask, opens, closes] */
type HoursRow = [number, string, string];

/** id, name, type index, formality index, lat, lng, approximate, municipality index, address,
 * domain mask, flag mask, target-group mask, language indexes, regular hours. */
type PointRow = [string, string, number, number, number, number, 0 | 1, number, string, number, number, number, number[], HoursRow[]];

export interface PointFile {
  version: 1;
  types: string[];
  municipalities: string[];
  domains: string[];
  languages: string[];
  points: PointRow[];
}

export interface MapPoint {
  id: string;
  name: string;
  type: string;
  formality: Formality;
  latitude: number;
  longitude: number;
  approximate: boolean;
  municipality: string;
  /** Street address; empty when unknown or confidential. */
  address: string;
  /** Labels, the same values search filters use. */
  domains: string[];
  flags: string[];
  targetGroups: string[];
  languages: string[];
  hours: { days: (typeof WEEKDAYS)[number][]; opens: string; closes: string }[];
}

const mask = <T extends string>(all: readonly T[], values: readonly T[]) => values.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
const unmask = <T>(all: readonly T[], m: number) => all.filter((_, i) => m & (1 << i));
const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function buildPointFile(catalog: Catalog): PointFile {
  const types: string[] = [];
  const municipalities: string[] = [];
  const languages: string[] = [];
  const indexOf = (list: string[], value: string) => {
    const i = list.indexOf(value);
    return i >= 0 ? i : list.push(value) - 1;
  };
  const points: PointRow[] = [];
  for (const o of catalog.organisations) {
    const d = o.data;
    if (d.status === 'inactive') continue;
    d.locations.forEach((location, i) => {
      const point = location.confidential ? catalog.pointOf({ ...location, approximate: true }) : catalog.pointOf(location);
      const municipality = catalog.municipalityByNis(location.municipality);
      if (!point || !municipality) return;
      const address = location.confidential || !location.street ? '' : `${location.street}, ${location.postcode ?? ''} ${municipality.data.name}`.trim();
      points.push([
        d.locations.length > 1 ? `${o.id}#${i}` : o.id,
        d.name,
        indexOf(types, catalog.serviceType(d.type)?.data.name ?? d.type),
        FORMALITIES.indexOf(d.formality),
        round(point.latitude),
        round(point.longitude),
        point.approximate ? 1 : 0,
        indexOf(municipalities, municipality.data.name),
        address,
        mask(DOMAIN_IDS, d.domains),
        mask(FLAGS, d.flags),
        mask(TARGET_GROUPS, d.targetGroups),
        d.languages.map((l) => indexOf(languages, l)),
        (d.openingHours?.regular ?? []).map((b) => [mask(WEEKDAYS, b.days), b.opens, b.closes] as HoursRow),
      ]);
    });
  }
  return { version: 1, types, municipalities, domains: DOMAIN_IDS.map((id) => catalog.domain(id)?.data.name ?? id), languages, points };
}

export function decodePointFile(file: PointFile): MapPoint[] {
  return file.points.map(([id, name, type, formality, latitude, longitude, approximate, municipality, address, domains, flags, targets, langs, hours]) => ({
    id,
    name,
    type: file.types[type] ?? '',
    formality: FORMALITIES[formality] ?? 'formal',
    latitude,
    longitude,
    approximate: approximate === 1,
    municipality: file.municipalities[municipality] ?? '',
    address,
    domains: unmask(file.domains, domains),
    flags: unmask(FLAGS, flags).map((f) => flagLabel[f]),
    targetGroups: unmask(TARGET_GROUPS, targets).map((t) => targetGroupLabel[t]),
    languages: langs.map((i) => languageLabel[file.languages[i] ?? ''] ?? file.languages[i] ?? ''),
    hours: hours.map(([days, opens, closes]) => ({ days: unmask(WEEKDAYS, days), opens, closes })),
  }));
}

/** Page address of a point (a location suffix `#n` belongs to the same organisation page). */
export const pointHref = (p: Pick<MapPoint, 'id'>) => `/organisatie/${p.id.split('#')[0]}/`;

export const formalityOfLabel = (label: string) => FORMALITIES.find((f) => formalityLabel[f] === label);
