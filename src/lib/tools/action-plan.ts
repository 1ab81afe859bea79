/**
 * The handelingsplan (action plan) of source 004 ("B. Het handelingsplan"): per domain what the
 * family wants, how to get there, by when, and who can help, with a tick for every goal reached
 * (the "small successes" that keep everyone going). A helper keeps its own label, so the plan
 * still reads well when the netwerkkaart or the list it came from has changed.
 */
import { bool, id as checkId, isRecord, list, newId, oneOf, Problems, text } from './check';
import { DOMAIN_IDS } from '../vocabulary';
import type { DomainId } from './network-map';

export const HELPER_SOURCES = ['network', 'wegwijzer', 'own'] as const;
export type HelperSource = (typeof HELPER_SOURCES)[number];

export interface Helper {
  label: string;
  source: HelperSource;
  /** For Wegwijzer entries: the page it links to, e.g. "/dienst/ocmw/". */
  href?: string;
}

export interface Goal {
  id: string;
  domain: DomainId;
  want: string;
  how: string;
  when: string;
  helpers: Helper[];
  reached: boolean;
}

export interface ActionPlanData {
  family: string;
  goals: Goal[];
}

export const MAX_GOALS = 60;
export const MAX_HELPERS = 12;
export const FIELD_MAX = 1000;
export const LABEL_MAX = 160;

export const emptyActionPlan = (): ActionPlanData => ({ family: '', goals: [] });

/**
 * The source's examples (004:1646-1668), in plain words, shown as placeholders. The source has
 * no row for food; that one follows the site's own domain page ("Waar begin je?").
 */
export const GOAL_EXAMPLES: Record<DomainId, Omit<Goal, 'id' | 'domain' | 'helpers' | 'reached'> & { who: string }> = {
  'taal-en-verblijf': { want: 'Nederlands leren (niveau 1.1)', how: 'Opzoeken waar ik mijn niveau kan laten testen, waar ik les kan volgen en hoe ik me inschrijf', when: 'Voor de volgende start van module 1.1', who: 'Trajectbegeleider' },
  'werk-en-opleiding': { want: 'Een opleiding volgen', how: 'Opzoeken welke opleidingen er zijn', when: 'Voor het volgende schooljaar heb ik gekozen', who: 'VDAB' },
  'geld-en-papieren': { want: 'Zelf mijn papieren leren regelen', how: 'Hulp vragen om dat te leren', when: 'Binnen een half jaar. Daarna kan ik nog altijd vragen stellen', who: 'Vrijwilliger' },
  wonen: { want: 'Een huis vinden met genoeg slaapkamers', how: 'Ik ga naar een sociaal verhuurkantoor', when: 'Binnen een jaar', who: 'OCMW, vrijwilliger, sociaal verhuurkantoor' },
  gezondheid: { want: 'Hulp zoeken voor mijn hoofd en mijn gevoel (psychosociale hulp)', how: 'Ik zoek wie zulke hulp geeft of mij kan doorverwijzen, en ik neem contact op', when: 'Binnen een jaar', who: 'CAW, OCMW, Solentra' },
  'school-en-opvang': { want: 'Opvang vinden voor mijn jongste kind', how: 'Nagaan waar er opvang is in de buurt. Waar is plaats? Wat kost het?', when: 'Voor ik begin met les, opleiding of werk', who: 'Kind & Gezin, Huis van het Kind, OCMW' },
  'vrije-tijd': { want: 'Mijn kinderen inschrijven bij een voetbalclub', how: 'Contact opnemen met de voetbalclub in de buurt', when: 'Hangt af van de vrije plaatsen in de club', who: 'Vrijwilliger, PIN vzw, Tumult vzw, OCMW' },
  'zwanger-en-opvoeding': { want: 'Hulp vragen bij de opvoeding van mijn kinderen', how: 'Nagaan welke organisaties helpen bij opvoeding', when: 'Binnen een maand', who: 'Domo vzw, Kind & Gezin, Huis van het Kind' },
  'mensen-en-steun': { want: 'Mijn buren leren kennen', how: 'Mijn buren uitnodigen op de koffie', when: 'Binnen een week', who: 'Vrijwilliger' },
  'eten-en-spullen': { want: 'Goedkoper eten en kleren vinden', how: 'Kijken of er een sociale kruidenier of kringwinkel in de buurt is', when: 'Binnen een maand', who: 'OCMW, CAW' },
};

