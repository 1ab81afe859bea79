/**
 * Writes dist/sw.js after the build (workbox-build; @vite-pwa/astro does not install on Astro 7).
 * Precaches the app shell and the tools; pages a person visits are cached as they go, so they open
 * again without a connection. Never precaches every page or the whole search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { LOCALES } from '../lib/i18n/locales';
import { pathInLocale } from '../lib/i18n/routes';

const inEveryLanguage = (dutchPath: string) =>
  LOCALES.map((locale) => pathInLocale(dutchPath, locale))
    .filter((path) => path !== undefined)
    .map((path) => `${path.slice(1)}index.html`);

/** Pages that must work offline once the site was opened: the tools, and the crisis numbers in every language. */
export const OFFLINE_PAGES = [
  'index.html',
  'offline/index.html',
  ...inEveryLanguage('/dringend/'),
  'wie-doet-wat/index.html',
  'mijn-lijst/index.html',
  'netwerkkaart/index.html',
  'handelingsplan/index.html',
  'rechtenverkenner/index.html',
];

export function serviceWorker(): AstroIntegration {
  return {
    name: 'wegwijzer:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['_astro/**/*.{js,css}', 'favicon.svg', 'data/places.json', 'data/saveable.json', ...OFFLINE_PAGES],
          swDest: `${root}/sw.js`,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          // Astro's file names carry a hash: they never change, so no revision is needed.
          dontCacheBustURLsMatching: /^_astro\//,
          directoryIndex: 'index.html',
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pages',
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 150 },
                precacheFallback: { fallbackURL: '/offline/index.html' },
              },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/data/')),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'data', expiration: { maxEntries: 300 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB).`);
      },
    },
  };
}
