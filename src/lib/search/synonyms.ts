/**
 * Synonyms as data (content/synonyms.yaml). At build time each page gets the other words of every
 * group it mentions, so Pagefind finds "cpas" on a page that only says "OCMW".
 */
export type SynonymGroups = string[][];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, "'");

/** True when `phrase` occurs in `text` as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = normalise(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** Every synonym of every group that the text mentions, minus words it already contains. */
export function synonymsFor(text: string, groups: SynonymGroups): string[] {
  const haystack = normalise(text);
  const extra = new Set<string>();
  for (const group of groups) {
    if (group.some((word) => containsPhrase(haystack, word))) {
      for (const word of group) if (!containsPhrase(haystack, word)) extra.add(word);
    }
  }
  return [...extra];
}

/** Checks the list itself; returns readable problems (empty when fine). */
export function checkSynonymGroups(groups: unknown): string[] {
  if (!Array.isArray(groups)) return ['groups must be a list of lists'];
  const problems: string[] = [];
  groups.forEach((group, i) => {
    if (!Array.isArray(group) || group.length < 2) problems.push(`groups[${i}] needs at least two words`);
    else
      group.forEach((word, j) => {
        if (typeof word !== 'string' || word.trim() === '') problems.push(`groups[${i}][${j}] must be a word`);
        else if (word !== word.toLowerCase() || word !== word.trim()) problems.push(`groups[${i}][${j}] "${word}" must be lowercase without spaces around it`);
      });
  });
  return problems;
}
