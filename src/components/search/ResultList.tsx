import { translator, type Locale } from '../../lib/i18n';
import { resultKindId, resultKindStrings, searchStrings, type ResultKindId } from '../../lib/i18n/ui/places';
import { ICON_PATHS } from '../../lib/icons';
import type { PagefindResultData } from './pagefind';

const ICON_FOR_KIND: Partial<Record<ResultKindId, string>> = {
  organisation: 'pin',
  serviceType: 'service',
  need: 'question',
  right: 'right',
  domain: 'people',
  crisis: 'alert',
};

function KindIcon({ kind }: { kind?: ResultKindId }) {
  const d = ICON_PATHS[(kind && ICON_FOR_KIND[kind]) ?? 'question'];
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

/** The badge's class comes from the Dutch kind in every language (the stylesheet knows those). */
const kindClass = (kind: string, id?: ResultKindId) => `kind-${(id ? resultKindStrings.nl[id] : kind).toLowerCase().replace(/\s+/g, '-')}`;

/** One result per card: a type badge with icon, title, place, formality, last checked, excerpt. */
export function ResultList({ results, locale = 'nl' }: { results: PagefindResultData[]; locale?: Locale }) {
  const t = translator(searchStrings, locale);
  const page = translator(resultKindStrings, locale)('page');
  return (
    <ol className="cards results">
      {results.map((r) => {
        const kind = r.meta.soort ?? page;
        const id = resultKindId(kind);
        return (
          <li key={r.url} className="card">
            <p className="result-kind">
              <span className={`badge kind ${kindClass(kind, id)}`}>
                <KindIcon kind={id} /> {kind}
              </span>
            </p>
            <h3>
              <a href={r.url}>{r.meta.title}</a>
            </h3>
            <p className="meta">{[r.meta.dienst, r.meta.plaats, r.meta.formaliteit].filter(Boolean).join(' · ')}</p>
            <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            {r.meta.gecontroleerd && <p className="meta">{t('checked', { date: r.meta.gecontroleerd })}</p>}
          </li>
        );
      })}
    </ol>
  );
}
