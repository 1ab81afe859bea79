/** HSDS 3.0 JSON of every service (src/lib/open-data/export-hsds.ts). */
import type { APIRoute } from 'astro';
import { OPEN_DATA_FILES } from '../../lib/open-data';
import { filesFor, respond } from './_site';

export const GET: APIRoute = ({ site }) => respond(JSON.stringify(filesFor(site).hsds, null, 1), OPEN_DATA_FILES.hsds.contentType);
