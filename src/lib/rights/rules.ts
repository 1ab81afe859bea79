/** A right entry from content/rights/ as the explorer needs it: plain JSON, dates as YYYY-MM-DD. */
import type { Right } from '../../content.config';
import type { RightRule } from './types';

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Rights with an `eligibility` rule; the others stay out of the explorer. */
export function toRightRules(rights: readonly { id: string; data: Right }[]): RightRule[] {
  return rights.filter((r) => r.data.eligibility !== undefined).map(toRightRule);
}

export function toRightRule({ id, data: d }: { id: string; data: Right }): RightRule {
  return {
    id,
    title: d.title,
    summary: d.summary,
    domains: [...d.domains],
    access: d.access,
    accessNote: d.accessNote,
    grantedBy: d.grantedBy,
    regions: [...d.regions],
    municipalities: d.municipalities ? [...d.municipalities] : undefined,
    eligibility: d.eligibility!,
    variants: d.variants.map((v) => ({
      id: v.id,
      municipalities: [...v.municipalities],
      alsoEligible: v.alsoEligible,
      eligibility: v.eligibility,
      note: v.note,
      documentRefs: v.documentRefs,
      source: { title: v.source.title, url: v.source.url },
      lastChecked: isoDay(v.lastChecked),
    })),
    checkedByOffice: [...d.checkedByOffice],
    documents: [...d.documents],
    documentRefs: [...d.documentRefs],
    amounts: d.amounts.map((a) => ({
      id: a.id,
      label: a.label,
      value: a.value,
      text: a.text,
      per: a.per,
      validFrom: isoDay(a.validFrom),
      validUntil: a.validUntil ? isoDay(a.validUntil) : undefined,
      source: { title: a.source.title, url: a.source.url },
    })),
    unlocks: [...d.unlocks],
    grantingServiceTypes: [...d.grantingServiceTypes],
    incomplete: d.incomplete,
  };
}
