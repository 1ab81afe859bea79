/** The real content, loaded from disk the way the validator reads it, as a catalog for tests. */
import { resolve } from 'node:path';
import { createCatalog } from '../../src/lib/catalog';
import { readContentFiles } from '../../src/lib/content-files';
import { validateContent, type ValidEntries } from '../../src/lib/validate';

export const projectRoot = resolve(import.meta.dirname, '../..');

export function loadEntries(contentDir = resolve(projectRoot, process.env.WEGWIJZER_CONTENT ?? 'content')) {
  return validateContent(readContentFiles(contentDir, projectRoot));
}

export function catalogFrom(entries: ValidEntries) {
  return createCatalog({
    domains: entries.domains,
    needs: entries.needs,
    serviceTypes: entries['service-types'],
    organisations: entries.organisations,
    rights: entries.rights,
    municipalities: entries.municipalities,
  });
}

export const realCatalog = () => catalogFrom(loadEntries().entries);
