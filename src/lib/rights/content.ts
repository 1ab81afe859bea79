/** The rights explorer's dictionary and documents catalogue, read once at build time (Node). */
import { parse } from 'yaml';
import { CONTENT_ROOT, rightsDocumentsFileSchema, rightsFactsFileSchema } from '../../content.config';
import { readRightsDataFiles } from '../content-files';

const files = readRightsDataFiles(CONTENT_ROOT);
if (!files.facts || !files.documents) throw new Error('content/rights-facts.yaml or content/rights-documents.yaml is missing');

/** Validated by the content check before the build; parsing here only applies the schema defaults. */
export const rightsFacts = rightsFactsFileSchema.parse(parse(files.facts.text));
export const rightsDocuments = rightsDocumentsFileSchema.parse(parse(files.documents.text)).documents;
