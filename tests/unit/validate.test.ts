import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFiles } from '../../src/lib/content-files';
import { closest, formatProblem, validateContent, type ContentFile } from '../../src/lib/validate';
import { projectRoot } from '../support/catalog';

const fixtureFiles = () => readContentFiles(resolve(projectRoot, 'tests/fixtures/content'), projectRoot);

/** The fixture set with one file replaced (or added) by `text`. */
function withFile(collection: ContentFile['collection'], name: string, text: string): ContentFile[] {
  const path = `tests/fixtures/content/${collection}/${name}`;
  return [...fixtureFiles().filter((f) => f.path !== path), { collection, path, text }];
}

const messages = (files: ContentFile[]) => validateContent(files).problems.map(formatProblem);

const org = (fields: string) => `---
id: 33333333-3333-4333-8333-333333333333
name: Kapotte organisatie
type: testloket
formality: formal
domains: [geld-en-papieren]
targetGroups: [iedereen]
summary: Test.
${fields}
sources:
  - title: Testbron
lastChecked: 2026-01-01
---
Tekst.
`;

describe('validateContent', () => {
  it('accepts the valid fixture set', () => {
    const { problems, entries } = validateContent(fixtureFiles());
    expect(problems).toEqual([]);
    expect(entries.organisations.map((o) => o.id).sort()).toEqual(['testgroep-brussel', 'testloket-testdorp']);
  });

  it('names file, field, value and the fix for a bad postcode', () => {
    const file = withFile('organisations', 'kapot.md', org('locations:\n  - street: Teststraat 2\n    postcode: 35OO\n    municipality: 99001'));
    expect(messages(file)).toContain('tests/fixtures/content/organisations/kapot.md: locations[0].postcode: "35OO" is not a Belgian postcode (4 digits)');
  });

  it('reports every problem of a file in one run, not only the first', () => {
    const text = `---\nid: not-a-uuid\nname: ""\ntype: testloket\nformality: official\ndomains: [geld-en-papieren]\ntargetGroups: [iedereen]\nsummary: Test.\nlocations:\n  - municipality: 99001\n    latitude: 60\n    longitude: 3\nsources: []\nlastChecked: 2026-13-45\nwebsit: https://example.org\n---\n`;
    const list = messages(withFile('organisations', 'veel-fouten.md', text));
    const file = 'tests/fixtures/content/organisations/veel-fouten.md';
    expect(list).toEqual(
      expect.arrayContaining([
        `${file}: id: "not-a-uuid" is not a UUID: generate one with \`node -e "console.log(crypto.randomUUID())"\``,
        `${file}: name: "" may not be empty`,
        `${file}: formality: "official" is not allowed: use one of "formal", "semi-formal", "informal"`,
        `${file}: locations[0].latitude: 60 lies outside Belgium (latitude 49.4 to 51.6)`,
        `${file}: sources: needs at least one source`,
        `${file}: lastChecked: "2026-13-45" is not a date: write it as YYYY-MM-DD`,
        `${file}: (frontmatter): unknown field "websit": check the spelling against src/content.config.ts, or remove it`,
      ]),
    );
  });

  it('reports a missing required field with what to add', () => {
    const list = messages(withFile('rights', 'testrecht.md', '---\ntitle: Testrecht\n---\n'));
    expect(list).toContain('tests/fixtures/content/rights/testrecht.md: summary: is required but missing: add "summary:"');
  });

  it('reports unknown references with a suggestion, and keeps the build from passing', () => {
    const need = `---\nquestion: Vraag\ndomain: wonen\nserviceTypes:\n  - type: testlokeet\n    why: Omdat.\nrights: [bestaat-niet]\n---\n`;
    const list = messages(withFile('needs', 'verkeerd.md', need));
    expect(list).toContain(
      'tests/fixtures/content/needs/verkeerd.md: serviceTypes[0].type: unknown service type "testlokeet": use the file name of an entry in content/service-types/ (did you mean "testloket"?)',
    );
    expect(list).toContain('tests/fixtures/content/needs/verkeerd.md: rights[0]: unknown right "bestaat-niet": use the file name of an entry in content/rights/');
  });

  it('reports a translated "why" for a service type the need does not list', () => {
    const need = `---\nquestion: Vraag\ndomain: wonen\nserviceTypes:\n  - type: testloket\n    why: Omdat.\ntranslations:\n  fr:\n    why:\n      testloket: Parce que.\n      testlokeet: Faute de frappe.\n---\n`;
    const list = messages(withFile('needs', 'vertaald.md', need));
    expect(list).toContain(
      'tests/fixtures/content/needs/vertaald.md: translations.fr.why.testlokeet: unknown service type "testlokeet": use one of this need\'s serviceTypes (testloket) (did you mean "testloket"?)',
    );
    expect(list.filter((m) => m.includes('vertaald.md'))).toHaveLength(1);
  });

  it('checks NIS codes and that a postcode belongs to its municipality', () => {
    const list = messages(
      withFile('organisations', 'kapot.md', org('locations:\n  - street: Teststraat 2\n    postcode: 1999\n    municipality: 99001\n  - municipality: 12345')),
    );
    expect(list).toContain(
      'tests/fixtures/content/organisations/kapot.md: locations[0].postcode: "1999" is not a postcode of Testdorp (9990): check the address or the municipality',
    );
    expect(list).toContain(
      'tests/fixtures/content/organisations/kapot.md: locations[1].municipality: unknown NIS code "12345": use the `nis` of an entry in content/municipalities/',
    );
  });

  it('rejects duplicate organisation ids and duplicate file names', () => {
    const copy = fixtureFiles().find((f) => f.path.endsWith('testloket-testdorp.md'))!;
    const files = [...fixtureFiles(), { ...copy, path: 'tests/fixtures/content/organisations/sub/testloket-testdorp.md' }];
    const list = messages(files);
    expect(list).toContain(
      'tests/fixtures/content/organisations/sub/testloket-testdorp.md: duplicate id "testloket-testdorp": tests/fixtures/content/organisations/testloket-testdorp.md has the same file name; rename one',
    );
    expect(list).toContain(
      'tests/fixtures/content/organisations/sub/testloket-testdorp.md: id: "11111111-1111-4111-8111-111111111111" is already used by tests/fixtures/content/organisations/testloket-testdorp.md: generate a new UUID',
    );
  });

  it('refuses scripts, iframes, event handlers and javascript: links in bodies', () => {
    const base = fixtureFiles().find((f) => f.path.endsWith('testloket.md'))!.text;
    const body = '\n<script>alert(1)</script>\n<iframe src="x"></iframe>\n<img src=x onerror="x()">\n[klik](javascript:alert(1))\n';
    const list = messages(withFile('service-types', 'testloket.md', base + body)).filter((m) => m.includes(': body:'));
    expect(list).toEqual([
      'tests/fixtures/content/service-types/testloket.md: body: contains a <script> tag: remove it (Markdown bodies may not run code)',
      'tests/fixtures/content/service-types/testloket.md: body: contains an <iframe>: remove it and link to the page instead',
      'tests/fixtures/content/service-types/testloket.md: body: contains an inline event handler (on...=): remove it',
      'tests/fixtures/content/service-types/testloket.md: body: contains a "javascript:" link: use a normal https:// link',
    ]);
  });

  it('explains broken YAML and missing frontmatter with a line number', () => {
    expect(messages(withFile('domains', 'wonen.md', 'Geen frontmatter'))).toContain(
      'tests/fixtures/content/domains/wonen.md: has no frontmatter: start the file with a line "---", the fields, and another "---"',
    );
    const list = messages(withFile('domains', 'wonen.md', '---\nname: Wonen\nsummary: [niet gesloten\n---\n'));
    expect(list.find((m) => m.startsWith('tests/fixtures/content/domains/wonen.md: frontmatter is not valid YAML (line'))).toBeDefined();
  });

  it('requires all ten domains and no others', () => {
    const files = fixtureFiles().filter((f) => !f.path.endsWith('domains/wonen.md'));
    files.push({ collection: 'domains', path: 'tests/fixtures/content/domains/sport.md', text: '---\nname: Sport\nsummary: S.\nicon: ball\norder: 9\n---\n' });
    const list = messages(files);
    expect(list).toContain('tests/fixtures/content/domains/sport.md: "sport" is not one of the ten domains: geld-en-papieren, eten-en-spullen, wonen, gezondheid, zwanger-en-opvoeding, school-en-opvang, werk-en-opleiding, taal-en-verblijf, vrije-tijd, mensen-en-steun');
    expect(list).toContain('content/domains/wonen.md: is missing: every domain needs a page');
  });

  it('rejects file names that are not valid ids', () => {
    const list = messages(withFile('needs', 'Mijn Vraag.md', '---\nquestion: V\ndomain: wonen\nserviceTypes:\n  - type: testloket\n    why: W.\n---\n'));
    expect(list).toContain('tests/fixtures/content/needs/Mijn Vraag.md: file name "Mijn Vraag" is not a valid id: use lowercase letters, digits and hyphens (e.g. ocmw-gent.md)');
  });
});

describe('closest', () => {
  it('suggests a near id and nothing for a far one', () => {
    expect(closest('ocwm', ['ocmw', 'caw'])).toBe('ocmw');
    expect(closest('huisarts', ['ocmw', 'caw'])).toBeUndefined();
  });
});
