/**
 * Every external link in the content, with the file and field it sits in, for `npm run check:links`.
 * Pure: reads file texts, never the network.
 */
import { FrontmatterError, parseMarkdown } from './frontmatter';

export interface ContentLink {
  url: string;
  file: string;
  /** `website`, `sources[0].url`, `body`, ... */
  field: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/g;

/** A URL as written in prose, without the punctuation that ends the sentence around it. */
const trimUrl = (url: string) => url.replace(/[.,;:!?]+$/, '');

function fromValue(value: unknown, field: string, file: string, out: ContentLink[]) {
  if (typeof value === 'string') {
    for (const match of value.matchAll(URL_IN_TEXT)) out.push({ url: trimUrl(match[0]), file, field });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => fromValue(v, `${field}[${i}]`, file, out));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) fromValue(v, field ? `${field}.${key}` : key, file, out);
  }
}

export function extractLinks(file: { path: string; text: string }): ContentLink[] {
  const links: ContentLink[] = [];
  let parsed;
  try {
    parsed = parseMarkdown(file.text);
  } catch (error) {
    if (error instanceof FrontmatterError) return links; // the content check reports it
    throw error;
  }
  fromValue(parsed.data, '', file.path, links);
  // Markdown links [text](url) and bare URLs; the (url) form first, so ")" never sticks to a URL.
  const body = parsed.body.replace(/\]\((https?:\/\/[^)\s]+)\)/g, (_, url: string) => {
    links.push({ url, file: file.path, field: 'body' });
    return ']';
  });
  for (const match of body.matchAll(URL_IN_TEXT)) links.push({ url: trimUrl(match[0]), file: file.path, field: 'body' });
  return links;
}

/** One check per address: url → every place it is used. */
export function groupByUrl(links: ContentLink[]): Map<string, ContentLink[]> {
  const groups = new Map<string, ContentLink[]>();
  for (const link of links) groups.set(link.url, [...(groups.get(link.url) ?? []), link]);
  return groups;
}

export type LinkVerdict = { kind: 'ok' } | { kind: 'dead'; reason: string } | { kind: 'unsure'; reason: string };

/** How to read an answer. Some sites refuse robots (401, 403, 429): a person should look. */
export function judgeResponse(status: number | undefined, error?: string): LinkVerdict {
  if (status === undefined) return { kind: 'dead', reason: error ?? 'no answer' };
  if (status < 400) return { kind: 'ok' };
  if (status === 401 || status === 403 || status === 429 || status >= 500) return { kind: 'unsure', reason: `HTTP ${status}` };
  return { kind: 'dead', reason: `HTTP ${status}` };
}
