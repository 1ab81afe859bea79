/** Compact municipality list for search, map and explorer: [nis, name, nameFr, postcodes, region, province, lat, lng, slug]. */
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      catalog.municipalities.map((m) => [m.data.nis, m.data.name, m.data.nameFr ?? '', m.data.postcodes.join(' '), m.data.region, m.data.province, m.data.latitude, m.data.longitude, m.id]),
    ),
    { headers: { 'content-type': 'application/json' } },
  );
