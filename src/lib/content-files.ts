/** Reads the content folders from disk for the validator (Node only; no Astro). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES } from '../content.config';
import type { ContentFile } from './validate';

function markdownFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  // Same rule as the Astro loader: files starting with "_" are drafts.
  return names.filter((n) => n.endsWith('.md') && !/(^|\/)_[^/]*$/.test(n)).sort();
}

/** Reads every collection below `contentDir` (the folder holding domains/, needs/, ...).
 * Paths in messages are relative to `cwd`, e.g. `content/organisations/domo-hasselt.md`. */
export function readContentFiles(contentDir: string, cwd = process.cwd()): ContentFile[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const dir = join(contentDir, collection);
    return markdownFiles(dir).map((name) => ({
      collection,
      path: relative(cwd, join(dir, name)),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
  });
}
