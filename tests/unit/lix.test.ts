import { describe, expect, it } from 'vitest';
import { lix, sentenceCount, words } from '@/lib/lix';

describe('LIX', () => {
  it('counts words, including Swedish letters and hyphenated words', () => {
    expect(words('Förbundet finns i Västerås och 16–64-åringar.')).toEqual([
      'Förbundet',
      'finns',
      'i',
      'Västerås',
      'och',
      '16',
      '64-åringar',
    ]);
  });

  it('ends sentences at . ! ? : and at line breaks', () => {
    expect(sentenceCount('Ett. Två! Tre? Fyra: fem\nSex')).toBe(6);
    expect(sentenceCount('Kl. 7.30 går vi.')).toBe(2);
  });

  it('computes words per sentence plus percent long words', () => {
    // 8 words, 2 sentences, 2 long words (samordning, förbundet): 4 + 25 = 29
    const result = lix('Vi har en samordning. Den heter förbundet nu.');
    expect(result).toEqual({ lix: 29, words: 8, sentences: 2, longWords: 2 });
  });

  it('is zero for empty text', () => {
    expect(lix('').lix).toBe(0);
  });
});
