/** Compact municipality list for the search box and the explorer: [nis, name, nameFr, postcodes, region, province]. */
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      catalog.municipalities.map((m) => [m.data.nis, m.data.name, m.data.nameFr ?? '', m.data.postcodes.join(' '), m.data.region, m.data.province]),
    ),
    { headers: { 'content-type': 'application/json' } },
  );
