import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isFormOf,
  mergePartial,
  normalize,
  planQuery,
  queryWords,
  rankedBySiteWords,
  runPlan,
  Vocabulary,
  withNamedPages,
} from '@/lib/search-query';

/** A small index: words the most widespread first, with their page counts. */
const vocabulary = new Vocabulary({
  words: [
    'förbundet',
    'gör',
    'källa',
    'kallas',
    'Köping',
    'samordningsförbundet',
    'samordningsförbund',
    'Arbetsförmedlingen',
    'medlem',
    'samråd',
    'länsmedlemssamrådet',
    'Skinnskatteberg',
    'skinskattebergs',
    'ekonomi',
    'kostnad',
    'jobb',
    '2024',
    'finsam',
    'sala',
  ],
  pages: [60, 50, 40, 30, 36, 40, 30, 50, 20, 10, 5, 12, 1, 8, 6, 3, 30, 15, 20],
  everyday: { jobb: ['arbete', 'arbeta'] },
});

describe('words as Pagefind compares them', () => {
  it('ignores case and diacritics', () => {
    expect(normalize('Köping')).toBe('koping');
    expect(normalize('VÄSTERÅS')).toBe('vasteras');
  });

  it('knows inflected forms, not words that only begin alike', () => {
    expect(isFormOf('arbetet', 'arbete')).toBe(true);
    expect(isFormOf('kommunernas', 'kommun')).toBe(true);
    expect(isFormOf('lagom', 'lag')).toBe(false);
  });

  it('counts letters changed, added, left out or swapped, and stops past the limit', () => {
    expect(editDistance('ekonmi', 'ekonomi', 2)).toBe(1);
    expect(editDistance('foksu', 'fokus', 2)).toBe(1);
    expect(editDistance('kalle', 'kalla', 2)).toBe(1);
    expect(editDistance('xyzzy', 'ekonomi', 2)).toBe(3);
  });

  it('keeps figures, names with # and words with hyphens whole', () => {
    expect(queryWords(' "2003:1210",  #KlarFramtid 7-20? ')).toEqual(['2003:1210', '#KlarFramtid', '7-20']);
  });
});

describe('the vocabulary', () => {
  it('knows a word the site uses: as written, inflected, typed in part, without diacritics', () => {
    for (const word of ['förbundet', 'förbund', 'förbundets', 'samordningsförbunden', 'kopings', 'KÖPING', 'kall']) {
      expect(vocabulary.has(word), word).toBe(true);
    }
  });

  it('does not take a word for another that it only begins like', () => {
    for (const word of ['kalle', 'nykomlingen', 'förbundsstämma', 'kalas']) expect(vocabulary.has(word), word).toBe(false);
  });

  it('offers the closest word the site uses, sure of it only for long words', () => {
    expect(vocabulary.suggest('samordnigsförbund')).toEqual({ word: 'samordningsförbund', distance: 1, sure: true });
    expect(vocabulary.suggest('ekonmi')).toEqual({ word: 'ekonomi', distance: 1, sure: false });
    expect(vocabulary.suggest('kalle')?.sure).toBe(false);
    expect(vocabulary.suggest('xyzzy')).toBeUndefined();
    expect(vocabulary.suggest('2019')).toBeUndefined();
  });

  it('splits a compound the site uses only inside a longer one, never into short parts', () => {
    expect(vocabulary.split('medlemssamråd')).toEqual(['medlem', 'samråd']);
    expect(vocabulary.split('uppsala')).toBeUndefined();
    expect(vocabulary.split('förbundsstämma')).toBeUndefined();
  });

  it('offers a far more widespread word for a word on very few pages (a slip in a source)', () => {
    expect(vocabulary.moreCommon('skinskatteberg')).toBe('Skinnskatteberg');
    expect(vocabulary.moreCommon('Skinnskatteberg')).toBeUndefined();
  });

  it('gives the pages’ own words for an everyday word no page shows', () => {
    expect(vocabulary.siteWordsFor('Jobb')).toEqual(['arbete', 'arbeta']);
    expect(vocabulary.siteWordsFor('förbundet')).toBeUndefined();
  });
});

