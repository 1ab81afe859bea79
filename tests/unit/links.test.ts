/** check:links finds every external link with its file and field (the network part never runs in tests). */
import { describe, expect, it } from 'vitest';
import { extractLinks, groupByUrl, judgeResponse } from '../../src/lib/links';

const file = {
  path: 'content/organisations/x.md',
  text: `---
name: X
website: https://www.voorbeeld.be/
sources:
  - title: Bron
    url: https://www.vlaanderen.be/leefloon
amounts:
  - label: Bedrag
    source: { title: Bron, url: "https://www.groeipakket.be/bedragen?jaar=2026" }
accessNote: Kijk op https://www.caw.be. Of bel.
phones:
  - number: "106"
---
Meer op [de website van Kind en Gezin](https://www.kindengezin.be/nl/thema/zwangerschap) en
op https://www.uitpas.be, of (zie https://www.famiris.brussels).
Geen link: www.zonder-schema.be en mailto:info@example.org.
`,
};

describe('extractLinks', () => {
  it('finds links in frontmatter fields at any depth and in the body, with the field they sit in', () => {
    expect(extractLinks(file).map((l) => `${l.field} ${l.url}`)).toEqual([
      'website https://www.voorbeeld.be/',
      'sources[0].url https://www.vlaanderen.be/leefloon',
      'amounts[0].source.url https://www.groeipakket.be/bedragen?jaar=2026',
      'accessNote https://www.caw.be',
      'body https://www.kindengezin.be/nl/thema/zwangerschap',
      'body https://www.uitpas.be',
      'body https://www.famiris.brussels',
    ]);
    expect(extractLinks(file).every((l) => l.file === 'content/organisations/x.md')).toBe(true);
  });

  it('skips a file whose frontmatter is broken (the content check reports it)', () => {
    expect(extractLinks({ path: 'kapot.md', text: 'geen frontmatter https://x.be' })).toEqual([]);
  });

  it('groups the same address used in several files, to ask it once', () => {
    const other = { path: 'content/rights/y.md', text: '---\ntitle: Y\nsources:\n  - title: B\n    url: https://www.caw.be\n---\n' };
    const groups = groupByUrl([...extractLinks(file), ...extractLinks(other)]);
    expect(groups.get('https://www.caw.be')!.map((l) => `${l.file} ${l.field}`)).toEqual([
      'content/organisations/x.md accessNote',
      'content/rights/y.md sources[0].url',
    ]);
  });
});

describe('judgeResponse', () => {
  it('calls 404 and 410 and no answer dead, but leaves refusals of robots to a person', () => {
    expect(judgeResponse(200)).toEqual({ kind: 'ok' });
    expect(judgeResponse(301)).toEqual({ kind: 'ok' });
    expect(judgeResponse(404)).toEqual({ kind: 'dead', reason: 'HTTP 404' });
    expect(judgeResponse(410).kind).toBe('dead');
    expect(judgeResponse(undefined, 'ENOTFOUND')).toEqual({ kind: 'dead', reason: 'ENOTFOUND' });
    expect(judgeResponse(403)).toEqual({ kind: 'unsure', reason: 'HTTP 403' });
    expect(judgeResponse(503).kind).toBe('unsure');
  });
});
