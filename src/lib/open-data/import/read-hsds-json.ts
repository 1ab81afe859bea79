/**
 * HSDS 3.0 JSON as publishers write it: a data set with `services` (like our hsds.json), a list of
 * services, one service, an API page (`contents`), or organisations with their `services`. Every
 * object is stamped with its JSON path for messages; ids that point to top-level organisations or
 * taxonomy terms are replaced by the objects.
 */
import { issueAt, withOrigin, type ImportIssue } from './issues';
import { jsonErrorAt } from './json-error';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => !!v && typeof v === 'object' && !Array.isArray(v);

export interface ReadResult {
  services: Rec[];
  issues: ImportIssue[];
  /** What the file turned out to be, for the summary. */
  format: string;
}

/** Stamps every nested object with its path, e.g. `services[2].phones[0]`. */
function stamp(value: unknown, file: string, path: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => stamp(v, file, `${path}[${i}]`));
  else if (isRec(value)) {
    withOrigin(value, { file, row: path });
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object') stamp(child, file, `${path}.${key}`);
  }
}

export function readHsdsJson(text: string, file: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const at = jsonErrorAt(text);
    const where = at ? `line ${at.line}, column ${at.column}` : undefined;
    const found = at ? (at.found.length === 1 ? `"${at.found}"` : at.found) : 'an error';
    const message = `is not valid JSON: unexpected ${found}; check for a missing or extra comma, bracket or quote just before it`;
    return { services: [], format: 'JSON', issues: [issueAt('rejected', { file, row: where }, undefined, message)] };
  }

  let services: { value: unknown; path: string }[] = [];
  let format = 'HSDS JSON';
  const root = isRec(data) ? data : undefined;
  if (Array.isArray(data)) services = data.map((value, i) => ({ value, path: `[${i}]` }));
  else if (root && Array.isArray(root.services)) services = root.services.map((value, i) => ({ value, path: `services[${i}]` }));
  else if (root && Array.isArray(root.contents)) services = root.contents.map((value, i) => ({ value, path: `contents[${i}]` }));
  else if (root && Array.isArray(root.organizations) && root.organizations.some((o) => isRec(o) && Array.isArray(o.services))) {
    format = 'HSDS JSON (organisations with services)';
    root.organizations.forEach((o, i) => {
      if (!isRec(o) || !Array.isArray(o.services)) return;
      const { services: own, ...organization } = o;
      (own as unknown[]).forEach((s, j) => {
        if (isRec(s) && !isRec(s.organization)) s.organization = organization;
        services.push({ value: s, path: `organizations[${i}].services[${j}]` });
      });
    });
  } else if (root && typeof root.name === 'string' && 'id' in root) services = [{ value: root, path: '(service)' }];
  else {
    return {
      services: [],
      format: 'JSON',
      issues: [issueAt('rejected', { file }, undefined, 'holds no HSDS services: expected a list of services, or an object with "services" (or "contents") holding them')],
    };
  }
  if (root && typeof root.hsds_version === 'string') format = `HSDS ${root.hsds_version} JSON`;

  const organizations = new Map<string, Rec>();
  const terms = new Map<string, Rec>();
  if (root) {
    for (const o of Array.isArray(root.organizations) ? root.organizations : []) if (isRec(o) && typeof o.id === 'string') organizations.set(o.id, o);
    for (const t of Array.isArray(root.taxonomy_terms) ? root.taxonomy_terms : []) if (isRec(t) && typeof t.id === 'string') terms.set(t.id, t);
  }

  const issues: ImportIssue[] = [];
  const result: Rec[] = [];
  for (const { value, path } of services) {
    if (!isRec(value)) {
      issues.push(issueAt('rejected', { file, row: path }, undefined, 'is not an object: every service is written as { "id": ..., "name": ... }'));
      continue;
    }
    stamp(value, file, path);
    if (!isRec(value.organization) && typeof value.organization_id === 'string') {
      const organization = organizations.get(value.organization_id);
      if (organization) value.organization = organization;
    }
    for (const attribute of Array.isArray(value.attributes) ? value.attributes : []) {
      if (isRec(attribute) && !isRec(attribute.taxonomy_term) && typeof attribute.taxonomy_term_id === 'string') {
        const term = terms.get(attribute.taxonomy_term_id);
        if (term) attribute.taxonomy_term = term;
      }
    }
    result.push(value);
  }
  return { services: result, issues, format };
}
