/**
 * Understands a query the way people type it: "kinderopvang 9000", "cpas schaerbeek",
 * "eten sint-jans-molenbeek". A postcode or municipality name becomes a place filter.
 */
export interface PlaceIndexEntry {
  nis: string;
  name: string;
  nameFr?: string;
  postcodes: string[];
}

export interface ParsedQuery {
  /** What is left to search for. */
  text: string;
  /** NIS codes of the municipality the query names (a postcode can cover more than one). */
  places: string[];
  /** The words that named the place, to show "in Gent". */
  placeWords?: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function createPlaceMatcher(places: PlaceIndexEntry[]) {
  const byName = new Map<string, string[]>();
  const add = (key: string, nis: string) => byName.set(key, [...(byName.get(key) ?? []), nis]);
  for (const p of places) {
    add(fold(p.name), p.nis);
    if (p.nameFr && fold(p.nameFr) !== fold(p.name)) add(fold(p.nameFr), p.nis);
    for (const pc of p.postcodes) add(pc, p.nis);
  }
  const longest = Math.max(1, ...[...byName.keys()].map((k) => k.split(' ').length));

  return function parse(query: string): ParsedQuery {
    const words = fold(query).split(' ').filter(Boolean);
    // Longest match first, so "sint jans molenbeek" wins over a shorter name inside it.
    for (let size = Math.min(longest, words.length); size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const phrase = words.slice(start, start + size).join(' ');
        const nis = byName.get(phrase);
        if (nis) {
          const rest = [...words.slice(0, start), ...words.slice(start + size)].join(' ');
          return { text: rest, places: [...new Set(nis)], placeWords: phrase };
        }
      }
    }
    return { text: words.join(' '), places: [] };
  };
}
