import { describe, expect, it } from 'vitest';
import { pagefindFilters } from '../../../src/lib/search/pagefind-filters';
import { paramsFromState, stateFromParams, toggleFilter } from '../../../src/lib/search/url-state';

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const state = { query: 'eten gent', filters: { formaliteit: ['Informeel', 'Semi-formeel'], kenmerk: ['Gratis'] } };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=eten+gent&formaliteit=Informeel&formaliteit=Semi-formeel&kenmerk=Gratis');
    expect(stateFromParams(params)).toEqual(state);
  });
  it('ignores unknown keys, empty values and duplicates from odd URLs', () => {
    expect(stateFromParams(new URLSearchParams('q=&foo=bar&domein=&domein=Wonen&domein=Wonen'))).toEqual({ query: '', filters: { domein: ['Wonen'] } });
  });
  it('toggles a filter value on and off', () => {
    const on = toggleFilter({ query: '', filters: {} }, 'kenmerk', 'Gratis');
    expect(on.filters).toEqual({ kenmerk: ['Gratis'] });
    expect(toggleFilter(on, 'kenmerk', 'Gratis').filters).toEqual({});
  });
});

describe('pagefindFilters', () => {
  it('ORs values within a filter and ANDs filters', () => {
    expect(pagefindFilters({ query: '', filters: { formaliteit: ['Informeel', 'Semi-formeel'], kenmerk: ['Gratis'] } })).toEqual({
      formaliteit: { any: ['Informeel', 'Semi-formeel'] },
      kenmerk: { any: ['Gratis'] },
    });
  });
  it('narrows organisations to a place but keeps region-wide services and general pages', () => {
    const filters = pagefindFilters({ query: 'cpas', filters: {} }, [{ name: 'Schaarbeek', region: 'brussel', province: 'brussel' }]);
    expect(filters).toEqual({
      any: [{ 'gemeente-brussel': 'Schaarbeek' }, { werkgebied: 'Heel Brussel' }, { werkgebied: 'Overal' }],
    });
    const gent = pagefindFilters({ query: '', filters: {} }, [{ name: 'Gent', region: 'vlaanderen', province: 'oost-vlaanderen' }]);
    expect(gent.any).toEqual(expect.arrayContaining([{ 'gemeente-oost-vlaanderen': 'Gent' }, { werkgebied: 'Heel Vlaanderen' }, { werkgebied: 'Provincie Oost-Vlaanderen' }]));
  });
});

describe('municipality in the URL', () => {
  it('round-trips a chosen municipality apart from the query', () => {
    const state = { query: 'eten', filters: { formaliteit: ['Informeel'] }, place: 'Gent' };
    expect(paramsFromState(state).toString()).toBe('q=eten&gemeente=Gent&formaliteit=Informeel');
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
    expect(stateFromParams(new URLSearchParams('gemeente=%20%20'))).toEqual({ query: '', filters: {} });
  });
});
