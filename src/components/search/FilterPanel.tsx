import { localeInfo, translator, type Locale } from '../../lib/i18n';
import { searchStrings } from '../../lib/i18n/ui/places';
import type { FilterKey, SearchState } from '../../lib/search/url-state';

interface Props {
  keys: readonly FilterKey[];
  /** Every value of each filter. */
  values: Partial<Record<FilterKey, string[]>>;
  /** Results per value for the filters whose counts are known; a filter missing here shows no counts. */
  counts: Partial<Record<FilterKey, Record<string, number>>>;
  state: SearchState;
  onToggle: (key: FilterKey, value: string) => void;
  /** When given, each filter is a fold-out: `open` says which are open, `onOpenChange` reports a change. */
  folding?: { open: Set<FilterKey>; onOpenChange: (key: FilterKey, open: boolean) => void };
  /** The page's language; Dutch when left out. */
  locale?: Locale;
  /** How to show a value, when the values themselves are in another language (the map's are Dutch). */
  labelOf?: (value: string) => string;
}

/** Checkbox groups with counts; values without results stay visible but greyed and disabled. */
export function FilterPanel({ keys, values, counts, state, onToggle, folding, locale = 'nl', labelOf = (v) => v }: Props) {
  const t = translator(searchStrings, locale);
  const tag = localeInfo[locale].tag;
  return (
    <div className="filters">
      {keys.map((key) => {
        const options = [...(values[key] ?? [])].sort((a, b) => labelOf(a).localeCompare(labelOf(b), tag));
        if (options.length === 0) return null;
        const known = counts[key];
        const label = t(`filter.${key}`);
        const boxes = options.map((value) => {
          const checked = state.filters[key]?.includes(value) ?? false;
          const count = known?.[value];
          const empty = count === 0 && !checked;
          const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9-]/g, '_');
          return (
            <div key={value} className={empty ? 'filter-option empty' : 'filter-option'}>
              <input type="checkbox" id={id} checked={checked} disabled={empty} onChange={() => onToggle(key, value)} />
              <label htmlFor={id}>
                {labelOf(value)}
                {count !== undefined && <span className="count"> ({count})</span>}
              </label>
            </div>
          );
        });
        if (!folding) {
          return (
            <fieldset key={key}>
              <legend>{label}</legend>
              {boxes}
            </fieldset>
          );
        }
        return (
          <details key={key} className="filter-group" open={folding.open.has(key)} onToggle={(e) => folding.onOpenChange(key, e.currentTarget.open)}>
            <summary>{label}</summary>
            <fieldset>
              <legend className="visually-hidden">{label}</legend>
              {boxes}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
