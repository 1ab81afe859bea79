// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import sitemap from '@astrojs/sitemap';
import { cms } from './src/integrations/cms.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { astroCsp } from './src/lib/security/csp.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { alternates } from './src/lib/i18n/index.ts';

export default defineConfig({
  // SITE_URL and the other settings for going live: src/lib/site-config.ts, docs/deployment.md.
  site: siteConfig.siteUrl,
  trailingSlash: 'always',
  // Dutch at the root, French, English and Arabic under /fr/, /en/, /ar/ (src/lib/i18n/).
  i18n: { locales: ['nl', 'fr', 'en', 'ar'], defaultLocale: 'nl', routing: { prefixDefaultLocale: false } },
  integrations: [
    contentCheck(),
    react(),
    pagefind(),
    serviceWorker(),
    cms(),
    sitemap({
      // Each page's versions in other languages, from the same table the pages use: our sections
      // have translated names (/organisatie/ → /fr/organisation/), which the plugin's i18n option cannot pair.
      serialize: (item) => {
        const versions = alternates(new URL(item.url).pathname).filter((v) => v.samePage);
        if (versions.length < 2) return item;
        return { ...item, links: versions.map((v) => ({ url: new URL(v.path, item.url).href, lang: v.tag })) };
      },
    }),
    // Last: it lists everything the other steps wrote.
    securityHeaders(),
  ],
  // Benchmarks build into another folder, so they never disturb dist/.
  outDir: process.env.WEGWIJZER_OUT_DIR ?? './dist',
  // No inline <style>: the Content-Security-Policy allows style sheets from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Puts the policy in a <meta> tag on every page, with hashes of Astro's own island scripts.
  security: { csp: astroCsp(siteConfig) },
  devToolbar: { enabled: false },
});
