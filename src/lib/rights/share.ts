/**
 * Answers in the URL fragment (`#v=1&gemeente=44021&inkomen=leefloon`). Browsers never send the
 * part after `#` to a server, so a shared link carries the answers without anyone receiving them.
 * Sensitive facts (residence status) are never written. Reading is forgiving: a value that does
 * not fit the dictionary is dropped and reported, the rest is kept.
 */
import { fitsFact } from './household';
import type { Answer, Answers, Child, Fact, FactValue, PersonFact, Skip } from './types';

const VERSION = '1';
const SKIP_TOKEN: Record<Skip, string> = { 'weet-niet': '_weet-niet', 'liever-niet': '_liever-niet' };
const NO_CHILDREN = 'geen';

function encodeValue(fact: Fact, value: FactValue, personFacts: readonly PersonFact[]): string {
  switch (fact.type) {
    case 'boolean':
      return value ? 'ja' : 'nee';
    case 'choices':
      return (value as string[]).join('.');
    case 'children': {
      const children = value as Child[];
      if (children.length === 0) return NO_CHILDREN;
      return children.map((c) => personFacts.map((p) => (c[p.id] === undefined ? '' : String(c[p.id]))).join('~')).join('.');
    }
    default:
      return String(value);
  }
}

function decodeValue(fact: Fact, text: string, personFacts: readonly PersonFact[]): unknown {
  switch (fact.type) {
    case 'boolean':
      return text === 'ja' ? true : text === 'nee' ? false : undefined;
    case 'choices':
      return text === '' ? [] : text.split('.');
    case 'number':
      return text.trim() === '' ? undefined : Number(text);
    case 'children':
      if (text === NO_CHILDREN) return [];
      return text.split('.').map((c) => {
        const parts = c.split('~');
        if (parts.length !== personFacts.length) return null;
        return Object.fromEntries(
          personFacts.flatMap((p, i) => (parts[i] === '' ? [] : [[p.id, p.type === 'number' ? Number(parts[i]) : parts[i]]])),
        );
      });
    default:
      return text;
  }
}

export function encodeAnswers(answers: Answers, facts: readonly Fact[], personFacts: readonly PersonFact[]): string {
  const params = new URLSearchParams({ v: VERSION });
  for (const fact of facts) {
    const answer = answers[fact.id];
    if (!answer || fact.sensitive) continue;
    params.set(fact.id, 'skip' in answer ? SKIP_TOKEN[answer.skip] : encodeValue(fact, answer.value, personFacts));
  }
  return params.toString();
}

export interface DecodedAnswers {
  answers: Answers;
  /** Fact ids whose value could not be read (or may not be shared). */
  dropped: string[];
}

/** Reads a fragment (with or without `#`); anything that is not ours gives no answers. */
export function decodeAnswers(fragment: string, facts: readonly Fact[], personFacts: readonly PersonFact[]): DecodedAnswers {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (params.get('v') !== VERSION) return { answers: {}, dropped: [] };
  const byId = new Map(facts.map((f) => [f.id, f]));
  const answers: Record<string, Answer> = {};
  const dropped: string[] = [];
  for (const [id, text] of params) {
    if (id === 'v') continue;
    const fact = byId.get(id);
    const skip = (Object.keys(SKIP_TOKEN) as Skip[]).find((s) => SKIP_TOKEN[s] === text);
    if (fact && !fact.sensitive && skip && (skip !== 'weet-niet' || fact.dontKnow)) {
      answers[id] = { skip };
      continue;
    }
    const value = fact && !fact.sensitive ? decodeValue(fact, text, personFacts) : undefined;
    if (fact && value !== undefined && fitsFact(fact, value, personFacts)) answers[id] = { value: value as FactValue };
    else dropped.push(id);
  }
  return { answers, dropped };
}
