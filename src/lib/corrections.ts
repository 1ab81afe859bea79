/**
 * "Klopt er iets niet?": a fold-out on each entry's page that opens a prefilled e-mail (and, when
 * one is configured, a web form) naming the entry, its id and its page. No backend: nothing is sent
 * until the person sends the mail themselves. Pure.
 */
import type { SiteConfig } from './site-config';

/** The kinds of entries people can correct, with the URL segment of their pages. */
export const CORRECTABLE = {
  organisations: { segment: 'organisatie', label: 'organisatie' },
  'service-types': { segment: 'dienst', label: 'soort dienst' },
  rights: { segment: 'recht', label: 'recht' },
} as const;

export type CorrectableCollection = keyof typeof CORRECTABLE;

export interface CorrectableEntry {
  collection: CorrectableCollection;
  /** File name: the id in page addresses. */
  id: string;
  name: string;
  /** Organisations also have a UUID that exports use. */
  uuid?: string;
}

export const entryPath = (e: Pick<CorrectableEntry, 'collection' | 'id'>) => `/${CORRECTABLE[e.collection].segment}/${e.id}/`;

export function correctionMessage(entry: CorrectableEntry, siteUrl: string) {
  const page = new URL(entryPath(entry), `${siteUrl}/`).href;
  const subject = `Klopt er iets niet: ${entry.name} (${entry.id})`;
  const body = [
    `Over: ${entry.name}`,
    `Soort: ${CORRECTABLE[entry.collection].label}`,
    `Id: ${entry.id}`,
    ...(entry.uuid ? [`UUID: ${entry.uuid}`] : []),
    `Pagina: ${page}`,
    '',
    'Wat klopt er niet?',
    '',
    '',
    'Wat is juist?',
    '',
    '',
    'Hoe weet je dat? (bijvoorbeeld: website, folder, telefoon met de dienst, datum)',
    '',
    '',
  ].join('\n');
  return { subject, body, page };
}

/** mailto: with subject and body, encoded so every mail program reads the line breaks. */
export function correctionMailto(entry: CorrectableEntry, config: Pick<SiteConfig, 'correctionEmail' | 'siteUrl'>): string {
  const { subject, body } = correctionMessage(entry, config.siteUrl);
  return `mailto:${config.correctionEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

/** The configured web form with title and body prefilled (GitHub's ?title=&body= convention). */
export function correctionFormUrl(entry: CorrectableEntry, config: Pick<SiteConfig, 'correctionIssueUrl' | 'siteUrl'>): string | undefined {
  if (!config.correctionIssueUrl) return undefined;
  const { subject, body } = correctionMessage(entry, config.siteUrl);
  const url = new URL(config.correctionIssueUrl);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}
