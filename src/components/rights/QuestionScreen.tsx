/** One screen of related questions, with the way back and forward. */
import type { ExplorerData } from '../../lib/rights/types';
import { Progress } from './Progress';
import { Question } from './Question';
import type { Explorer } from './use-explorer';

interface Props {
  data: ExplorerData;
  explorer: Explorer;
  index: number;
  /** Opened from the review page or the results: go back there when done. */
  back?: 'review' | 'results';
}

export function QuestionScreen({ data, explorer, index, back }: Props) {
  const { screens, setView } = explorer;
  const current = screens[index]!;
  const last = index === screens.length - 1;
  const next = () => setView(back ? { kind: back } : last ? { kind: 'review' } : { kind: 'screen', index: index + 1 });

  return (
    <form
      className="verkenner-screen"
      aria-labelledby={`scherm-${current.screen.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        next();
      }}
    >
      <Progress step={index + 1} total={screens.length} />
      <h2 id={`scherm-${current.screen.id}`} data-step-heading tabIndex={-1}>
        {current.screen.title}
      </h2>
      {current.facts.map((fact) => (
        <Question key={fact.id} fact={fact} data={data} answer={explorer.answers[fact.id] ?? explorer.rawAnswers[fact.id]} onAnswer={(a) => explorer.answer(fact.id, a)} />
      ))}
      <div className="verkenner-nav">
        {!back && index > 0 && (
          <button type="button" className="secondary" onClick={() => setView({ kind: 'screen', index: index - 1 })}>
            Vorige
          </button>
        )}
        <button type="submit">{back ? 'Klaar' : last ? 'Bekijk je antwoorden' : 'Volgende'}</button>
      </div>
      <p className="meta">Je kan elke vraag overslaan: klik gewoon op "{back ? 'Klaar' : 'Volgende'}".</p>
    </form>
  );
}
