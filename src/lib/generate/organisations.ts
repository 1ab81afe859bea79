/**
 * Synthetic organisations for measuring scale: realistic in shape (spread over every municipality,
 * all domains, opening hours, languages, flags), clearly fake in content. Deterministic per seed.
 */
import { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, TARGET_GROUPS, WEEKDAYS } from '../vocabulary';

export interface GeneratorPlace {
  nis: string;
  name: string;
  postcodes: string[];
  latitude: number;
  longitude: number;
}

/** Small fast PRNG (mulberry32): the same seed gives the same files. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
      const r = Math.floor(next() * 16);
      return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
    });
  return { next, pick, some, uuid };
}

const WORDS = ['buurt', 'hulp', 'ontmoeting', 'gezin', 'steun', 'huis', 'punt', 'samen', 'thuis', 'plek', 'kring', 'werking'];
const SENTENCES = [
  'Je kan hier terecht met vragen over je gezin, je geld of je woning.',
  'Vrijwilligers luisteren en zoeken samen met jou naar een oplossing.',
  'Kom gerust eens langs, ook als je niet goed weet wat je nodig hebt.',
  'We helpen je de weg te vinden naar andere diensten in de buurt.',
  'Je betaalt niets, of een kleine bijdrage als je dat kan.',
  'Er is koffie, en er is tijd om te praten.',
  'Heb je papieren die je niet begrijpt? Breng ze mee.',
  'Kinderen zijn welkom: er is een speelhoek.',
];
const SENTENCES_FR = ['Vous pouvez venir ici avec vos questions sur votre famille, votre argent ou votre logement.', 'Des bénévoles vous écoutent et cherchent une solution avec vous.'];
const SENTENCES_EN = ['You can come here with questions about your family, your money or your home.', 'Volunteers listen and look for a solution with you.'];
const LANGUAGES = ['nl', 'fr', 'en', 'ar', 'tr', 'ro', 'pl', 'prs', 'ti', 'so', 'uk'];

/** One synthetic organisation as Markdown with frontmatter. */
export function syntheticOrganisation(index: number, places: GeneratorPlace[], serviceTypes: string[], rnd: ReturnType<typeof random>): { file: string; text: string } {
  const place = places[index % places.length]!;
  const type = rnd.pick(serviceTypes);
  const exact = rnd.next() < 0.6;
  const blocks = rnd.some(WEEKDAYS.slice(0, 5), 1, 4).map((day) => {
    const opens = rnd.pick(['08:30', '09:00', '10:00', '13:00']);
    const closes = opens < '12:00' ? rnd.pick(['12:00', '12:30', '16:00']) : rnd.pick(['16:00', '17:00', '19:00']);
    return `    - days: [${day}]\n      opens: '${opens}'\n      closes: '${closes}'`;
  });
  const location = [
    `  - municipality: '${place.nis}'`,
    ...(exact
      ? [
          `    street: Voorbeeldstraat ${1 + (index % 200)}`,
          `    postcode: '${rnd.pick(place.postcodes)}'`,
          `    latitude: ${(place.latitude + (rnd.next() - 0.5) * 0.04).toFixed(5)}`,
          `    longitude: ${(place.longitude + (rnd.next() - 0.5) * 0.06).toFixed(5)}`,
        ]
      : []),
  ];
  const name = `${rnd.pick(WORDS)}${rnd.pick(WORDS)} ${place.name} ${index}`;
  const frontmatter = [
    '---',
    `id: ${rnd.uuid()}`,
    `name: "Testorganisatie ${name[0]!.toUpperCase()}${name.slice(1)}"`,
    `type: ${type}`,
    `formality: ${rnd.pick(FORMALITIES)}`,
    `domains: [${rnd.some(DOMAIN_IDS, 1, 3).join(', ')}]`,
    `targetGroups: [${rnd.some(TARGET_GROUPS, 1, 3).join(', ')}]`,
    `summary: "${rnd.pick(SENTENCES)}"`,
    'locations:',
    ...location,
    'openingHours:',
    '  regular:',
    ...blocks,
    `languages: [${rnd.some(LANGUAGES, 1, 3).join(', ')}]`,
    `access: [${rnd.some(ACCESS_MODES, 1, 2).join(', ')}]`,
    `flags: [${rnd.some(FLAGS, 0, 3).join(', ')}]`,
    'incomplete: true',
    // Brussels is bilingual: an official French name there; elsewhere some entries are translated.
    ...(place.nis.startsWith('21')
      ? ['translations:', `  fr: { name: "Organisation de test ${index} ${place.name}", summary: "${rnd.pick(SENTENCES_FR)}" }`]
      : rnd.next() < 0.3 ? ['translations:', `  en: { summary: "${rnd.pick(SENTENCES_EN)}" }`] : []),
    'sources:',
    '  - title: Synthetische testdata van de generator (geen echte organisatie)',
    'lastChecked: 2026-01-01',
    '---',
  ];
  const body = Array.from({ length: 6 }, () => rnd.pick(SENTENCES)).join(' ');
  return { file: `gen-${index}.md`, text: `${frontmatter.join('\n')}\n${body}\n\nDit is een verzonnen organisatie om Wegwijzer op grote schaal te testen.\n` };
}
