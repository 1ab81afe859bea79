/**
 * Wegwijzer's own classifications as HSDS taxonomies: life domains, target groups, service types,
 * formality, features (flags) and ways in (access). Each value becomes a taxonomy_term whose
 * `code` is our id, linked to a service through an attribute. The importer reads the same terms
 * back, so the export of our own content round-trips.
 */
import { accessLabel, flagLabel, formalityExplanation, formalityLabel, targetGroupLabel } from '../labels';
import { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, TARGET_GROUPS } from '../vocabulary';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds';
import { uuidV5 } from './uuid';

export type TaxonomyKind = 'domain' | 'targetGroup' | 'serviceType' | 'formality' | 'flag' | 'access';

/** Per kind: the HSDS taxonomy and the attribute `link_type` that says what the term describes. */
export const TAXONOMIES: Record<TaxonomyKind, { slug: string; name: string; description: string; linkType: string }> = {
  domain: { slug: 'levensdomeinen', name: 'Wegwijzer levensdomeinen', description: 'De tien levensdomeinen waarin Wegwijzer hulp ordent, zoals wonen, gezondheid of geld en papieren.', linkType: 'levensdomein' },
  targetGroup: { slug: 'doelgroepen', name: 'Wegwijzer doelgroepen', description: 'Voor wie de hulp bedoeld is.', linkType: 'audience' },
  serviceType: { slug: 'diensttypes', name: 'Wegwijzer soorten diensten', description: 'Soorten diensten en initiatieven, zoals OCMW, CAW of sociale kruidenier.', linkType: 'service_type' },
  formality: { slug: 'formaliteit', name: 'Wegwijzer formaliteit', description: 'Hoe formeel de hulp is: officiële dienst, vereniging of groep burgers.', linkType: 'formality' },
  flag: { slug: 'kenmerken', name: 'Wegwijzer kenmerken', description: 'Kenmerken waarop gezinnen zoeken, zoals gratis of zonder afspraak.', linkType: 'feature' },
  access: { slug: 'toegang', name: 'Wegwijzer toegang', description: 'Hoe je binnenkomt: zonder afspraak, op afspraak, via doorverwijzing, ...', linkType: 'access' },
};

const flagExplanation: Record<(typeof FLAGS)[number], string> = {
  'walk-in': 'Je kan binnenlopen zonder afspraak.',
  'undocumented-welcome': 'Ook mensen zonder verblijfspapieren zijn welkom.',
  interpreter: 'Er kan een tolk helpen.',
  'home-visits': 'Iemand komt bij je thuis.',
  free: 'Je betaalt niets.',
};

export interface TaxonomyInput {
  domains: { id: string; data: { name: string; summary: string } }[];
  serviceTypes: { id: string; data: { name: string; summary: string } }[];
}

export interface TermDefinition {
  kind: TaxonomyKind;
  code: string;
  name: string;
  description: string;
}

/** Every value of our vocabularies with its Dutch name and a one-line description. */
export function termDefinitions(input: TaxonomyInput): TermDefinition[] {
  const domainById = new Map(input.domains.map((d) => [d.id, d.data]));
  return [
    ...DOMAIN_IDS.map((code) => ({ kind: 'domain' as const, code, name: domainById.get(code)?.name ?? code, description: domainById.get(code)?.summary ?? code })),
    ...TARGET_GROUPS.map((code) => ({
      kind: 'targetGroup' as const,
      code,
      name: targetGroupLabel[code],
      description: `Deze hulp is (ook) bedoeld voor ${targetGroupLabel[code].toLowerCase()}.`,
    })),
    ...input.serviceTypes.map((t) => ({ kind: 'serviceType' as const, code: t.id, name: t.data.name, description: t.data.summary })),
    ...FORMALITIES.map((code) => ({ kind: 'formality' as const, code, name: formalityLabel[code], description: formalityExplanation[code] })),
    ...FLAGS.map((code) => ({ kind: 'flag' as const, code, name: flagLabel[code], description: flagExplanation[code] })),
    ...ACCESS_MODES.map((code) => ({ kind: 'access' as const, code, name: accessLabel[code], description: `${accessLabel[code]}.` })),
  ];
}

export const taxonomyId = (kind: TaxonomyKind) => uuidV5(`taxonomy/${TAXONOMIES[kind].slug}`);
export const termId = (kind: TaxonomyKind, code: string) => uuidV5(`taxonomy-term/${TAXONOMIES[kind].slug}/${code}`);

export function buildTaxonomies(input: TaxonomyInput, siteUrl: string) {
  const taxonomies: HsdsTaxonomy[] = (Object.keys(TAXONOMIES) as TaxonomyKind[]).map((kind) => ({
    id: taxonomyId(kind),
    name: TAXONOMIES[kind].name,
    description: TAXONOMIES[kind].description,
    uri: new URL(`/open-data/#${TAXONOMIES[kind].slug}`, siteUrl).href,
    version: '1',
  }));
  const terms: HsdsTaxonomyTerm[] = termDefinitions(input).map((t) => ({
    id: termId(t.kind, t.code),
    code: t.code,
    name: t.name,
    description: t.description,
    taxonomy: TAXONOMIES[t.kind].name,
    taxonomy_id: taxonomyId(t.kind),
    language: 'nl',
  }));
  const byKey = new Map(terms.map((t) => [t.id, t]));
  return { taxonomies, terms, term: (kind: TaxonomyKind, code: string) => byKey.get(termId(kind, code)) };
}
