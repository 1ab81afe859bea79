/**
 * What the rechtenverkenner page embeds: rules, questions, documents, and for every municipality
 * the nearest places that grant or help with each right. Everything a household could need is
 * in the page, so nothing about its answers is ever requested from the server.
 */
import type { Organisation, RightDocument, RightsFactsFile } from '../../content.config';
import type { Catalog, Entry } from '../catalog';
import { OWN_MUNICIPALITY_ONLY } from '../explorer';
import { isoDay, toRightRules } from './rules';
import type { ExplorerData, Office } from './types';

/** Places per municipality and service type: enough to choose, little enough for a phone. */
const PER_TYPE = 3;
const ELSEWHERE_PER_TYPE = 2;

function officeOf(catalog: Catalog, o: Entry<Organisation>): Office {
  const located = o.data.locations.find((l) => l.street && !l.confidential);
  const place = o.data.locations.map((l) => catalog.municipalityByNis(l.municipality)?.data.name).find(Boolean);
  const address = located ? `${located.street}, ${located.postcode ?? ''} ${catalog.municipalityByNis(located.municipality)?.data.name ?? ''}`.replace(/\s+/g, ' ').trim() : (place ?? '');
  return { id: o.id, name: o.data.name, type: o.data.type, address, phone: o.data.phones[0]?.number };
}

const km = (d: number) => (Number.isFinite(d) ? Math.round(d * 10) / 10 : null);

export function officesNear(catalog: Catalog, types: Set<string>): Pick<ExplorerData, 'offices' | 'officesNear'> {
  const offices: Office[] = [];
  const index = new Map<string, number>();
  const ref = (o: Entry<Organisation>) => {
    if (!index.has(o.id)) index.set(o.id, offices.push(officeOf(catalog, o)) - 1);
    return index.get(o.id)!;
  };
  const active = (o: Entry<Organisation>) => o.data.status !== 'inactive' && types.has(o.data.type);
  const near: ExplorerData['officesNear'] = {};
  for (const m of catalog.municipalities) {
    const byType: Record<string, [number, number | null][]> = {};
    for (const { organisation, distanceKm } of catalog.organisationsFor(m, active)) {
      const list = (byType[organisation.data.type] ??= []);
      if (list.length < PER_TYPE) list.push([ref(organisation), km(distanceKm)]);
    }
    for (const type of types) {
      if (byType[type] || (OWN_MUNICIPALITY_ONLY as readonly string[]).includes(type)) continue;
      const closest = catalog
        .organisationsOfType(type)
        .filter((o) => o.data.status !== 'inactive' && o.data.locations.length > 0)
        .map((o) => ({ o, d: catalog.distanceTo(o, m.data) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, ELSEWHERE_PER_TYPE);
      if (closest.length) byType[type] = closest.map(({ o, d }) => [ref(o), km(d)]);
    }
    near[m.data.nis] = byType;
  }
  return { offices, officesNear: near };
}

export function explorerData(catalog: Catalog, facts: RightsFactsFile, documents: RightDocument[], today = new Date()): ExplorerData {
  const rights = toRightRules(catalog.rights);
  const types = new Set(rights.flatMap((r) => r.grantingServiceTypes));
  return {
    builtOn: isoDay(today),
    screens: facts.screens,
    facts: facts.facts,
    personFacts: facts.personFacts,
    rights,
    documents: Object.fromEntries(documents.map((d) => [d.id, { title: d.title, where: d.where }])),
    domains: catalog.domains.map((d) => ({ id: d.id, name: d.data.name })),
    serviceTypes: Object.fromEntries([...types].map((t) => [t, catalog.serviceType(t)?.data.name ?? t])),
    municipalities: Object.fromEntries(
      catalog.municipalities.map((m) => [m.data.nis, { name: m.data.name, nameFr: m.data.nameFr, postcodes: m.data.postcodes, region: m.data.region, slug: m.id }]),
    ),
    ...officesNear(catalog, types),
  };
}
