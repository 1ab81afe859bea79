/**
 * State of the rechtenverkenner: the answers (in memory only), which view is open, and the
 * results, re-evaluated on every answer. Answers leave memory only when the person asks: a share
 * link (in the URL fragment, never sent to a server) or "bewaar op dit toestel" (localStorage).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createEvaluator } from '../../lib/rights/evaluate';
import { householdFacts } from '../../lib/rights/household';
import { activeAnswers, screensToAsk } from '../../lib/rights/questionnaire';
import { isoDay } from '../../lib/rights/rules';
import { decodeAnswers, encodeAnswers } from '../../lib/rights/share';
import type { Answer, Answers, ExplorerData } from '../../lib/rights/types';

export type View = { kind: 'intro' } | { kind: 'screen'; index: number; back?: 'review' | 'results' } | { kind: 'review' } | { kind: 'results' };

const STORAGE_KEY = 'wegwijzer:rechtenverkenner';

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function useExplorer(data: ExplorerData) {
  const [answers, setAnswers] = useState<Answers>({});
  const [view, setView] = useState<View>({ kind: 'intro' });
  const [notice, setNotice] = useState('');
  const [shared, setShared] = useState(false);
  const [saved, setSaved] = useState(false);

  const regionOf = useCallback((nis: string) => data.municipalities[nis]?.region, [data]);
  const questionnaire = useMemo(() => ({ screens: data.screens, facts: data.facts }), [data]);
  const evaluate = useMemo(() => createEvaluator(data.rights, { today: isoDay(new Date()), municipalityName: (nis) => data.municipalities[nis]?.name ?? nis }), [data]);
  const active = useMemo(() => activeAnswers(questionnaire, answers, regionOf), [questionnaire, answers, regionOf]);
  const screens = useMemo(() => screensToAsk(questionnaire, answers, regionOf), [questionnaire, answers, regionOf]);
  const facts = useMemo(() => householdFacts(active, regionOf), [active, regionOf]);
  const results = useMemo(() => evaluate(facts), [evaluate, facts]);
  const encode = useCallback((a: Answers) => encodeAnswers(a, data.facts, data.personFacts), [data]);

  useEffect(() => {
    const fromLink = decodeAnswers(window.location.hash, data.facts, data.personFacts);
    const stored = fromLink.answers && Object.keys(fromLink.answers).length ? null : readSaved();
    const restored = stored ? decodeAnswers(stored, data.facts, data.personFacts) : fromLink;
    if (Object.keys(restored.answers).length === 0) return;
    setAnswers(restored.answers);
    setShared(!stored);
    setSaved(Boolean(stored));
    setView({ kind: 'results' });
    setNotice(stored ? 'We gebruiken de antwoorden die je op dit toestel bewaarde.' : 'Deze resultaten komen uit een gedeelde link.');
  }, [data]);

  // A shared link follows later changes, so the address always matches what is on screen.
  useEffect(() => {
    if (shared) window.history.replaceState(null, '', `#${encode(answers)}`);
  }, [shared, answers, encode]);

  const answer = useCallback((id: string, value: Answer | undefined) => {
    setAnswers((previous) => {
      const next = { ...previous };
      if (value) next[id] = value;
      else delete next[id];
      return next;
    });
  }, []);

  const shareLink = useCallback(() => {
    setShared(true);
    return `${window.location.origin}${window.location.pathname}#${encode(answers)}`;
  }, [answers, encode]);

  const saveOnDevice = useCallback(() => {
    window.localStorage.setItem(STORAGE_KEY, encode(answers));
    setSaved(true);
  }, [answers, encode]);

  const clearAll = useCallback(() => {
    setAnswers({});
    setShared(false);
    setSaved(false);
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked; then nothing was stored either.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setView({ kind: 'intro' });
    setNotice('Alles is gewist. Er staat niets meer op dit toestel.');
  }, []);

  return { answers: active, rawAnswers: answers, answer, view, setView, screens, results, notice, setNotice, shareLink, saveOnDevice, saved, clearAll };
}

export type Explorer = ReturnType<typeof useExplorer>;
