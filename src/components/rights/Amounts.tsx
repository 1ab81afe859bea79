/** Amounts always with their date (the right's own page names the source); an old amount says so. */
import { formatDate } from '../../lib/labels';
import type { AmountView } from '../../lib/rights/types';

const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

export function Amounts({ amounts }: { amounts: (AmountView & { expired: boolean })[] }) {
  if (amounts.length === 0) return null;
  return (
    <>
      <p className="reason-title">Bedrag:</p>
      <ul className="amounts">
        {amounts.map((a) => (
          <li key={a.label}>
            {a.label}: {a.value !== undefined && euro.format(a.value)}
            {a.text && <> {a.text}</>}
            {a.per && <> per {a.per}</>}
            <span className="meta">
              {' '}
              (geldig vanaf {day(a.validFrom)}
              {a.validUntil && <> tot {day(a.validUntil)}</>})
            </span>
            {a.expired && <strong> Bedrag niet meer actueel.</strong>}
          </li>
        ))}
      </ul>
    </>
  );
}
