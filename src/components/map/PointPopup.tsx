import { pageLanguage, translator, type Locale } from '../../lib/i18n';
import { mapStrings } from '../../lib/i18n/ui/places';
import { formalityLabel } from '../../lib/labels';
import { hoursOn } from '../../lib/opening-hours';
import { pointHref, type MapPoint } from '../../lib/map/points';

function todayText(p: MapPoint, t: ReturnType<typeof translator<keyof typeof mapStrings.nl>>): string {
  const today = hoursOn({ regular: p.hours, exceptions: [] }, new Date());
  if (today.status === 'unknown') return t('hoursUnknown');
  if (today.status === 'closed') return t('closedToday');
  return t('openToday', { hours: today.blocks.map((b) => `${b.opens}–${b.closes}`).join(', ') });
}

interface Props {
  point: MapPoint;
  /** The page's language; Dutch when left out. */
  locale?: Locale;
  /** Dutch text of the point file → the page's language. */
  translations?: Record<string, string>;
}

/** Name, type, formality, address (or why there is none), hours today, link to the page. */
export function PointPopup({ point: p, locale = 'nl', translations = {} }: Props) {
  const t = translator(mapStrings, locale);
  const tr = (text: string) => translations[text] ?? text;
  return (
    <div className="popup">
      <p className="popup-title">
        <a href={pageLanguage(locale).href(pointHref(p))}>{tr(p.name)}</a>
      </p>
      <p>
        {tr(p.type)} · {tr(formalityLabel[p.formality])}
      </p>
      <p>{p.address || t('noAddress', { municipality: tr(p.municipality) })}</p>
      {p.approximate && <p className="meta">{t('approximateAt', { municipality: tr(p.municipality) })}</p>}
      <p>{todayText(p, t)}</p>
    </div>
  );
}
