/** Frictionless descriptor of the HSDS CSV files (src/lib/open-data/tabular.ts). */
import type { APIRoute } from 'astro';
import { OPEN_DATA_FILES } from '../../../lib/open-data';
import { filesFor, respond } from '../_site';

export const GET: APIRoute = ({ site }) => respond(JSON.stringify(filesFor(site).datapackage, null, 1), OPEN_DATA_FILES.datapackage.contentType);
