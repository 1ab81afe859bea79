import type { NearbyItem } from '../../lib/explorer';
import { pageLanguage } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/locales';
import { translator, type Translate } from '../../lib/i18n/strings';
import { cardLabels, nearbyStrings } from '../../lib/i18n/ui/explorer';
import { hoursOn } from '../../lib/opening-hours';

type NearbyKey = keyof (typeof nearbyStrings)['nl'];

function today(item: NearbyItem, t: Translate<NearbyKey>): string {
  const day = hoursOn({ regular: item.hours, exceptions: [] }, new Date());
  if (day.status === 'unknown') return t('hoursUnknown');
  if (day.status === 'closed') return t('closedToday');
  return day.blocks.map((b) => `${b.opens}–${b.closes}${b.note ? ` (${b.note})` : ''}`).join(', ');
}

interface Props {
  item: NearbyItem;
  needId: string;
  locale?: Locale;
  /** The kind of service in the page's language, when it has a translation. */
  typeName?: string;
}

/** One organisation in the explorer's "in de buurt" list. Its texts come in Dutch: marked as such on other pages. */
export function NearbyCard({ item: o, needId, locale = 'nl', typeName }: Props) {
  const t = translator(nearbyStrings, locale);
  const labels = cardLabels(locale);
  const lang = pageLanguage(locale);
  const rtl = lang.dir === 'rtl';
  /** Organisation texts are Dutch: marked as such on other pages. */
  const inDutch = (text: string) => (locale === 'nl' ? text : <span lang="nl-BE">{text}</span>);
  /** Keeps numbers in their order inside right-to-left text: "09:00–12:00", "Kerkstraat 1, 9000 Gent". */
  const isolate = (text: string) => (rtl ? <bdi>{text}</bdi> : text);
  return (
    <li className="card result-org">
      <h4>
        <a href={lang.href(`/organisatie/${o.id}/`)}>{o.name}</a>
      </h4>
      <p className="meta">
        {typeName ?? inDutch(o.typeName)} · {isolate(o.address || o.place || t('phoneOrOnline'))}
        {o.distanceKm !== null && o.distanceKm > 0.5 && ` · ${labels.formatKm(o.distanceKm)}`}
      </p>
      <ul className="badges">
        <li className={`badge ${o.formality}`}>{labels.formality[o.formality]}</li>
        {o.flags.map((f) => (
          <li key={f} className="badge flag">
            {labels.flag[f]}
          </li>
        ))}
      </ul>
      <p lang={locale === 'nl' ? undefined : 'nl-BE'}>{o.summary}</p>
      {o.complements && (
        <p className="meta">
          <strong>{t('complements')}</strong> {inDutch(o.complements)}
        </p>
      )}
      {o.caution && (
        <p className="meta">
          <strong>{t('caution')}</strong> {inDutch(o.caution)}
        </p>
      )}
      <dl className="facts compact">
        {o.phone && (
          <>
            <dt>{t('phone')}</dt>
            <dd>
              <a href={`tel:${o.phone.replace(/[^0-9+]/g, '')}`} dir={rtl ? 'ltr' : undefined}>{o.phone}</a>
            </dd>
          </>
        )}
        <dt>{t('openToday')}</dt>
        <dd>{isolate(today(o, t))}</dd>
        {o.access.length > 0 && (
          <>
            <dt>{t('access')}</dt>
            <dd>{o.access.map((a) => labels.access[a]).join(', ')}</dd>
          </>
        )}
        {o.languages.length > 0 && (
          <>
            <dt>{t('languages')}</dt>
            <dd>{o.languages.map((l) => labels.language(l)).join(', ')}</dd>
          </>
        )}
      </dl>
      {o.incomplete && <p className="meta">{t('incomplete')}</p>}
      <p className="no-print">
        <a href={`${lang.href(`/verwijskaart/${o.id}/`)}?vraag=${needId}`}>{t('referralCard')}</a>
      </p>
    </li>
  );
}
