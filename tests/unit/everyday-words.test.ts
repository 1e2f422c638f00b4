import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { everydayWordFinder, parseEverydayWords, readEverydayWords } from '@/lib/everyday-words';

const file = 'content/sok/vardagsord.yaml';

describe('everyday words', () => {
  const find = everydayWordFinder({
    arbete: ['jobb', 'jobba'],
    lag: ['lagen om'],
    'region västmanland': ['landstinget'],
    rehabilitering: ['rehab'],
  });

  it('finds the word, its inflected forms and the word as a part of a compound', () => {
    expect(find('Arbetet börjar.')).toEqual(['jobb', 'jobba']);
    expect(find('Ett stöd på arbetsmarknaden.', ['arbete', 'marknad'])).toEqual(['jobb', 'jobba']);
    expect(find('Rehabiliteringen gäller alla.')).toEqual(['rehab']);
  });

  it('does not take a word that only begins like a listed one', () => {
    expect(find('Det är lagom mycket.')).toEqual([]);
    expect(find('Arbetsförmedlingen finns.')).toEqual([]);
  });

  it('finds a phrase only with its words in order, the last one inflected', () => {
    expect(find('Hela Region Västmanlands roll.')).toEqual(['landstinget']);
    expect(find('Regionen i Västmanland.')).toEqual([]);
  });

  it('reads the site’s own list', () => {
    const list = readEverydayWords(readFileSync(file, 'utf8'), file);
    expect(list.arbete).toContain('jobb');
    expect(Object.keys(list).length).toBeGreaterThan(10);
  });
});

describe('the editors’ list is checked, in Swedish, with the file and the word', () => {
  it('wants a list of words after each word', () => {
    expect(() => parseEverydayWords({ arbete: 'jobb' }, file)).toThrow(
      'content/sok/vardagsord.yaml: "arbete" ska följas av vardagsorden inom hakparentes, till exempel "arbete: [jobb, jobba]".',
    );
    expect(() => parseEverydayWords({ arbete: [] }, file)).toThrow(/"arbete" ska följas av vardagsorden/);
    expect(() => parseEverydayWords({ arbete: ['jobb', ''] }, file)).toThrow(/"arbete" ska följas av vardagsorden/);
    expect(() => parseEverydayWords(['arbete'], file)).toThrow(/vardagsord\.yaml: filen ska lista ord från sidorna/);
  });

  it('wants small letters, and nothing but letters, digits, spaces and hyphens', () => {
    expect(() => parseEverydayWords({ Arbete: ['jobb'] }, file)).toThrow('content/sok/vardagsord.yaml: skriv "Arbete" med små bokstäver.');
    expect(() => parseEverydayWords({ arbete: ['Jobb'] }, file)).toThrow('skriv vardagsordet "Jobb" (vid "arbete") med små bokstäver.');
    expect(() => parseEverydayWords({ 'arbete!': ['jobb'] }, file)).toThrow(/"arbete!" får bara innehålla bokstäver, siffror/);
    expect(() => parseEverydayWords({ arbete: ['jobb?'] }, file)).toThrow(/vardagsordet "jobb\?" \(vid "arbete"\) får bara innehålla/);
  });

  it('stops a word listed as its own everyday word, and a word written twice', () => {
    expect(() => parseEverydayWords({ arbete: ['arbete'] }, file)).toThrow(/"arbete" står som vardagsord för sig självt/);
    expect(() => readEverydayWords('arbete: [jobb]\narbete: [knega]\n', file)).toThrow(
      /vardagsord\.yaml, rad 2: fältet arbete står två gånger/,
    );
  });

  it('accepts an empty file', () => {
    expect(readEverydayWords('# Inga ord ännu.\n', file)).toEqual({});
  });
});
