import { describe, expect, it } from 'vitest';
import {
  factHedgeProblems,
  factMarkers,
  factMarkersByFact,
  factRefs,
  kommunkodProblem,
  kommunkodProblems,
  sourceTables,
} from '@/lib/fact-citations';
import type { ContentEntry } from '@/lib/integrity';

const cite = (id: string, ...citat: string[]) => ({ source: { id }, citat });
const tables = sourceTables([
  {
    id: 'koder',
    data: {
      delar: [
        {
          tabell: [
            ['Kommunkod', 'Kommun'],
            ['1983', 'Köping'],
            ['1984', 'Arboga'],
          ],
        },
      ],
    },
  },
  { id: 'text', data: { delar: [{}] } },
]);

describe('the kommunkod in a fact box is the one its cited table row gives', () => {
  const koping = { name: 'Köping', kommunkod: '1983' };

  it('accepts a passage that quotes the row, or the rows around it', () => {
    expect(kommunkodProblem(koping, [cite('koder', '1983 Köping')], tables)).toBeUndefined();
    expect(kommunkodProblem(koping, [cite('koder', '1983 Köping 1984 Arboga')], tables)).toBeUndefined();
  });

  it('refuses a code the table gives another municipality, and says which code it gives', () => {
    expect(kommunkodProblem({ name: 'Köping', kommunkod: '1984' }, [cite('koder', '1984 Arboga')], tables)).toBe(
      'citerar källan "koder", vars tabell ger Köping kommunkoden 1983, men kommunkod är "1984". Rätta kommunkod eller citatet.',
    );
  });

  it('refuses a passage that does not pair the code with the name', () => {
    // The cells in the wrong order, and half of a code, prove nothing.
    for (const passage of ['Köping 1984', '983 Köping', 'Köping']) {
      expect(kommunkodProblem(koping, [cite('koder', passage)], tables)).toBe(
        'visar inte att kommunkoden 1983 hör till Köping. Citera raden i källans tabell med kod och namn, t.ex. citat: ["1983 Köping"].',
      );
    }
    // A source without the row in a table.
    expect(kommunkodProblem(koping, [cite('text', '1983 Köping')], tables)).toMatch(/^visar inte att kommunkoden 1983/);
    expect(kommunkodProblem(koping, undefined, tables)).toMatch(/^visar inte att kommunkoden 1983/);
  });

  it('reports the file and the field, with the line of the citation', () => {
    const raw =
      '---\nname: Köping\nkommunkod: "1984"\nfaktakallor:\n  kommunkod:\n    - source: koder\n      citat:\n        - "1984 Arboga"\n---\n';
    const entry: ContentEntry = {
      collection: 'kommuner',
      id: 'koping',
      filePath: 'content/kommuner/koping.mdx',
      raw,
      data: { name: 'Köping', kommunkod: '1984', faktakallor: { kommunkod: [cite('koder', '1984 Arboga')] } },
    };
    expect(kommunkodProblems([entry, { ...entry, collection: 'forbund' }], tables)).toEqual([
      expect.objectContaining({ file: 'content/kommuner/koping.mdx', field: 'faktakallor.kommunkod', lines: [6] }),
    ]);
  });
});

describe('a fact box does not state a plan as done', () => {
  const entry = (faktakallor: unknown): ContentEntry => ({
    collection: 'tidslinje',
    id: 'e',
    filePath: 'content/tidslinje/e.mdx',
    data: { faktakallor },
  });

  it('refuses a fact that rests only on passages that plan, unless the page says it is a plan', () => {
    const planned = entry({ date: [cite('s', 'Uppföljningen bör göras från och med 2026.')] });
    expect(factHedgeProblems([planned], () => false)).toEqual([
      expect.objectContaining({
        file: 'content/tidslinje/e.mdx',
        field: 'faktakallor.date',
        message: expect.stringMatching(/^citerar bara ”Uppföljningen bör göras från och med 2026\.”, som är ett förslag/),
      }),
    ]);
    expect(factHedgeProblems([planned], () => true)).toEqual([]);
  });

  it('accepts a fact with one passage that does not plan', () => {
    const confirmed = entry({ date: [cite('s', 'Förbundet ska starta 2024.'), cite('t', 'Förbundet startade 2024.')] });
    expect(factHedgeProblems([confirmed], () => false)).toEqual([]);
  });
});

describe('the markers and sources of a fact box', () => {
  const facts = { kommunkod: [cite('koder', '1983 Köping')], earlierForbund: [cite('a', 'x', 'y'), cite('b', 'x'), cite('a', 'x')] };

  it('gives one marker per source and passage, in the order written', () => {
    expect(factMarkers(facts.earlierForbund)).toEqual([
      { id: 'a', passage: 'x' },
      { id: 'a', passage: 'y' },
      { id: 'b', passage: 'x' },
    ]);
    expect(factMarkersByFact(facts).kommunkod).toEqual([{ id: 'koder', passage: '1983 Köping' }]);
    expect(factMarkersByFact(undefined)).toEqual({});
  });

  it('gives the sources with their passages, for the list "Källor", optionally for some facts only', () => {
    expect(factRefs(facts, ['kommunkod'])).toEqual([{ id: 'koder', passages: ['1983 Köping'] }]);
    expect(factRefs(facts).map((r) => r.id)).toEqual(['koder', 'a', 'b', 'a']);
  });
});
