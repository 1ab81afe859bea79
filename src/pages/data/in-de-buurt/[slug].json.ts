/** Per municipality, what the explorer needs to answer "who helps near me?" (src/lib/explorer.ts). */
import type { APIRoute } from 'astro';
import { catalog } from '../../../lib/content';
import { municipalityDigest } from '../../../lib/explorer';

export function getStaticPaths() {
  return catalog.municipalities.map((m) => ({ params: { slug: m.id }, props: { municipality: m } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(municipalityDigest(catalog, props.municipality)), { headers: { 'content-type': 'application/json' } });
