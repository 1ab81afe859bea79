/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder, generated
 * after the build from what is in it, and parsed again by the test server.
 *
 * Hosts differ in what they do when two rules match a path and set the same header: some let the
 * later rule win, others join both values with a comma, which for a Content-Security-Policy means
 * two policies that must both pass. So no header name is ever set by two rules that can match the
 * same file: the strict policy goes on every top-level folder and file by name, except /admin/,
 * which gets its own. `assertDisjoint` checks that for every file in the build.
 */

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';
export const CACHE_NONE = 'no-cache';

/** Same for every response, the editor included. */
export const COMMON_HEADERS: [string, string][] = [
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

export interface HeaderInput {
  /** Names directly inside the published folder, e.g. ['_astro', 'admin', 'index.html', 'kaart']. */
  topLevel: { name: string; directory: boolean }[];
  sitePolicy: string;
  adminPolicy: string;
}

export function buildHeaderRules({ topLevel, sitePolicy, adminPolicy }: HeaderInput): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: COMMON_HEADERS }];
  const site = (cache: string): HeaderRule['headers'] => [
    ['Content-Security-Policy', sitePolicy],
    ['Cache-Control', cache],
  ];
  rules.push({ path: '/', headers: site(CACHE_SHORT) });
  const sorted = [...topLevel].sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, directory } of sorted) {
    if (name.startsWith('_') && name !== '_astro') continue; // _headers, _redirects: never served
    const path = directory ? `/${name}/*` : `/${name}`;
    if (name === 'admin' && directory) {
      rules.push({ path, headers: [['Content-Security-Policy', adminPolicy], ['Cache-Control', CACHE_NONE]] });
    } else if (name === '_astro' && directory) {
      // Astro puts a content hash in every file name here: they never change.
      rules.push({ path, headers: site(CACHE_HASHED) });
    } else {
      rules.push({ path, headers: site(CACHE_SHORT) });
    }
  }
  return rules;
}

export function formatHeaderRules(rules: HeaderRule[], comment: string[] = []): string {
  const lines = comment.map((c) => `# ${c}`);
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export class HeadersFileError extends Error {}

/** Reads the Netlify / Cloudflare Pages `_headers` format. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new HeadersFileError(`_headers line ${i + 1}: expected "  Name: value" below a path, got "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

/** `*` matches anything (slashes too), `:name` one path segment, as on Netlify and Cloudflare Pages. */
export function pathPattern(rulePath: string): RegExp {
  const source = rulePath
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export const matchingRules = (rules: HeaderRule[], urlPath: string) => rules.filter((r) => pathPattern(r.path).test(urlPath));

/** Headers for a request path, joining a name set by several rules with ", " (the stricter reading). */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/** Every header name set by more than one rule for one of these paths: should be none. */
export function overlappingHeaders(rules: HeaderRule[], urlPaths: string[]): string[] {
  const problems: string[] = [];
  for (const path of urlPaths) {
    const seen = new Map<string, string>();
    for (const rule of matchingRules(rules, path)) {
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        const earlier = seen.get(key);
        if (earlier) problems.push(`${path}: ${name} is set by both "${earlier}" and "${rule.path}"`);
        seen.set(key, rule.path);
      }
    }
  }
  return problems;
}
