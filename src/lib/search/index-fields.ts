/**
 * What Pagefind should know about each page: filters (facets), metadata shown in results, and
 * extra words (synonyms) that make the page findable the way people search.
 *
 * Pagefind builds one index per page language, so filter values and metadata are written in the
 * page's language (`locale`, Dutch by default). Two filters are internal and stay Dutch in every
 * language, because the search island matches them against Dutch place names: `gemeente-<province>`
 * and `werkgebied` (see pagefind-filters.ts). They are never shown.
 */
import type { Domain, Municipality, Need, Organisation, Right, ServiceType } from '../../content.config';
import type { Catalog, Entry } from '../catalog';
import { localize, namesInAllLanguages } from '../i18n/content';
import { labelsFor } from '../i18n/labels';
import type { Locale } from '../i18n/locales';
import { resultKinds } from '../i18n/ui/places';
import { provinceLabel, regionLabel } from '../labels';
import { synonymsFor, type SynonymGroups } from './synonyms';

/** The Dutch result kinds (the values of the `soort` filter on Dutch pages). */
export const RESULT_KIND = {
  organisation: 'Organisatie',
  serviceType: 'Soort dienst',
  need: 'Vraag',
  right: 'Recht',
  domain: 'Levensdomein',
} as const;

export { resultKinds, resultKindId, type ResultKindId } from '../i18n/ui/places';

