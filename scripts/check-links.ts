/**
 * `npm run check:links`: asks every external link in the content whether it still answers, and
 * lists dead ones by file. Needs the internet: run it by hand or on a schedule, never in CI.
 * Exit code 1 when a link is dead. `--timeout 15` (seconds), `--concurrency 6`.
 */
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/content.config';
import { readContentFiles } from '../src/lib/content-files';
import { extractLinks, groupByUrl, judgeResponse, type ContentLink, type LinkVerdict } from '../src/lib/links';
import { siteConfig } from '../src/lib/site-config';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '15' }, concurrency: { type: 'string', default: '6' } } });
const timeoutMs = Number(values.timeout) * 1000;
const concurrency = Math.max(1, Number(values.concurrency));
const headers = { 'user-agent': `WegwijzerLinkCheck/1.0 (+${siteConfig.siteUrl})`, accept: 'text/html,*/*' };

async function check(url: string): Promise<LinkVerdict> {
  const ask = async (method: 'HEAD' | 'GET') => {
    const response = await fetch(url, { method, redirect: 'follow', headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status;
  };
  try {
    let status = await ask('HEAD');
    // Many servers answer HEAD badly: ask again the normal way before calling a link dead.
    if (status >= 400) status = await ask('GET');
    return judgeResponse(status);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return judgeResponse(undefined, cause ?? (error as Error).name ?? 'error');
  }
}

const groups = groupByUrl(readContentFiles(CONTENT_ROOT).flatMap(extractLinks));
const urls = [...groups.keys()];
console.log(`Checking ${urls.length} addresses (${[...groups.values()].flat().length} links) ...`);

const results = new Map<string, LinkVerdict>();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      results.set(url, await check(url));
    }
  }),
);

const byFile = (kind: 'dead' | 'unsure') => {
  const files = new Map<string, string[]>();
  for (const [url, verdict] of results) {
    if (verdict.kind !== kind) continue;
    for (const link of groups.get(url) as ContentLink[]) {
      files.set(link.file, [...(files.get(link.file) ?? []), `  ${link.field}: ${url} (${verdict.reason})`]);
    }
  }
  return [...files].sort(([a], [b]) => a.localeCompare(b));
};

const dead = byFile('dead');
const unsure = byFile('unsure');
for (const [file, lines] of dead) console.log(`${file}\n${lines.join('\n')}`);
if (unsure.length) {
  console.log('\nCould not be checked automatically (the site refuses robots or had an error): open them in a browser.');
  for (const [file, lines] of unsure) console.log(`${file}\n${lines.join('\n')}`);
}
const deadCount = [...results.values()].filter((v) => v.kind === 'dead').length;
console.log(`\n${deadCount} dead, ${[...results.values()].filter((v) => v.kind === 'unsure').length} to check by hand, ${results.size} checked.`);
process.exit(deadCount > 0 ? 1 : 0);
