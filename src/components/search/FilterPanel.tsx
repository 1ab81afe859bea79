import { localeInfo, translator, type Locale } from '../../lib/i18n';
import { searchStrings } from '../../lib/i18n/ui/places';
import type { FilterKey, SearchState } from '../../lib/search/url-state';

interface Props {
  keys: readonly FilterKey[];
  all: Record<string, Record<string, number>>;
  remaining: Record<string, Record<string, number>>;
  state: SearchState;
  onToggle: (key: FilterKey, value: string) => void;
  /** The page's language; Dutch when left out. */
  locale?: Locale;
  /** How to show a value, when the values themselves are in another language (the map's are Dutch). */
  labelOf?: (value: string) => string;
}

/** Checkbox groups with counts; values without results stay visible but greyed and disabled. */
export function FilterPanel({ keys, all, remaining, state, onToggle, locale = 'nl', labelOf = (v) => v }: Props) {
  const t = translator(searchStrings, locale);
  const tag = localeInfo[locale].tag;
  return (
    <div className="filters">
      {keys.map((key) => {
        const values = Object.keys(all[key] ?? {}).sort((a, b) => labelOf(a).localeCompare(labelOf(b), tag));
        if (values.length === 0) return null;
        return (
          <fieldset key={key}>
            <legend>{t(`filter.${key}`)}</legend>
            {values.map((value) => {
              const checked = state.filters[key]?.includes(value) ?? false;
              const count = remaining[key]?.[value] ?? 0;
              const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9-]/g, '_');
              return (
                <div key={value} className={count === 0 && !checked ? 'filter-option empty' : 'filter-option'}>
                  <input type="checkbox" id={id} checked={checked} disabled={count === 0 && !checked} onChange={() => onToggle(key, value)} />
                  <label htmlFor={id}>
                    {labelOf(value)} <span className="count">({count})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
