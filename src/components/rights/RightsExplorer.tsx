/** The rechtenverkenner island: questions, review and results, all in the browser. */
import { useEffect, useMemo, useRef } from 'react';
import type { ExplorerData } from '../../lib/rights/types';
import { Intro } from './Intro';
import { QuestionScreen } from './QuestionScreen';
import { Results } from './Results';
import { Review } from './Review';
import { useExplorer } from './use-explorer';

/** The build embeds the data in the page (see src/pages/rechtenverkenner/index.astro). */
function readData(): ExplorerData {
  return JSON.parse(document.getElementById('rechtenverkenner-data')!.textContent!) as ExplorerData;
}

export default function RightsExplorer() {
  const data = useMemo(readData, []);
  const explorer = useExplorer(data);
  const { view } = explorer;
  const root = useRef<HTMLDivElement>(null);
  const viewKey = view.kind === 'screen' ? `screen-${view.index}` : view.kind;

  // Each new step starts at its heading, for keyboard and screen reader users alike.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (view.kind === 'intro') return;
    }
    root.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [viewKey, view.kind]);

  // Printed results show every explanation, also the folded ones.
  useEffect(() => {
    const open = () => root.current?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  return (
    <div ref={root} className="rights-explorer">
      {explorer.notice && (
        <p className="notice quiet no-print" role="status">
          {explorer.notice}
        </p>
      )}
      {view.kind === 'intro' && <Intro onStart={() => explorer.setView({ kind: 'screen', index: 0 })} />}
      {view.kind === 'screen' && <QuestionScreen data={data} explorer={explorer} index={Math.min(view.index, explorer.screens.length - 1)} back={view.back} />}
      {view.kind === 'review' && <Review data={data} explorer={explorer} />}
      {view.kind === 'results' && <Results data={data} explorer={explorer} />}
    </div>
  );
}
