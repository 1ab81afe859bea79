/**
 * `npm run headers:cloudfront [-- dist]`: prints CloudFront response-headers policies built from
 * the `_headers` file of a build, for an S3 bucket behind CloudFront (see docs/deployment.md).
 * One policy for the site, one for /admin/*. Cache lifetimes go on the objects instead
 * (`aws s3 sync --cache-control`), as CloudFront policies cannot set them per file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeaderRules } from '../src/lib/security/headers-file';

const dist = process.argv[2] ?? 'dist';
const rules = parseHeaderRules(readFileSync(join(dist, '_headers'), 'utf8'));

function policy(name: string, path: string) {
  const h = headersFor(rules, path);
  const frameDeny = h['x-frame-options'] === 'DENY';
  return {
    Name: name,
    Comment: `Wegwijzer: headers for ${path === '/' ? 'the site' : path}, from dist/_headers`,
    SecurityHeadersConfig: {
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: h['content-security-policy'] },
      ReferrerPolicy: { Override: true, ReferrerPolicy: h['referrer-policy'] },
      ContentTypeOptions: { Override: true },
      ...(frameDeny ? { FrameOptions: { Override: true, FrameOption: 'DENY' } } : {}),
    },
    CustomHeadersConfig: {
      Quantity: 1,
      Items: [{ Header: 'Permissions-Policy', Value: h['permissions-policy'], Override: true }],
    },
  };
}

console.log(JSON.stringify({ site: policy('wegwijzer-site', '/'), admin: policy('wegwijzer-admin', '/admin/') }, null, 2));