describe('planning a query', () => {
  it('leaves function words out when there are other words, and keeps them otherwise', () => {
    expect(planQuery('vad gör förbundet', vocabulary)).toMatchObject({ terms: ['gör', 'förbundet'], ignored: ['vad'], unknown: [] });
    const only = planQuery('vad är det', vocabulary);
    expect(only.ignored).toEqual([]);
  });

  it('searches for nothing when no word is the site’s, and offers the closest', () => {
    expect(planQuery('kalle', vocabulary)).toMatchObject({ terms: [], unknown: ['kalle'], suggestion: 'källa' });
    const nonsense = planQuery('nykomlingen', vocabulary);
    expect(nonsense).toMatchObject({ terms: [], unknown: ['nykomlingen'] });
    expect(nonsense.suggestion).toBeUndefined();
  });

  it('corrects a long misspelt word at once and says so', () => {
    expect(planQuery('samordnigsförbund', vocabulary)).toMatchObject({
      terms: ['samordningsförbund'],
      corrected: [{ from: 'samordnigsförbund', to: 'samordningsförbund' }],
    });
  });

  it('splits a compound, and leaves out a word the site does not use when others remain', () => {
    expect(planQuery('medlemssamråd', vocabulary)).toMatchObject({ terms: ['medlem', 'samråd'], corrected: [{ from: 'medlemssamråd' }] });
    expect(planQuery('Köping fotboll', vocabulary)).toMatchObject({ terms: ['Köping'], unknown: ['fotboll'] });
  });

  it('offers a far more widespread word next to the results of a rare one', () => {
    expect(planQuery('skinskatteberg', vocabulary)).toMatchObject({ terms: ['skinskatteberg'], suggestion: 'Skinnskatteberg' });
  });

  it('notes an everyday word and a query in English', () => {
    expect(planQuery('jobb', vocabulary).everyday).toEqual({ word: 'jobb', siteWords: ['arbete', 'arbeta'] });
    expect(planQuery('what is finsam', vocabulary)).toMatchObject({ terms: ['finsam'], english: true });
    expect(planQuery('vad är finsam', vocabulary).english).toBe(false);
  });

  it('searches for every word as typed without a vocabulary', () => {
    expect(planQuery('vad är kalle', undefined)).toMatchObject({ terms: ['kalle'], unknown: [] });
  });
});

describe('putting results together', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('shows pages with more of the words first when none has them all', () => {
    const merged = mergePartial([
      [r('a', 1), r('b', 5)],
      [r('a', 1), r('c', 9)],
    ]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('lets a page one word finds by name join the pages with every word, if it scores as well as the third', () => {
    const all = [r('a', 10), r('b', 8), r('c', 6), r('d', 2)];
    const joined = withNamedPages(all, [[r('ekonomi', 12), r('x', 5)], [r('a', 3)]]);
    expect(joined.map((x) => x.id)).toEqual(['ekonomi', 'a', 'b', 'c', 'd']);
  });

  it('ranks the pages an everyday word found by the pages’ own words', () => {
    const found = [r('a', 1), r('b', 1), r('c', 1)];
    expect(rankedBySiteWords(found, [[r('c', 4)], [r('b', 1), r('c', 1)]]).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('runs a plan: named pages, pages in English first', async () => {
    const calls: string[] = [];
    const search = async (query: string, filters: Record<string, string> = {}) => {
      calls.push(`${query}${filters.språk ? ` [${filters.språk}]` : ''}`);
      if (filters.språk === 'en') return [r('english', 1)];
      if (query === 'budget 2024') return [r('tidslinje', 7), r('start', 5)];
      if (query === 'budget') return [r('ekonomi', 12), r('tidslinje', 3)];
      if (query === '2024') return [r('tidslinje', 2), r('start', 2)];
      return [r('english', 1), r('ordlista', 9)];
    };
    const budget = await runPlan(planQuery('budget 2024'), search);
    expect(budget.results.map((x) => x.id)).toEqual(['ekonomi', 'tidslinje', 'start']);
    const english = await runPlan(planQuery('what is finsam', vocabulary), search);
    expect(english.results.map((x) => x.id)).toEqual(['english', 'ordlista']);
    expect(calls).toContain('finsam [en]');
    expect((await runPlan(planQuery('kalle', vocabulary), search)).results).toEqual([]);
  });
});
