/**
 * The Content-Security-Policy of the site, in one place. Astro's `security.csp` puts it in a
 * <meta> tag on every page (with hashes of Astro's own small island scripts); the header files
 * for static hosts carry the same policy plus what a <meta> tag cannot say (frame-ancestors).
 */
import type { AstroUserConfig } from 'astro';
import type { SiteConfig } from '../site-config';

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<AstroCsp['directives']>[number];

/** Directives besides script-src and style-src, which Astro completes with hashes. */
export function cspDirectives(config: Pick<SiteConfig, 'tileOrigin'>): string[] {
  const tiles = config.tileOrigin === "'self'" ? '' : ` ${config.tileOrigin}`;
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles}`,
    "connect-src 'self'",
    // Pagefind runs its search in a worker; the offline service worker is /sw.js.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of JavaScript. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** Only valid in a header: browsers ignore (and warn about) them in a <meta> policy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Astro's `security.csp` option. */
export function astroCsp(config: Pick<SiteConfig, 'tileOrigin'>): AstroCsp {
  return {
    directives: cspDirectives(config) as Directive[],
    scriptDirective: { resources: SCRIPT_SOURCES },
    styleDirective: { resources: STYLE_SOURCES },
  };
}

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The header policy: the union of the policies Astro wrote into the pages (they differ only in
 * the hashes of inline island scripts), plus the header-only directives.
 */
export function headerPolicy(metaPolicies: string[], fallback: string[]): string {
  const merged: Policy = new Map();
  const texts = metaPolicies.length > 0 ? metaPolicies : [fallback.join('; ')];
  for (const text of texts) {
    for (const [name, sources] of parsePolicy(text)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))) merged.set(name, sources);
  return formatPolicy(merged);
}

/**
 * The editor at /admin/ talks to the Git host's API and shows avatars from it; Svelte sets inline
 * styles. It loads no code from elsewhere: sveltia-cms.js is served from /admin/ itself.
 */
export function adminPolicy(config: Pick<SiteConfig, 'cms'>): string {
  const api = {
    github: 'https://api.github.com https://www.githubstatus.com',
    gitlab: 'https://gitlab.com',
    gitea: 'https://gitea.com',
  }[config.cms.backend];
  const auth = config.cms.authUrl ? ` ${new URL(config.cms.authUrl).origin}` : '';
  const images = config.cms.backend === 'github' ? ' https://avatars.githubusercontent.com https://raw.githubusercontent.com' : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${images}`,
    `connect-src 'self' blob: data:${api ? ` ${api}` : ''}${auth}`,
    "media-src 'self' blob:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
