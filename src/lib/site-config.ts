/**
 * Site-wide settings for going live, in one place. Each comes from an environment variable at
 * build time, with a safe default, so a fork only sets variables (see docs/deployment.md).
 * Pure: `readSiteConfig(env)` takes the variables; `siteConfig` reads the real ones.
 */
import { tileConfig } from './map/tiles';

export interface SiteConfig {
  /** Public address of the site, without trailing slash. Canonical URLs, sitemap, JSON-LD. */
  siteUrl: string;
  /** Where "Klopt er iets niet?" mails go. The default is a placeholder: set it before going live. */
  correctionEmail: string;
  /** Optional web form for corrections, e.g. a GitHub "new issue" page (gets ?title=&body=). */
  correctionIssueUrl?: string;
  /** Entries checked longer ago than this many months get a note and appear in the freshness report. */
  freshnessMonths: number;
  /** Origin of the map tiles: the only other host the Content-Security-Policy allows (for images). */
  tileOrigin: string;
  /** Git backend the editors at /admin/ log into. */
  cms: { backend: 'github' | 'gitlab' | 'gitea'; repo: string; branch: string; authUrl?: string; appId?: string };
  /** Languages of the site: locale → hreflang (see src/lib/i18n/locales.ts); the sitemap follows. */
  locales: Record<string, string>;
  defaultLocale: string;
}

/** Placeholders that make it obvious the site is not configured yet. */
export const PLACEHOLDER_CORRECTION_EMAIL = 'correcties@wegwijzer.example.org';
export const PLACEHOLDER_CMS_REPO = 'OWNER/wegwijzer';
export const DEFAULT_SITE_URL = 'https://wegwijzer.example.org';

type Env = Record<string, string | undefined>;

export class SiteConfigError extends Error {}

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

function httpsUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteConfigError(`${name} "${raw}" is not a web address: write it in full, e.g. https://wegwijzer.be`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new SiteConfigError(`${name} "${raw}" must start with https://`);
  return url.href;
}

/** Origin (scheme + host) of a tile URL template. `{s}` subdomains become a CSP wildcard. */
export function tileOriginOf(template: string): string {
  if (template.startsWith('/')) return "'self'";
  const match = /^(https?:\/\/)([^/]+)/.exec(template);
  if (!match) throw new SiteConfigError(`tile URL "${template}" has no host`);
  return `${match[1]}${match[2]!.replace(/\{[a-z]+\}/g, '*')}`;
}

export function readSiteConfig(env: Env): SiteConfig {
  const siteUrl = httpsUrl('SITE_URL', value(env, 'SITE_URL') ?? DEFAULT_SITE_URL).replace(/\/$/, '');
  const correctionEmail = value(env, 'WEGWIJZER_CORRECTION_EMAIL') ?? PLACEHOLDER_CORRECTION_EMAIL;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(correctionEmail)) {
    throw new SiteConfigError(`WEGWIJZER_CORRECTION_EMAIL "${correctionEmail}" is not an e-mail address`);
  }
  const issue = value(env, 'WEGWIJZER_CORRECTION_ISSUE_URL');
  const monthsRaw = value(env, 'WEGWIJZER_FRESHNESS_MONTHS') ?? '12';
  const freshnessMonths = Number(monthsRaw);
  if (!Number.isInteger(freshnessMonths) || freshnessMonths < 1 || freshnessMonths > 120) {
    throw new SiteConfigError(`WEGWIJZER_FRESHNESS_MONTHS "${monthsRaw}" must be a whole number of months from 1 to 120, e.g. 12`);
  }
  const backend = value(env, 'WEGWIJZER_CMS_BACKEND') ?? 'github';
  if (backend !== 'github' && backend !== 'gitlab' && backend !== 'gitea') {
    throw new SiteConfigError(`WEGWIJZER_CMS_BACKEND "${backend}" must be github, gitlab or gitea`);
  }
  const repo = value(env, 'WEGWIJZER_CMS_REPO') ?? PLACEHOLDER_CMS_REPO;
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new SiteConfigError(`WEGWIJZER_CMS_REPO "${repo}" must look like owner/repository`);
  }
  const authUrl = value(env, 'WEGWIJZER_CMS_AUTH_URL');
  return {
    siteUrl,
    correctionEmail,
    correctionIssueUrl: issue && httpsUrl('WEGWIJZER_CORRECTION_ISSUE_URL', issue),
    freshnessMonths,
    tileOrigin: tileOriginOf(tileConfig(env).url),
    cms: {
      backend,
      repo,
      branch: value(env, 'WEGWIJZER_CMS_BRANCH') ?? 'main',
      authUrl: authUrl && httpsUrl('WEGWIJZER_CMS_AUTH_URL', authUrl).replace(/\/$/, ''),
      appId: value(env, 'WEGWIJZER_CMS_APP_ID'),
    },
    locales: { nl: 'nl-BE', fr: 'fr-BE', en: 'en', ar: 'ar' },
    defaultLocale: 'nl',
  };
}

/** Settings that still hold a placeholder: printed by the build so nobody goes live with them. */
export function unconfigured(config: SiteConfig): string[] {
  const list: string[] = [];
  if (config.siteUrl === DEFAULT_SITE_URL) list.push('SITE_URL (the public address of the site)');
  if (config.correctionEmail === PLACEHOLDER_CORRECTION_EMAIL) list.push('WEGWIJZER_CORRECTION_EMAIL (where corrections go)');
  if (config.cms.repo === PLACEHOLDER_CMS_REPO) list.push('WEGWIJZER_CMS_REPO (the Git repository editors work in)');
  return list;
}

export const siteConfig: SiteConfig = readSiteConfig(process.env);