export function addGoal(plan: ActionPlanData, domain: DomainId): { plan: ActionPlanData; id: string } {
  const goal: Goal = { id: newId(), domain, want: '', how: '', when: '', helpers: [], reached: false };
  if (plan.goals.length >= MAX_GOALS) return { plan, id: '' };
  return { plan: { ...plan, goals: [...plan.goals, goal] }, id: goal.id };
}

export const updateGoal = (plan: ActionPlanData, goalId: string, change: Partial<Omit<Goal, 'id'>>): ActionPlanData => ({
  ...plan,
  goals: plan.goals.map((g) => (g.id === goalId ? { ...g, ...change } : g)),
});

export const removeGoal = (plan: ActionPlanData, goalId: string): ActionPlanData => ({ ...plan, goals: plan.goals.filter((g) => g.id !== goalId) });

/** Adds a helper unless one with the same label is already there. */
export function addHelper(plan: ActionPlanData, goalId: string, helper: Helper): ActionPlanData {
  const label = helper.label.trim().slice(0, LABEL_MAX);
  if (!label) return plan;
  return {
    ...plan,
    goals: plan.goals.map((g) =>
      g.id !== goalId || g.helpers.length >= MAX_HELPERS || g.helpers.some((h) => h.label.toLowerCase() === label.toLowerCase())
        ? g
        : { ...g, helpers: [...g.helpers, { ...helper, label }] },
    ),
  };
}

export const removeHelper = (plan: ActionPlanData, goalId: string, index: number): ActionPlanData => ({
  ...plan,
  goals: plan.goals.map((g) => (g.id === goalId ? { ...g, helpers: g.helpers.filter((_, i) => i !== index) } : g)),
});

/** Goals in the order of the domains, then in the order they were added. */
export const goalsByDomain = (plan: ActionPlanData, order: readonly DomainId[]) =>
  order.map((domain) => ({ domain, goals: plan.goals.filter((g) => g.domain === domain) }));

export const progress = (plan: ActionPlanData) => ({ reached: plan.goals.filter((g) => g.reached).length, total: plan.goals.length });

const SITE_PATH = /^\/(organisatie|dienst|recht)\/[a-z0-9-]+\/$/;

export const checkActionPlan = (raw: unknown, problems: Problems): ActionPlanData => {
  if (!isRecord(raw)) {
    problems.add(['handelingsplan'], 'de gegevens van het plan ontbreken.');
    return emptyActionPlan();
  }
  const goals = list(raw.goals, ['doelen'], problems, MAX_GOALS, (g, path): Goal | undefined => {
    if (!isRecord(g)) {
      problems.add(path, 'dit is geen doel.');
      return undefined;
    }
    return {
      id: checkId(g.id, [...path, 'code'], problems),
      domain: oneOf(g.domain, DOMAIN_IDS, [...path, 'domein'], problems, DOMAIN_IDS[0]),
      want: text(g.want, [...path, 'wat wil ik'], problems, FIELD_MAX),
      how: text(g.how, [...path, 'hoe'], problems, FIELD_MAX),
      when: text(g.when, [...path, 'wanneer'], problems, FIELD_MAX),
      reached: bool(g.reached, [...path, 'bereikt'], problems),
      helpers: list(g.helpers, [...path, 'wie helpt'], problems, MAX_HELPERS, (h, p): Helper => {
        if (!isRecord(h)) {
          problems.add(p, 'dit is geen helper.');
          return { label: '', source: 'own' };
        }
        const label = text(h.label, [...p, 'naam'], problems, LABEL_MAX);
        if (!label.trim()) problems.add([...p, 'naam'], 'de naam is leeg.');
        const source = oneOf(h.source, HELPER_SOURCES, [...p, 'bron'], problems, 'own');
        if (h.href !== undefined && (typeof h.href !== 'string' || !SITE_PATH.test(h.href))) {
          problems.add([...p, 'link'], 'dit is geen pagina van Wegwijzer.');
        }
        return typeof h.href === 'string' && SITE_PATH.test(h.href) ? { label, source, href: h.href } : { label, source };
      }),
    };
  });
  return {
    family: text(raw.family, ['gezin'], problems, LABEL_MAX),
    goals: goals.filter((g): g is Goal => g !== undefined),
  };
};
