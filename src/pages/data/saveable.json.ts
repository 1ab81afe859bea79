/** Every item "Mijn lijst" can hold, loaded whole by the list so no request reveals what was saved. */
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { saveableData } from '../../lib/tools/saveable';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(saveableData(catalog, site?.origin ?? '')), { headers: { 'content-type': 'application/json' } });
