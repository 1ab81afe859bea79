/**
 * Plain-language lint for content: long sentences, jargon without explanation, and entries without
 * an easy-reading summary. Everything it finds is a warning: it never stops a build, but it is
 * always printed (`npm run check:content`). Pure: entries and the jargon list are passed in.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../content.config';
import type { ValidEntries } from '../validate';

export interface Warning {
  file: string;
  field?: string;
  message: string;
  /** Set for jargon warnings: they are grouped per term unless --verbose. */
  term?: string;
}

export const MAX_WORDS = 25;

/** Collections whose pages show `kortEnEenvoudig` first. */
export const EASY_READING_COLLECTIONS = ['organisations', 'service-types', 'rights'] as const satisfies CollectionName[];

/** Fields (at any depth) whose text readers see as sentences. */
const PROSE_FIELDS = new Set([
  'summary', 'kortEnEenvoudig', 'complements', 'caution', 'accessNote', 'cost', 'does', 'doesNot', 'conditions',
  'checkedByOffice', 'why', 'question', 'because', 'becauseNot', 'office', 'note',
]);

/** Fields that say what an entry is about: a term named there is the subject, not jargon. */
const NAME_FIELDS = ['name', 'title', 'question', 'alternateNames'];

// --- jargon list ------------------------------------------------------------------------------

const jargonSchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        /** The word as it appears in texts (case does not matter). */
        term: z.string().trim().min(1),
        /** A short plain explanation an editor can add after the word. */
        hint: z.string().trim().min(1),
        /** Other spellings or forms that count as the same word. */
        forms: z.array(z.string().trim().min(1)).default([]),
        /** Words whose presence in the entry explains the term (e.g. the full name of an acronym). */
        explainedBy: z.array(z.string().trim().min(1)).default([]),
      }),
    )
    .min(1),
});

export type JargonTerm = z.infer<typeof jargonSchema>['terms'][number];

export class JargonFileError extends Error {}

export function parseJargon(data: unknown, file = 'content/jargon.yaml'): JargonTerm[] {
  const result = jargonSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new JargonFileError(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message} (each term needs "term:" and "hint:")`);
  }
  return result.data.terms;
}

// --- sentences ----------------------------------------------------------------------------------

/** Dutch abbreviations that end in a dot without ending the sentence. */
const ABBREVIATIONS = ['bv', 'bijv', 'bvb', 'vb', 'o.a', 'enz', 'ca', 'nr', 'tel', 'd.w.z', 'm.a.w', 'i.v.m', 'e.d', 'resp', 'incl', 'excl', 'max', 'min', 'st', 'dr', 'mr', 'mevr', 'dhr', 'r'];
const abbreviationAtEnd = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.$`, 'i');

