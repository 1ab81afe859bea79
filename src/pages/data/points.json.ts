/** The map's point file (see src/lib/map/points.ts). */
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { buildPointFile } from '../../lib/map/points';

export const GET: APIRoute = () => new Response(JSON.stringify(buildPointFile(catalog)), { headers: { 'content-type': 'application/json' } });
