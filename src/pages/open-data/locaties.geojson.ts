/** GeoJSON of every non-confidential location (src/lib/open-data/geojson.ts). */
import type { APIRoute } from 'astro';
import { OPEN_DATA_FILES } from '../../lib/open-data';
import { filesFor, respond } from './_site';

export const GET: APIRoute = ({ site }) => respond(JSON.stringify(filesFor(site).geojson), OPEN_DATA_FILES.geojson.contentType);
