/**
 * The content editor at /admin/ (Sveltia CMS): copies the editor's script from node_modules into
 * the build (no CDN) and writes /admin/config.yml, generated from the zod schemas and their
 * comments. `astro dev` serves the same three files.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { cmsConfig } from '../lib/cms/config';
import { extractFieldDocs } from '../lib/cms/schema-docs';
import { siteConfig } from '../lib/site-config';

const ADMIN_HTML = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Wegwijzer bewerken</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <noscript>De editor heeft JavaScript nodig. Zonder editor: zie CONTRIBUTING.md in de repository.</noscript>
    <script src="/admin/sveltia-cms.js"></script>
  </body>
</html>
`;

export function cmsConfigYaml(root: string): string {
  const docs = extractFieldDocs(readFileSync(join(root, 'src/content.config.ts'), 'utf8'));
  const header = '# Generated from src/content.config.ts by src/integrations/cms.ts: do not edit.\n';
  return header + stringify(cmsConfig({ site: siteConfig, docs }), { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Where the editor would fetch its web fonts from; rewritten to copies served from /admin/fonts/. */
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/(latin-[a-z0-9-]+)\.woff2/g;
/** Base of the editor's locale files and version check; rewritten to /admin/cms. */
const PACKAGE_CDN = 'https://unpkg.com/@sveltia/cms`';

export interface EditorFile {
  to: string;
  content: Buffer | string;
}

/**
 * The editor's browser build with every outside request it makes on its own turned into a file
 * served from /admin/: web fonts (from the package's npm assets), interface translations and the
 * version check. Only the Git host the editor logs into stays outside.
 */
export function editorFiles(root: string): EditorFile[] {
  // The package exports only its npm entry (npm/index.js); the browser build sits next to it in dist/.
  const require = createRequire(join(root, 'package.json'));
  const pkg = join(dirname(require.resolve('@sveltia/cms')), '..');
  const script0 = join(pkg, 'dist/sveltia-cms.js');
  if (!existsSync(script0)) throw new Error(`Sveltia CMS browser build not found at ${script0}: is @sveltia/cms installed?`);
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const files: EditorFile[] = [];
  const assets = readdirSync(join(pkg, 'npm/assets'));
  let script = readFileSync(script0, 'utf8');
  if (script.split(PACKAGE_CDN).length !== 2) {
    throw new Error(`@sveltia/cms ${version}: expected its CDN base "${PACKAGE_CDN.slice(0, -1)}" once in sveltia-cms.js; update src/integrations/cms.ts`);
  }
  script = script.replace(PACKAGE_CDN, '/admin/cms`');
  script = script.replace(FONT_CDN, (url, family: string, subset: string) => {
    const asset = assets.find((a) => a.startsWith(`${family}-${subset}-`) && a.endsWith('.woff2'));
    if (!asset) throw new Error(`@sveltia/cms ${version}: no local copy of ${url} in npm/assets; update src/integrations/cms.ts`);
    const name = `${family}-${subset}.woff2`;
    if (!files.some((f) => f.to === `fonts/${name}`)) {
      files.push({ to: `fonts/${name}`, content: readFileSync(join(pkg, 'npm/assets', asset)) });
      const license = join(pkg, 'npm/assets', `${family}.LICENSE.txt`);
      if (existsSync(license)) files.push({ to: `fonts/${family}.LICENSE.txt`, content: readFileSync(license) });
    }
    return `/admin/fonts/${name}`;
  });
  if (/cdn\.jsdelivr\.net/.test(script)) throw new Error(`@sveltia/cms ${version}: sveltia-cms.js still loads from cdn.jsdelivr.net; update src/integrations/cms.ts`);
  files.push({ to: 'sveltia-cms.js', content: script });
  files.push({ to: 'cms/package.json', content: JSON.stringify({ name: '@sveltia/cms', version }) });
  for (const f of readdirSync(join(pkg, 'locales')).filter((f) => f.endsWith('.json'))) {
    files.push({ to: `cms@${version}/locales/${f}`, content: readFileSync(join(pkg, 'locales', f)) });
  }
  const chunks = join(pkg, 'dist/chunks');
  for (const f of existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')) : []) {
    files.push({ to: `chunks/${f}`, content: readFileSync(join(chunks, f)) });
  }
  return files;
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', woff2: 'font/woff2', txt: 'text/plain' };

export function cms(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'wegwijzer:cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (path === '/admin' || path === '/admin/' || path === '/admin/index.html') {
            res.setHeader('content-type', 'text/html; charset=utf-8');
            return res.end(ADMIN_HTML);
          }
          if (path === '/admin/config.yml') {
            res.setHeader('content-type', 'application/yaml; charset=utf-8');
            return res.end(cmsConfigYaml(root));
          }
          const file = path?.startsWith('/admin/') ? editorFiles(root).find((f) => `/admin/${f.to}` === path) : undefined;
          if (!file) return next();
          res.setHeader('content-type', TYPES[file.to.split('.').pop()!] ?? 'application/octet-stream');
          return res.end(file.content);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        for (const { to, content } of editorFiles(root)) {
          mkdirSync(dirname(join(admin, to)), { recursive: true });
          writeFileSync(join(admin, to), content);
        }
        writeFileSync(join(admin, 'index.html'), ADMIN_HTML);
        writeFileSync(join(admin, 'config.yml'), cmsConfigYaml(root));
        logger.info('Editor written to /admin/ (Sveltia CMS, configuration from the schemas).');
      },
    },
  };
}
