/** The real rights explorer data (rules, facts, documents, nearby places), built as the page builds it. */
import { parse } from 'yaml';
import { rightsDocumentsFileSchema, rightsFactsFileSchema } from '../../src/content.config';
import { readRightsDataFiles } from '../../src/lib/content-files';
import { explorerData } from '../../src/lib/rights/bundle';
import { catalogFrom, loadEntries, projectRoot } from './catalog';
import { resolve } from 'node:path';

export function realRightsData() {
  const { entries, problems } = loadEntries();
  const files = readRightsDataFiles(resolve(projectRoot, 'content'), projectRoot);
  const facts = rightsFactsFileSchema.parse(parse(files.facts!.text));
  const documents = rightsDocumentsFileSchema.parse(parse(files.documents!.text)).documents;
  const catalog = catalogFrom(entries);
  return { entries, problems, facts, documents, catalog, data: explorerData(catalog, facts, documents) };
}

/** Today as YYYY-MM-DD, the day amounts are judged on. */
export const today = () => new Date().toISOString().slice(0, 10);
