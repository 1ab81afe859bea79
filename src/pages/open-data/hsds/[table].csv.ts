/** One CSV file per HSDS object (src/lib/open-data/tabular.ts). */
import type { APIRoute } from 'astro';
import { TABLES } from '../../../lib/open-data/tabular';
import { filesFor, respond } from '../_site';

export function getStaticPaths() {
  return TABLES.map((t) => ({ params: { table: t.path.replace(/\.csv$/, '') } }));
}

export const GET: APIRoute = ({ site, params }) => {
  const table = filesFor(site).tables.find((t) => t.spec.path === `${params.table}.csv`);
  return table ? respond(table.csv, 'text/csv; charset=utf-8') : new Response(null, { status: 404 });
};
