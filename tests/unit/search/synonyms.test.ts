import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSynonymGroups, synonymsFor } from '../../../src/lib/search/synonyms';
import { projectRoot } from '../../support/catalog';

const groups = (parse(readFileSync(resolve(projectRoot, 'content/synonyms.yaml'), 'utf8')) as { groups: string[][] }).groups;

describe('the synonym list (content/synonyms.yaml)', () => {
  it('is well formed', () => {
    expect(checkSynonymGroups(groups)).toEqual([]);
  });

  it.each([
    ['OCMW Schaarbeek', ['cpas', 'sociaal huis']],
    ['De voedselbank geeft voedselpakketten', ['voedselpakket', 'voedselhulp', 'colis alimentaire']],
    ['Consultatiebureau van Kind en Gezin', ['opgroeien']],
    ['Je ziekenfonds betaalt terug', ['mutualiteit', 'mutuelle']],
    ['Het Groeipakket', ['kinderbijslag']],
    ['Leefloon aanvragen', ['ocmw-uitkering']],
  ])('makes "%s" findable with %j', (text, expected) => {
    expect(synonymsFor(text, groups)).toEqual(expect.arrayContaining(expected));
  });
});

describe('synonymsFor', () => {
  const small = [['ocmw', 'cpas', 'sociaal huis'], ['eten', 'voeding']];
  it('adds only words the text does not contain yet', () => {
    expect(synonymsFor('Het OCMW en de CPAS', small)).toEqual(['sociaal huis']);
  });
  it('matches whole words only', () => {
    expect(synonymsFor('Etenswaren', small)).toEqual([]);
    expect(synonymsFor('eten!', small)).toEqual(['voeding']);
  });
  it('ignores accents and case', () => {
    expect(synonymsFor('Crèche', [['creche', 'kinderopvang']])).toEqual(['kinderopvang']);
  });
});

describe('checkSynonymGroups', () => {
  it('explains what is wrong', () => {
    expect(checkSynonymGroups([['ocmw'], ['Eten', ' voeding'], 'x'])).toEqual([
      'groups[0] needs at least two words',
      'groups[1][0] "Eten" must be lowercase without spaces around it',
      'groups[1][1] " voeding" must be lowercase without spaces around it',
      'groups[2] needs at least two words',
    ]);
    expect(checkSynonymGroups('nope')).toEqual(['groups must be a list of lists']);
  });
});
