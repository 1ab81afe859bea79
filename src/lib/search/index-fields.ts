/**
 * What Pagefind should know about each page: filters (facets), metadata shown in results, and
 * extra words (synonyms) that make the page findable the way people search.
 */
import type { Domain, Need, Organisation, Right, ServiceType } from '../../content.config';
import type { Catalog, Entry } from '../catalog';
import { flagLabel, formalityLabel, formatDate, languageLabel, provinceLabel, regionLabel, targetGroupLabel } from '../labels';
import { synonymsFor, type SynonymGroups } from './synonyms';

export const RESULT_KIND = {
  organisation: 'Organisatie',
  serviceType: 'Soort dienst',
  need: 'Vraag',
  right: 'Recht',
  domain: 'Levensdomein',
} as const;

export interface SearchFields {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Hidden extra words: synonyms, alternate names. */
  extraWords: string[];
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
const domainNames = (catalog: Catalog, ids: readonly string[]) => unique(ids.map((id) => catalog.domain(id)?.data.name));

export function workArea(catalog: Catalog, org: Organisation): { municipalities: string[]; areas: string[]; regions: string[] } {
  const located = org.locations.map((l) => catalog.municipalityByNis(l.municipality)?.data);
  const area = org.serviceArea;
  const listed = (area?.municipalities ?? []).map((nis) => catalog.municipalityByNis(nis)?.data);
  const municipalities = area ? listed : located;
  return {
    municipalities: unique(municipalities.map((m) => m?.name)),
    areas: unique([...(area?.regions ?? []).map((r) => `Heel ${regionLabel[r]}`), ...(area?.provinces ?? []).map((p) => `Provincie ${provinceLabel[p]}`)]),
    regions: unique([
      ...municipalities.map((m) => m && regionLabel[m.region]),
      ...(area?.regions ?? []).map((r) => regionLabel[r]),
      ...(area?.provinces ?? []).map((p) => (p === 'brussel' ? regionLabel.brussel : regionLabel.vlaanderen)),
    ]),
  };
}

export function organisationFields(catalog: Catalog, o: Entry<Organisation>, synonyms: SynonymGroups): SearchFields {
  const d = o.data;
  const type = catalog.serviceType(d.type);
  const area = workArea(catalog, d);
  const text = [d.name, ...d.alternateNames, d.summary, type?.data.name, ...(type?.data.alternateNames ?? [])].join(' ');
  return {
    filters: {
      soort: [RESULT_KIND.organisation],
      domein: domainNames(catalog, d.domains),
      gemeente: area.municipalities,
      werkgebied: area.areas,
      regio: area.regions,
      formaliteit: [formalityLabel[d.formality]],
      doelgroep: d.targetGroups.map((t) => targetGroupLabel[t]),
      taal: d.languages.map((l) => languageLabel[l] ?? l),
      kenmerk: d.flags.map((f) => flagLabel[f]),
    },
    meta: {
      soort: RESULT_KIND.organisation,
      dienst: type?.data.name ?? '',
      plaats: unique(d.locations.map((l) => catalog.municipalityByNis(l.municipality)?.data.name)).join(', '),
      formaliteit: formalityLabel[d.formality],
      gecontroleerd: formatDate(d.lastChecked),
    },
    extraWords: unique([...(type?.data.alternateNames ?? []), type?.data.name, ...synonymsFor(text, synonyms)]),
  };
}

export function serviceTypeFields(s: Entry<ServiceType>, catalog: Catalog, synonyms: SynonymGroups): SearchFields {
  const d = s.data;
  return {
    filters: {
      soort: [RESULT_KIND.serviceType],
      domein: domainNames(catalog, d.domains),
      formaliteit: [formalityLabel[d.formality]],
      regio: (d.regions ?? ['vlaanderen', 'brussel']).map((r) => regionLabel[r]),
    },
    meta: { soort: RESULT_KIND.serviceType, formaliteit: formalityLabel[d.formality], gecontroleerd: formatDate(d.lastChecked) },
    extraWords: synonymsFor([d.name, ...d.alternateNames, d.summary].join(' '), synonyms),
  };
}

export function needFields(n: Entry<Need>, catalog: Catalog, synonyms: SynonymGroups): SearchFields {
  const types = n.data.serviceTypes.map((s) => catalog.serviceType(s.type)?.data.name);
  return {
    filters: { soort: [RESULT_KIND.need], domein: domainNames(catalog, [n.data.domain]) },
    meta: { soort: RESULT_KIND.need },
    extraWords: unique([...n.data.keywords, ...types, ...synonymsFor([n.data.question, ...n.data.keywords].join(' '), synonyms)]),
  };
}

export function rightFields(r: Entry<Right>, catalog: Catalog, synonyms: SynonymGroups): SearchFields {
  const d = r.data;
  return {
    filters: {
      soort: [RESULT_KIND.right],
      domein: domainNames(catalog, d.domains),
      regio: d.regions.map((x) => regionLabel[x]),
      doelgroep: d.targetGroups.map((t) => targetGroupLabel[t]),
    },
    meta: { soort: RESULT_KIND.right, gecontroleerd: formatDate(d.lastChecked) },
    extraWords: synonymsFor([d.title, ...d.alternateNames, d.summary].join(' '), synonyms),
  };
}

export function domainFields(d: Entry<Domain>, synonyms: SynonymGroups): SearchFields {
  return {
    filters: { soort: [RESULT_KIND.domain], domein: [d.data.name] },
    meta: { soort: RESULT_KIND.domain },
    extraWords: synonymsFor([d.data.name, d.data.summary].join(' '), synonyms),
  };
}
