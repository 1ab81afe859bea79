/** All answers on one page, each screen with a way to change it. */
import { Fragment } from 'react';
import { answerText } from '../../lib/rights/texts';
import type { ExplorerData } from '../../lib/rights/types';
import type { Explorer } from './use-explorer';

export function Review({ data, explorer }: { data: ExplorerData; explorer: Explorer }) {
  const { screens, answers, setView } = explorer;
  return (
    <section aria-labelledby="overzicht-titel" className="verkenner-review">
      <h2 id="overzicht-titel" data-step-heading tabIndex={-1}>
        Je antwoorden
      </h2>
      <p>Kijk je antwoorden na. Wil je iets veranderen? Kies dan "Wijzig".</p>
      {screens.map((s, index) => (
        <section key={s.screen.id} className="card" aria-labelledby={`overzicht-${s.screen.id}`}>
          <h3 id={`overzicht-${s.screen.id}`}>{s.screen.title}</h3>
          <dl className="facts compact">
            {s.facts.map((f) => (
              <Fragment key={f.id}>
                <dt>{f.question}</dt>
                <dd>{answerText(f, answers[f.id], data)}</dd>
              </Fragment>
            ))}
          </dl>
          <button type="button" className="secondary" onClick={() => setView({ kind: 'screen', index, back: 'review' })}>
            Wijzig<span className="visually-hidden">: {s.screen.title}</span>
          </button>
        </section>
      ))}
      <div className="verkenner-nav">
        <button type="button" onClick={() => setView({ kind: 'results' })}>
          Toon mijn resultaten
        </button>
        <button type="button" className="secondary" onClick={explorer.clearAll}>
          Wis alles
        </button>
      </div>
    </section>
  );
}