/** Markdown to plain text units: headings, list items and paragraphs stay apart. */
export function markdownUnits(markdown: string): string[] {
  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = /^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)(.*)$/.exec(line);
    if (item) {
      flush();
      units.push(item[2]!);
    } else paragraph.push(line);
  }
  flush();
  return units.map((u) =>
    u
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<https?:[^>]+>/g, 'link')
      .replace(/[*_`]+/g, '')
      .trim(),
  );
}

export function sentences(text: string): string[] {
  const result: string[] = [];
  let current = '';
  const parts = text.split(/(?<=[.!?])\s+/);
  for (const [i, part] of parts.entries()) {
    current = current ? `${current} ${part}` : part;
    // "bv. een attest" or "nr. 5": not the end of a sentence.
    if (abbreviationAtEnd.test(current) && i < parts.length - 1) continue;
    result.push(current.trim());
    current = '';
  }
  if (current.trim()) result.push(current.trim());
  return result.filter((s) => /\p{L}/u.test(s));
}

export const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// --- collecting the texts of an entry --------------------------------------------------------------

interface Text {
  field: string;
  text: string;
}

function proseOf(value: unknown, path: string, inProse: boolean, out: Text[]): Text[] {
  if (typeof value === 'string') {
    if (inProse) out.push({ field: path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => proseOf(v, `${path}[${i}]`, inProse, out));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) proseOf(v, path ? `${path}.${key}` : key, PROSE_FIELDS.has(key), out);
  }
  return out;
}

/** The Dutch texts of an entry: the lint measures Dutch, so translations are left out. */
export function textsOf(data: unknown, body: string): Text[] {
  const dutch = Object.entries((data ?? {}) as Record<string, unknown>).filter(([key]) => key !== 'translations');
  const texts = proseOf(Object.fromEntries(dutch), '', false, []);
  for (const unit of markdownUnits(body)) texts.push({ field: 'body', text: unit });
  return texts;
}

// --- the checks ------------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}-])`, 'iu');

/** After the term: "(…)", ": …", "– …", "dat is", "betekent", "wil zeggen", "is een/geld/hulp…". */
const EXPLAINED_AFTER = /^\s*(?:\(|:|[–—]|-\s|,?\s*(?:dat|dit|wat)\s+(?:is|zijn|betekent|wil\s+zeggen)\b|\s*(?:is|zijn|betekent|wil\s+zeggen)\s+(?:een|de|het|dat|geld|hulp|steun|extra)\b)/iu;

function explainedIn(sentence: string, form: string): boolean {
  const match = wordPattern(form).exec(sentence);
  if (!match) return false;
  const before = sentence.slice(0, match.index);
  const after = sentence.slice(match.index + match[0].length);
  return /\(\s*$/.test(before) || EXPLAINED_AFTER.test(after);
}

function longSentences(file: string, texts: Text[], maxWords: number): Warning[] {
  const warnings: Warning[] = [];
  for (const { field, text } of texts) {
    for (const sentence of sentences(text)) {
      const count = wordCount(sentence);
      if (count <= maxWords) continue;
      const start = sentence.split(/\s+/).slice(0, 8).join(' ');
      warnings.push({ file, field, message: `sentence has ${count} words (max ${maxWords}): "${start} …": split it into shorter sentences` });
    }
  }
  return warnings;
}

function unexplainedJargon(file: string, data: Record<string, unknown>, texts: Text[], jargon: JargonTerm[]): Warning[] {
  const names = NAME_FIELDS.flatMap((f) => data[f] ?? []).join(' \n ');
  const all = texts.map((t) => t.text).join(' \n ');
  const warnings: Warning[] = [];
  for (const term of jargon) {
    const forms = [term.term, ...term.forms];
    if (forms.some((f) => wordPattern(f).test(names))) continue; // the entry is about it
    if (term.explainedBy.some((words) => wordPattern(words).test(all))) continue;
    const uses = texts.flatMap((t) => sentences(t.text).map((s) => ({ field: t.field, sentence: s }))).filter((u) => forms.some((f) => wordPattern(f).test(u.sentence)));
    if (uses.length === 0) continue;
    if (uses.some((u) => forms.some((f) => explainedIn(u.sentence, f)))) continue;
    warnings.push({
      file,
      field: uses[0]!.field,
      term: term.term,
      message: `"${term.term}" is not explained: add a few plain words the first time, e.g. "${term.term} (${term.hint})"`,
    });
  }
  return warnings;
}

export interface LintResult {
  warnings: Warning[];
  /** Files without `kortEnEenvoudig`, per collection: reported as one line each. */
  missingEasyReading: Partial<Record<CollectionName, string[]>>;
}

export function lintContent(entries: ValidEntries, jargon: JargonTerm[], maxWords = MAX_WORDS): LintResult {
  const warnings: Warning[] = [];
  const missingEasyReading: LintResult['missingEasyReading'] = {};
  for (const [collection, list] of Object.entries(entries) as [CollectionName, ValidEntries[CollectionName]][]) {
    if (collection === 'municipalities') continue;
    for (const entry of list) {
      const data = entry.data as Record<string, unknown>;
      const texts = textsOf(data, entry.body);
      warnings.push(...longSentences(entry.file, texts, maxWords), ...unexplainedJargon(entry.file, data, texts, jargon));
      if ((EASY_READING_COLLECTIONS as readonly string[]).includes(collection) && !data.kortEnEenvoudig) {
        (missingEasyReading[collection] ??= []).push(entry.file);
      }
    }
  }
  return { warnings, missingEasyReading };
}

export function formatWarning(w: Warning): string {
  return `warning: ${w.field ? `${w.file}: ${w.field}: ${w.message}` : `${w.file}: ${w.message}`}`;
}

/**
 * The lines to print: every long sentence; jargon grouped per word (all files with --verbose);
 * one line per collection for missing easy-reading summaries (all files with --verbose).
 */
export function formatLint({ warnings, missingEasyReading }: LintResult, verbose = false): string[] {
  const lines = warnings.filter((w) => verbose || !w.term).map(formatWarning);
  if (!verbose) {
    const byTerm = new Map<string, Warning[]>();
    for (const w of warnings) if (w.term) byTerm.set(w.term, [...(byTerm.get(w.term) ?? []), w]);
    for (const [term, list] of byTerm) {
      const examples = list.slice(0, 3).map((w) => w.file).join(', ');
      lines.push(`warning: "${term}" is not explained in ${list.length} file(s), e.g. ${examples}${list.length > 3 ? ' (--verbose lists all)' : ''}: ${list[0]!.message.replace(/^.*?: /, '')}`);
    }
  }
  for (const collection of EASY_READING_COLLECTIONS) {
    const files = missingEasyReading[collection];
    if (!files?.length) continue;
    lines.push(`warning: ${files.length} ${collection} have no easy-reading summary (kortEnEenvoudig)${verbose ? ':' : ': run with --verbose to list them'}`);
    if (verbose) lines.push(...files.map((f) => `  ${f}`));
  }
  return lines;
}
