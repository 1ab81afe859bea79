/**
 * One format for what the tools keep, both in browser storage and in an exported file:
 * { app: "wegwijzer", kind, version, savedAt, data }. The version lets a later Wegwijzer read
 * old files; a file from a newer version is refused rather than half read.
 */
import { isRecord, Problems } from './check';

export const APP = 'wegwijzer';
export const FORMAT_VERSION = 1;
/** Files larger than this are not a Wegwijzer file made by a person; refuse before parsing. */
export const MAX_FILE_BYTES = 1_000_000;

export const TOOL_KINDS = ['mijn-lijst', 'netwerkkaart', 'handelingsplan'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export const toolInfo: Record<ToolKind, { name: string; noun: string; fileName: string }> = {
  'mijn-lijst': { name: 'Mijn lijst', noun: 'lijst', fileName: 'wegwijzer-mijn-lijst' },
  netwerkkaart: { name: 'Netwerkkaart', noun: 'netwerkkaart', fileName: 'wegwijzer-netwerkkaart' },
  handelingsplan: { name: 'Handelingsplan', noun: 'handelingsplan', fileName: 'wegwijzer-handelingsplan' },
};

export interface Envelope<T> {
  app: typeof APP;
  kind: ToolKind;
  version: number;
  savedAt: string;
  data: T;
}

/** Checks the raw data of one tool; reports into `problems` and returns a clean value. */
export type DataChecker<T> = (raw: unknown, problems: Problems) => T;

export type ReadResult<T> = { ok: true; data: T } | { ok: false; error: string; details: string[] };

export function wrap<T>(kind: ToolKind, data: T, now = new Date()): Envelope<T> {
  return { app: APP, kind, version: FORMAT_VERSION, savedAt: now.toISOString(), data };
}

export const serialize = <T>(kind: ToolKind, data: T, now = new Date()) => JSON.stringify(wrap(kind, data, now), null, 2);

const fail = <T>(error: string, details: string[] = []): ReadResult<T> => ({ ok: false, error, details });

/** Reads a file's text (or a stored value) for `kind`. Never throws; every refusal says why and what to do. */
export function readEnvelope<T>(text: string, kind: ToolKind, check: DataChecker<T>): ReadResult<T> {
  if (text.length > MAX_FILE_BYTES) return fail('Dit bestand is te groot voor Wegwijzer. Kies het bestand dat je met "Bewaar als bestand" maakte.');
  if (!text.trim()) return fail('Dit bestand is leeg. Kies het bestand dat je met "Bewaar als bestand" maakte.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('Dit is geen bestand van Wegwijzer: we kunnen het niet lezen. Kies het bestand dat je met "Bewaar als bestand" maakte (het eindigt op .json).');
  }
  if (!isRecord(raw) || raw.app !== APP) {
    return fail('Dit is geen bestand van Wegwijzer. Kies het bestand dat je met "Bewaar als bestand" maakte.');
  }
  if (raw.kind !== kind) {
    const other = TOOL_KINDS.find((k) => k === raw.kind);
    return fail(
      other
        ? `Dit bestand is een ${toolInfo[other].noun}, geen ${toolInfo[kind].noun}. Open het op de pagina ${toolInfo[other].name}.`
        : `Dit bestand is geen ${toolInfo[kind].noun} van Wegwijzer.`,
    );
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return fail('In dit bestand ontbreekt het versienummer. Het is beschadigd of niet door Wegwijzer gemaakt.');
  }
  if (raw.version > FORMAT_VERSION) {
    return fail(`Dit bestand is gemaakt met een nieuwere versie van Wegwijzer (versie ${raw.version}). Herlaad de pagina en probeer opnieuw.`);
  }
  const problems = new Problems();
  const data = check(raw.data, problems);
  if (!problems.ok) {
    return fail('Dit bestand is beschadigd. We hebben niets veranderd.', problems.list.slice(0, 5));
  }
  return { ok: true, data };
}
