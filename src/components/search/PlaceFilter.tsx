import { useEffect, useState } from 'react';
import { translator, type Locale } from '../../lib/i18n';
import { searchStrings } from '../../lib/i18n/ui/places';
import { placeName, type Place } from './pagefind';

interface Props {
  places: Place[];
  value?: string;
  onChange: (place: string | undefined) => void;
  /** The page's language; Dutch when left out. */
  locale?: Locale;
}

/** Narrow to one municipality: organisations that work there, plus general pages. */
export function PlaceFilter({ places, value, onChange, locale = 'nl' }: Props) {
  const t = translator(searchStrings, locale);
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <fieldset className="place-filter">
      <legend>{t('municipality')}</legend>
      <label htmlFor="filter-gemeente" className="visually-hidden">
        {t('municipalityLabel')}
      </label>
      <div className="search-row">
        <input
          id="filter-gemeente"
          list="filter-gemeenten"
          value={text}
          autoComplete="off"
          placeholder={t('municipalityPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onChange(text.trim() || undefined);
            }
          }}
        />
        <button type="button" className="secondary small" onClick={() => onChange(text.trim() || undefined)}>
          {t('choose')}
        </button>
      </div>
      <datalist id="filter-gemeenten">
        {places.map((p) => (
          <option key={p.nis} value={placeName(p, locale)} />
        ))}
      </datalist>
      {value && (
        <button type="button" className="secondary small" onClick={() => onChange(undefined)}>
          {t('allMunicipalities')}
        </button>
      )}
    </fieldset>
  );
}
