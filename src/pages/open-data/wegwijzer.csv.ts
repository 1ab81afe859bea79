/** The simple CSV for spreadsheets (src/lib/open-data/flat-csv.ts). */
import type { APIRoute } from 'astro';
import { OPEN_DATA_FILES } from '../../lib/open-data';
import { filesFor, respond } from './_site';

export const GET: APIRoute = ({ site }) => respond(filesFor(site).flatCsv, OPEN_DATA_FILES.flat.contentType);
