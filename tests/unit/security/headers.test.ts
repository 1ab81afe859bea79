/** The Content-Security-Policy and the _headers file for static hosts. */
import { describe, expect, it } from 'vitest';
import { adminPolicy, astroCsp, cspDirectives, headerPolicy, parsePolicy } from '../../../src/lib/security/csp';
import {
  buildHeaderRules,
  CACHE_HASHED,
  CACHE_SHORT,
  formatHeaderRules,
  headersFor,
  HeadersFileError,
  overlappingHeaders,
  parseHeaderRules,
  pathPattern,
} from '../../../src/lib/security/headers-file';
import { readSiteConfig } from '../../../src/lib/site-config';

const site = readSiteConfig({});

describe('the site policy', () => {
  it('allows only the site itself, plus images from the configured tile server', () => {
    const policy = parsePolicy(cspDirectives(site).join('; '));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const other = readSiteConfig({ PUBLIC_TILE_URL: 'https://{s}.tiles.example.net/{z}/{x}/{y}.png', PUBLIC_TILE_ATTRIBUTION: 'X' });
    expect(parsePolicy(cspDirectives(other).join(';')).get('img-src')).toEqual(["'self'", 'data:', 'https://*.tiles.example.net']);
    const own = readSiteConfig({ PUBLIC_TILE_URL: '/tegels/{z}/{x}/{y}.png', PUBLIC_TILE_ATTRIBUTION: 'X' });
    expect(parsePolicy(cspDirectives(own).join(';')).get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('gives Astro script and style sources without unsafe-inline', () => {
    const csp = astroCsp(site);
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleDirective?.resources).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toContain('unsafe-inline');
  });

  it('the header joins the hashes of every page policy and adds frame-ancestors', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-SSS='";
    const b = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-SSS='";
    const policy = parsePolicy(headerPolicy([a, b], []));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-SSS='"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsePolicy(headerPolicy([], ["default-src 'self'"])).get('default-src')).toEqual(["'self'"]);
  });

  it('the editor may talk to the Git host, and nothing else outside the site', () => {
    const policy = parsePolicy(adminPolicy(site));
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com', 'https://www.githubstatus.com']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    const gitlab = parsePolicy(adminPolicy(readSiteConfig({ WEGWIJZER_CMS_BACKEND: 'gitlab', WEGWIJZER_CMS_AUTH_URL: 'https://auth.example.net' })));
    expect(gitlab.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://gitlab.com', 'https://auth.example.net']);
  });
});

describe('_headers', () => {
  const topLevel = [
    { name: '_astro', directory: true },
    { name: '_headers', directory: false },
    { name: 'admin', directory: true },
    { name: 'index.html', directory: false },
    { name: 'kaart', directory: true },
    { name: 'sw.js', directory: false },
    { name: 'pagefind', directory: true },
  ];
  const rules = buildHeaderRules({ topLevel, sitePolicy: "default-src 'self'", adminPolicy: "default-src 'self' https://api.github.com" });
  const paths = ['/', '/index.html', '/kaart/', '/_astro/Base.abc123.css', '/admin/', '/admin/config.yml', '/sw.js', '/pagefind/pagefind.js'];

  it('gives the strict policy to every page but the editor, which gets its own', () => {
    for (const path of paths.filter((p) => !p.startsWith('/admin/'))) expect(headersFor(rules, path)['content-security-policy'], path).toBe("default-src 'self'");
    expect(headersFor(rules, '/admin/')['content-security-policy']).toBe("default-src 'self' https://api.github.com");
  });

  it('caches hashed assets for a year and everything else briefly', () => {
    expect(headersFor(rules, '/_astro/Base.abc123.css')['cache-control']).toBe(CACHE_HASHED);
    for (const path of ['/', '/kaart/', '/sw.js', '/pagefind/pagefind.js']) expect(headersFor(rules, path)['cache-control'], path).toBe(CACHE_SHORT);
  });

  it('sends Referrer-Policy and Permissions-Policy everywhere, geolocation only for the site itself', () => {
    for (const path of paths) {
      const h = headersFor(rules, path);
      expect(h['referrer-policy'], path).toBe('no-referrer');
      expect(h['permissions-policy'], path).toMatch(/^geolocation=\(self\), /);
    }
  });

  it('never lets two rules set the same header for one path (hosts would join them)', () => {
    expect(overlappingHeaders(rules, paths)).toEqual([]);
    const clash = [...rules, { path: '/kaart/*', headers: [['Cache-Control', 'no-store']] as [string, string][] }];
    expect(overlappingHeaders(clash, ['/kaart/'])).toEqual(['/kaart/: Cache-Control is set by both "/kaart/*" and "/kaart/*"']);
    expect(headersFor(clash, '/kaart/')['cache-control']).toBe(`${CACHE_SHORT}, no-store`);
  });

  it('writes the Netlify/Cloudflare format and reads it back', () => {
    const text = formatHeaderRules(rules, ['Generated.']);
    expect(text.startsWith('# Generated.\n/*\n  Referrer-Policy: no-referrer\n')).toBe(true);
    expect(text).not.toContain('/_headers');
    expect(parseHeaderRules(text)).toEqual(rules);
    expect(() => parseHeaderRules('  Orphan: value')).toThrow(HeadersFileError);
  });

  it('matches paths like the hosts: * across slashes, :name within one segment', () => {
    expect(pathPattern('/*').test('/a/b/c')).toBe(true);
    expect(pathPattern('/').test('/kaart/')).toBe(false);
    expect(pathPattern('/gemeente/:slug/').test('/gemeente/gent/')).toBe(true);
    expect(pathPattern('/gemeente/:slug/').test('/gemeente/gent/wonen/')).toBe(false);
    expect(pathPattern('/sw.js').test('/swxjs')).toBe(false);
  });
});
