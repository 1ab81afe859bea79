/** Dutch words of the rechtenverkenner that depend on data: answers, statuses, groups. */
import type { ResultGroup } from './results';
import type { Answer, Child, ExplorerData, Fact, PersonFact, ResultStatus } from './types';

export const RESULT_LABEL: Record<ResultStatus, string> = {
  likely: 'Waarschijnlijk wel',
  maybe: 'Misschien',
  unlikely: 'Waarschijnlijk niet',
};

export const GROUP_TEXT: Record<ResultGroup, { title: string; intro: string }> = {
  automatic: {
    title: 'Dit krijg je waarschijnlijk vanzelf',
    intro: 'Je hoeft hiervoor meestal niets te doen. Kijk wel na of je het krijgt. Kreeg je het niet? Lees wat je dan doet.',
  },
  apply: {
    title: 'Dit kan je waarschijnlijk krijgen: vraag het aan',
    intro: 'Deze rechten krijg je niet vanzelf. Hieronder staat waar je ze aanvraagt en wat je meebrengt.',
  },
  maybe: {
    title: 'Misschien: we weten nog niet genoeg',
    intro: 'Beantwoord nog een vraag, of vraag het aan de dienst. Die kijkt dingen na die wij niet kunnen inschatten.',
  },
  already: {
    title: 'Dit krijg je al',
    intro: 'Je zei dat je dit al krijgt. Hier vind je de uitleg, voor als je er vragen over hebt.',
  },
  unlikely: {
    title: 'Waarschijnlijk niet voor jou (nu)',
    intro: 'Met je antwoorden lijkt dit niet te passen. Verandert je situatie? Kijk dan opnieuw.',
  },
};

export const SKIP_LABEL = { 'weet-niet': 'Weet ik niet', 'liever-niet': 'Zeg ik liever niet' } as const;

const number = new Intl.NumberFormat('nl-BE');

function childText(child: Child, personFacts: readonly PersonFact[]): string {
  const age = typeof child.leeftijd === 'number' ? `${child.leeftijd} jaar` : 'leeftijd niet gegeven';
  const school = personFacts.find((p) => p.id === 'school')?.values?.find((v) => v.id === child.school)?.label;
  return school ? `${age} (${school.toLowerCase()})` : age;
}

/** An answer in words, for the review page. */
export function answerText(fact: Fact, answer: Answer | undefined, data: Pick<ExplorerData, 'personFacts' | 'municipalities'>): string {
  if (!answer) return 'Niet beantwoord';
  if ('skip' in answer) return SKIP_LABEL[answer.skip];
  const value = answer.value;
  const label = (id: string) => fact.values?.find((v) => v.id === id)?.label ?? id;
  switch (fact.type) {
    case 'boolean':
      return value ? 'Ja' : 'Nee';
    case 'choice':
      return label(value as string);
    case 'choices':
      return (value as string[]).map(label).join(', ') || 'Niets gekozen';
    case 'number':
      return `${number.format(value as number)}${fact.unit ? ` ${fact.unit}` : ''}`;
    case 'municipality':
      return data.municipalities[value as string]?.name ?? (value as string);
    case 'children': {
      const children = value as Child[];
      if (children.length === 0) return 'Geen kinderen';
      return `${children.length} ${children.length === 1 ? 'kind' : 'kinderen'}: ${children.map((c) => childText(c, data.personFacts)).join(', ')}`;
    }
  }
}
