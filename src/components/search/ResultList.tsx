import { ICON_PATHS } from '../../lib/icons';
import type { PagefindResultData } from './pagefind';

const ICON_FOR_KIND: Record<string, string> = {
  Organisatie: 'pin',
  'Soort dienst': 'service',
  Vraag: 'question',
  Recht: 'right',
  Levensdomein: 'people',
  Dringend: 'alert',
};

function KindIcon({ kind }: { kind: string }) {
  const d = ICON_PATHS[ICON_FOR_KIND[kind] ?? 'question'];
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

/** One result per card: a type badge with icon, title, place, formality, last checked, excerpt. */
export function ResultList({ results }: { results: PagefindResultData[] }) {
  return (
    <ol className="cards results">
      {results.map((r) => {
        const kind = r.meta.soort ?? 'Pagina';
        return (
          <li key={r.url} className="card">
            <p className="result-kind">
              <span className={`badge kind kind-${kind.toLowerCase().replace(/\s+/g, '-')}`}>
                <KindIcon kind={kind} /> {kind}
              </span>
            </p>
            <h3>
              <a href={r.url}>{r.meta.title}</a>
            </h3>
            <p className="meta">
              {[r.meta.dienst, r.meta.plaats, r.meta.formaliteit].filter(Boolean).join(' · ')}
            </p>
            <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            {r.meta.gecontroleerd && <p className="meta">Laatst gecontroleerd op {r.meta.gecontroleerd}</p>}
          </li>
        );
      })}
    </ol>
  );
}
