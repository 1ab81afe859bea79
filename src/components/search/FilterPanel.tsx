import type { FilterKey, SearchState } from '../../lib/search/url-state';

const LABELS: Record<FilterKey, string> = {
  soort: 'Wat zoek je?',
  domein: 'Levensdomein',
  regio: 'Regio',
  formaliteit: 'Formeel of informeel',
  kenmerk: 'Kenmerken',
  doelgroep: 'Voor wie?',
  taal: 'Talen',
};

interface Props {
  keys: readonly FilterKey[];
  all: Record<string, Record<string, number>>;
  remaining: Record<string, Record<string, number>>;
  state: SearchState;
  onToggle: (key: FilterKey, value: string) => void;
}

/** Checkbox groups with counts; values without results stay visible but greyed and disabled. */
export function FilterPanel({ keys, all, remaining, state, onToggle }: Props) {
  return (
    <div className="filters">
      {keys.map((key) => {
        const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
        if (values.length === 0) return null;
        return (
          <fieldset key={key}>
            <legend>{LABELS[key]}</legend>
            {values.map((value) => {
              const checked = state.filters[key]?.includes(value) ?? false;
              const count = remaining[key]?.[value] ?? 0;
              const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9-]/g, '_');
              return (
                <div key={value} className={count === 0 && !checked ? 'filter-option empty' : 'filter-option'}>
                  <input type="checkbox" id={id} checked={checked} disabled={count === 0 && !checked} onChange={() => onToggle(key, value)} />
                  <label htmlFor={id}>
                    {value} <span className="count">({count})</span>
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