export interface SearchFields {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Hidden extra words: synonyms, alternate names. */
  extraWords: string[];
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
const domainNames = (catalog: Catalog, ids: readonly string[], locale: Locale) =>
  unique(ids.map((id) => catalog.domain(id)).map((d) => d && localize(d.data, 'name', locale).value));
/** A municipality's name as a reader of `locale` knows it: the French name on French pages. */
const placeName = (m: Municipality | undefined, locale: Locale) => (m ? (locale === 'fr' && m.nameFr) || m.name : undefined);

/** The `werkgebied` of pages that are not tied to a place: service types, needs, rights, domains. */
export const EVERYWHERE = 'Overal';

/** The internal filter that holds the municipalities of one province (see pagefind-filters.ts). */
export const municipalityFilterKey = (province: string) => `gemeente-${province}`;

/** Where an organisation works, in Dutch: internal filter values (see the top of this file). */
export function workArea(catalog: Catalog, org: Organisation): { municipalities: string[]; byProvince: Record<string, string[]>; areas: string[]; regions: string[] } {
  const located = org.locations.map((l) => catalog.municipalityByNis(l.municipality)?.data);
  const area = org.serviceArea;
  const listed = (area?.municipalities ?? []).map((nis) => catalog.municipalityByNis(nis)?.data);
  const municipalities = area ? listed : located;
  return {
    municipalities: unique(municipalities.map((m) => m?.name)),
    byProvince: Object.fromEntries(
      unique(municipalities.map((m) => m?.province)).map((province) => [municipalityFilterKey(province), unique(municipalities.filter((m) => m?.province === province).map((m) => m?.name))]),
    ),
    areas: unique([...(area?.regions ?? []).map((r) => `Heel ${regionLabel[r]}`), ...(area?.provinces ?? []).map((p) => `Provincie ${provinceLabel[p]}`)]),
    regions: unique([
      ...municipalities.map((m) => m && regionLabel[m.region]),
      ...(area?.regions ?? []).map((r) => regionLabel[r]),
      ...(area?.provinces ?? []).map((p) => (p === 'brussel' ? regionLabel.brussel : regionLabel.vlaanderen)),
    ]),
  };
}

/** Dutch region labels (as `workArea` gives them) in `locale`. */
const regionsIn = (dutch: string[], locale: Locale) => {
  const l = labelsFor(locale);
  return dutch.map((label) => {
    const id = (Object.keys(regionLabel) as (keyof typeof regionLabel)[]).find((r) => regionLabel[r] === label);
    return id ? l.region[id] : label;
  });
};

export function organisationFields(catalog: Catalog, o: Entry<Organisation>, synonyms: SynonymGroups, locale: Locale = 'nl'): SearchFields {
  const d = o.data;
  const l = labelsFor(locale);
  const kind = resultKinds(locale).organisation;
  const type = catalog.serviceType(d.type);
  const typeName = type && localize(type.data, 'name', locale).value;
  const area = workArea(catalog, d);
  // Search finds an organisation by its name in every language: "CPAS Anderlecht" on a Dutch page,
  // "OCMW Anderlecht" on a French one. The name the page shows is indexed already.
  const shownName = localize(d, 'name', locale).value;
  const names = [d.name, ...namesInAllLanguages(d)].filter((n) => n !== shownName);
  const summary = localize(d, 'summary', locale).value;
  const text = [d.name, ...namesInAllLanguages(d), ...d.alternateNames, d.summary, summary, type?.data.name, typeName, ...(type?.data.alternateNames ?? [])].join(' ');
  return {
    filters: {
      soort: [kind],
      domein: domainNames(catalog, d.domains, locale),
      ...area.byProvince,
      werkgebied: area.areas,
      regio: regionsIn(area.regions, locale),
      formaliteit: [l.formality[d.formality]],
      doelgroep: d.targetGroups.map((t) => l.targetGroup[t]),
      taal: d.languages.map((lang) => l.language[lang] ?? lang),
      kenmerk: d.flags.map((f) => l.flag[f]),
    },
    meta: {
      soort: kind,
      dienst: typeName ?? '',
      plaats: unique(d.locations.map((loc) => placeName(catalog.municipalityByNis(loc.municipality)?.data, locale))).join(', '),
      formaliteit: l.formality[d.formality],
      gecontroleerd: l.formatDate(d.lastChecked),
    },
    extraWords: unique([...names, ...(type?.data.alternateNames ?? []), type?.data.name, typeName, ...synonymsFor(text, synonyms)]),
  };
}

export function serviceTypeFields(s: Entry<ServiceType>, catalog: Catalog, synonyms: SynonymGroups, locale: Locale = 'nl'): SearchFields {
  const d = s.data;
  const l = labelsFor(locale);
  const kind = resultKinds(locale).serviceType;
  const shownName = localize(d, 'name', locale).value;
  return {
    filters: {
      soort: [kind],
      domein: domainNames(catalog, d.domains, locale),
      formaliteit: [l.formality[d.formality]],
      regio: (d.regions ?? ['vlaanderen', 'brussel']).map((r) => l.region[r]),
      werkgebied: [EVERYWHERE],
    },
    meta: { soort: kind, formaliteit: l.formality[d.formality], gecontroleerd: l.formatDate(d.lastChecked) },
    extraWords: unique([
      ...(shownName !== d.name ? [d.name] : []),
      ...synonymsFor([d.name, ...d.alternateNames, d.summary, shownName, localize(d, 'summary', locale).value].join(' '), synonyms),
    ]),
  };
}

export function needFields(n: Entry<Need>, catalog: Catalog, synonyms: SynonymGroups, locale: Locale = 'nl'): SearchFields {
  const kind = resultKinds(locale).need;
  const types = n.data.serviceTypes.map((s) => catalog.serviceType(s.type)).flatMap((t) => (t ? unique([t.data.name, localize(t.data, 'name', locale).value]) : []));
  return {
    filters: { soort: [kind], domein: domainNames(catalog, [n.data.domain], locale), werkgebied: [EVERYWHERE] },
    meta: { soort: kind },
    extraWords: unique([...n.data.keywords, ...types, ...synonymsFor([n.data.question, localize(n.data, 'question', locale).value, ...n.data.keywords].join(' '), synonyms)]),
  };
}

export function rightFields(r: Entry<Right>, catalog: Catalog, synonyms: SynonymGroups, locale: Locale = 'nl'): SearchFields {
  const d = r.data;
  const l = labelsFor(locale);
  const kind = resultKinds(locale).right;
  const shownTitle = localize(d, 'title', locale).value;
  return {
    filters: {
      soort: [kind],
      domein: domainNames(catalog, d.domains, locale),
      regio: d.regions.map((x) => l.region[x]),
      doelgroep: d.targetGroups.map((t) => l.targetGroup[t]),
      werkgebied: [EVERYWHERE],
    },
    meta: { soort: kind, gecontroleerd: l.formatDate(d.lastChecked) },
    extraWords: unique([
      ...(shownTitle !== d.title ? [d.title] : []),
      ...synonymsFor([d.title, ...d.alternateNames, d.summary, shownTitle, localize(d, 'summary', locale).value].join(' '), synonyms),
    ]),
  };
}

export function domainFields(d: Entry<Domain>, synonyms: SynonymGroups, locale: Locale = 'nl'): SearchFields {
  const kind = resultKinds(locale).domain;
  const name = localize(d.data, 'name', locale).value;
  return {
    filters: { soort: [kind], domein: [name], werkgebied: [EVERYWHERE] },
    meta: { soort: kind },
    extraWords: unique([...(name !== d.data.name ? [d.data.name] : []), ...synonymsFor([d.data.name, d.data.summary, name, localize(d.data, 'summary', locale).value].join(' '), synonyms)]),
  };
}
