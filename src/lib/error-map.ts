/**
 * Turns zod issues into messages a content editor understands: which field, what is wrong,
 * how to fix it. The one place where validation wording lives (compare Starlight's error-map).
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** `locations[0].postcode` from ['locations', 0, 'postcode']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Zod's own default messages start like this; ours (set in the schemas) do not. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (big|small)|Unrecognized)/.test(message);

export function explainIssue(issue: Issue, data: unknown): { field: string; message: string } {
  const field = fieldPath(issue.path);
  const value = valueAt(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return {
      field: field || '(frontmatter)',
      message: `unknown field ${keys}: check the spelling against src/content.config.ts, or remove it`,
    };
  }
  if (value === undefined && issue.code === 'invalid_type') {
    return { field, message: `is required but missing: add "${String(issue.path.at(-1))}:"` };
  }
  // Our schemas carry their own wording: prefix it with the offending value where that helps.
  if (!isDefaultMessage(issue.message)) {
    const showValue = value !== undefined && (typeof value !== 'object' || value instanceof Date);
    return { field, message: showValue ? `${describe(value)} ${issue.message}` : issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { field, message: `${describe(value)} should be ${article(issue.expected)}` };
    case 'invalid_value':
      return {
        field,
        message: `${describe(value)} is not allowed: use one of ${issue.values.map((v) => describe(v)).join(', ')}`,
      };
    case 'too_small':
      return {
        field,
        message:
          issue.origin === 'array'
            ? `needs at least ${String(issue.minimum)} item(s)`
            : `${describe(value)} is too small: the minimum is ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        field,
        message:
          issue.origin === 'array'
            ? `has more than ${String(issue.maximum)} item(s)`
            : `${describe(value)} is too large: the maximum is ${String(issue.maximum)}`,
      };
    default:
      return { field, message: `${describe(value)}: ${issue.message}` };
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list (e.g. [a, b] or lines starting with "- ")',
    object: 'a group of "field: value" lines',
    date: 'a date (YYYY-MM-DD)',
  };
  return names[expected] ?? expected;
}
