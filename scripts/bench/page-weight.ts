/** What a first visit to one page transfers: its HTML plus every CSS and JS it loads, gzipped. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of a built JS chunk (Rolldown output: `from"./x.js"` and `import("./x.js")`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => resolve(dirname(file), m[1]!));
  return found.filter((f) => existsSync(f));
}

export function pageWeight(dist: string, pagePath: string): { html: number; css: number; js: number; total: number } {
  const htmlFile = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const local = (url: string) => join(dist, url.split('?')[0]!);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => local(m[1]!));
  const entry = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/component-url="([^"]+)"/g),
    ...html.matchAll(/renderer-url="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => local(m[1]!));
  const js = new Set<string>();
  const queue = entry.filter((f) => existsSync(f));
  while (queue.length) {
    const file = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...importsOf(file));
  }
  const weights = { html: gzipSync(html, { level: 9 }).length, css: css.filter(existsSync).reduce((n, f) => n + gz(f), 0), js: [...js].reduce((n, f) => n + gz(f), 0) };
  return { ...weights, total: weights.html + weights.css + weights.js };
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

export const gzipSize = gz;
