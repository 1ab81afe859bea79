/**
 * /open-data/rechten.json: every right with its conditions, documents, dated amounts and sources.
 * Rights are not an HSDS object; the fields follow our content schema (src/content.config.ts,
 * rightSchema) with dates as YYYY-MM-DD and a stable UUID next to the readable id.
 */
import type { Catalog } from '../catalog';
import { levelLabel, rightAccessLabel } from '../labels';
import { DATASET_TITLE, isoDate, LICENCE, newestDate } from './licence';
import { uuidV5 } from './uuid';

const source = (s: { title: string; url?: string; ref?: string }) => ({ title: s.title, url: s.url ?? null, ref: s.ref ?? null });

export function buildRights(catalog: Catalog, siteUrl: string) {
  return {
    title: `${DATASET_TITLE}: rechten`,
    description: 'Rechten die gezinnen kunnen hebben, met voorwaarden, papieren, bedragen met datum en bronnen.',
    license: { name: LICENCE.name, title: LICENCE.title, path: LICENCE.path },
    attribution: LICENCE.attribution,
    last_checked: newestDate(catalog.rights.map((r) => r.data.lastChecked)),
    rights: catalog.rights.map(({ id, data: r }) => ({
      id,
      uuid: uuidV5(`right/${id}`),
      page: new URL(`/recht/${id}/`, siteUrl).href,
      title: r.title,
      summary: r.summary,
      alternate_names: r.alternateNames,
      level: r.level,
      level_label: levelLabel[r.level],
      granted_by: r.grantedBy,
      granting_service_types: r.grantingServiceTypes,
      access: r.access,
      access_label: rightAccessLabel[r.access],
      access_note: r.accessNote ?? null,
      domains: r.domains,
      target_groups: r.targetGroups,
      regions: r.regions,
      municipalities: r.municipalities ?? [],
      conditions: r.conditions,
      // The conditions as a machine-readable rule over household facts (see content/rights-facts.yaml),
      // where the rights explorer has one: the same rule the explorer evaluates.
      eligibility_rule: 'eligibility' in r ? (r.eligibility ?? null) : null,
      checked_by_office: r.checkedByOffice,
      documents: r.documents,
      amounts: r.amounts.map((a) => ({
        id: 'id' in a ? (a.id ?? null) : null,
        label: a.label,
        value: a.value ?? null,
        text: a.text ?? null,
        currency: a.currency,
        per: a.per ?? null,
        valid_from: isoDate(a.validFrom),
        valid_until: a.validUntil ? isoDate(a.validUntil) : null,
        source: source(a.source),
      })),
      unlocks: r.unlocks,
      incomplete: r.incomplete,
      sources: r.sources.map(source),
      last_checked: isoDate(r.lastChecked),
    })),
  };
}
