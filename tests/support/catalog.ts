/** The real content, loaded from disk the way the validator reads it, as a catalog for tests. */
import { resolve } from 'node:path';
import { createCatalog } from '../../src/lib/catalog';
import { readContentFiles, readRightsDataFiles } from '../../src/lib/content-files';
import { validateContent, type ValidEntries } from '../../src/lib/validate';

export const projectRoot = resolve(import.meta.dirname, '../..');

export function loadEntries(contentDir = resolve(projectRoot, process.env.WEGWIJZER_CONTENT ?? 'content')) {
  return validateContent(readContentFiles(contentDir, projectRoot), readRightsDataFiles(contentDir, projectRoot));
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

const fixture = () => loadEntries(resolve(projectRoot, 'tests/fixtures/content')).entries;

/** The fixture catalog plus one organisation with a confidential and an exact location. */
export function catalogWithShelter() {
  const entries = fixture();
  const base = entries.organisations[0]!;
  const shelter = {
    ...base,
    id: 'geheime-opvang',
    data: {
      ...base.data,
      id: '44444444-4444-4444-8444-444444444444',
      name: 'Geheime opvang',
      formality: 'semi-formal' as const,
      flags: ['free' as const],
      status: 'active' as const,
      serviceArea: undefined,
      locations: [
        { street: 'Geheimstraat 9', postcode: '9990', municipality: '99001', latitude: 51.02, longitude: 3.72, approximate: false, confidential: true, accessibility: [] },
        { street: 'Open straat 1', postcode: '9990', municipality: '99001', latitude: 51.03, longitude: 3.73, approximate: false, confidential: false, accessibility: [] },
      ],
    },
  };
  return catalogFrom({ ...entries, organisations: [...entries.organisations, shelter] });
}

