/** One right in the results: the verdict, why, what would settle it, and how to get it. */
import type { RightResult } from '../../lib/rights/evaluate';
import { amountsOf, settlingQuestions, type ResultGroup } from '../../lib/rights/results';
import { RESULT_LABEL } from '../../lib/rights/texts';
import type { ExplorerData, RightRule } from '../../lib/rights/types';
import { rightAccessLabel } from '../../lib/labels';
import { Amounts } from './Amounts';
import { Offices } from './Offices';
import type { Explorer } from './use-explorer';

interface Props {
  right: RightRule;
  result: RightResult;
  group: ResultGroup;
  data: ExplorerData;
  explorer: Explorer;
  nis?: string;
}

export function RightCard({ right, result, group, data, explorer, nis }: Props) {
  const Heading = group === 'unlikely' ? 'h3' : 'h5';
  const questions = settlingQuestions(result, data.facts).filter((f) => explorer.screens.some((s) => s.facts.includes(f)));
  const screenOf = (factId: string) => explorer.screens.findIndex((s) => s.facts.some((f) => f.id === factId));
  const via = result.via.map((id) => data.rights.find((r) => r.id === id)?.title).filter(Boolean);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <li className={`card right-result ${result.result}`} id={`recht-${right.id}`}>
      <Heading className="right-title">
        <a href={`/recht/${right.id}/`}>{right.title}</a>
      </Heading>
      <p>
        <span className={`badge status ${result.result}`}>{RESULT_LABEL[result.result]}</span> <span className="meta">{rightAccessLabel[right.access]}</span>
      </p>
      <p>{right.summary}</p>
      {result.reasons.length > 0 && (
        <>
          <p className="reason-title">{result.result === 'unlikely' ? 'Waarom waarschijnlijk niet?' : result.result === 'maybe' ? 'Wat we al weten:' : 'Waarom?'}</p>
          <ul className="reasons">
            {result.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {result.variant && nis && (
        <p className="meta">
          <strong>In {data.municipalities[nis]?.name}:</strong> {result.variant.note}
        </p>
      )}
      {result.result === 'maybe' && questions.length > 0 && (
        <div className="settle">
          <p className="reason-title">Dit beslist het:</p>
          <ul>
            {questions.map((f) => (
              <li key={f.id}>
                {f.question}{' '}
                <button type="button" className="secondary small" onClick={() => explorer.setView({ kind: 'screen', index: screenOf(f.id), back: 'results' })}>
                  Beantwoord deze vraag<span className="visually-hidden"> voor {right.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.result === 'maybe' && via.length > 0 && <p className="meta">Dit hangt af van: {via.join(', ')}.</p>}
      {result.result === 'maybe' && questions.length === 0 && result.office.length === 0 && via.length === 0 && (
        <p className="meta">Met je antwoorden kunnen we dit niet inschatten. Vraag het na bij de dienst.</p>
      )}
      {result.result === 'maybe' && result.office.length > 0 && (
        <>
          <p className="reason-title">Dit kijkt de dienst na:</p>
          <ul>
            {result.office.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {result.stale.length > 0 && <p className="meta">De grens die we kennen, is niet meer actueel. De dienst kent de juiste grens.</p>}
      {group === 'automatic' && right.accessNote && (
        <p>
          <strong>Kreeg je het niet?</strong> {right.accessNote}
        </p>
      )}
      {(group === 'apply' || group === 'maybe') && right.accessNote && (
        <p>
          <strong>Zo vraag je het aan:</strong> {right.accessNote}
        </p>
      )}
      {(group === 'apply' || group === 'maybe') && <Offices right={right} data={data} nis={nis} />}
      <Amounts amounts={amountsOf(right, today)} />
      {group !== 'unlikely' && (right.checkedByOffice.length > 0 || right.documents.length > 0) && (
        <details>
          <summary>Wat kijkt de dienst na en wat breng je mee?</summary>
          {right.checkedByOffice.length > 0 && (
            <ul>
              {right.checkedByOffice.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {right.documents.length > 0 && (
            <>
              <p className="reason-title">Meebrengen:</p>
              <ul>
                {right.documents.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </li>
  );
}
