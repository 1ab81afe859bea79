/** Reads the content folders from disk for the validator (Node only; no Astro). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES } from '../content.config';
import { DOCUMENTS_FILE, FACTS_FILE, type RightsDataFiles } from './rights/check';
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

/** The rights explorer's facts dictionary and documents catalogue. A content folder without them
 * (e.g. generated test content) uses the project's own: they describe households, not places. */
export function readRightsDataFiles(contentDir: string, cwd = process.cwd()): RightsDataFiles {
  const read = (name: string) => {
    const path = [join(contentDir, name), join(cwd, 'content', name)].find((p) => existsSync(p));
    return path ? { path: relative(cwd, path), text: readFileSync(path, 'utf8') } : undefined;
  };
  return { facts: read(FACTS_FILE), documents: read(DOCUMENTS_FILE) };
}
