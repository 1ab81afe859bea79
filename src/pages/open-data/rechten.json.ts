/** Every right with conditions, documents, amounts and sources (src/lib/open-data/rights.ts). */
import type { APIRoute } from 'astro';
import { OPEN_DATA_FILES } from '../../lib/open-data';
import { filesFor, respond } from './_site';

export const GET: APIRoute = ({ site }) => respond(JSON.stringify(filesFor(site).rights, null, 1), OPEN_DATA_FILES.rights.contentType);
