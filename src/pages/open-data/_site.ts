/** The open data files of this build (shared by the endpoints in this folder). */
import { catalog } from '../../lib/content';
import { openData } from '../../lib/open-data';
import { siteConfig } from '../../lib/site-config';

/** Links in the files point to the public site (Astro's `site`, set from siteConfig.siteUrl). */
export const filesFor = (site: URL | undefined) => openData(catalog, (site ?? new URL(siteConfig.siteUrl)).href);

export const respond = (body: string, contentType: string) => new Response(body, { headers: { 'content-type': contentType } });
