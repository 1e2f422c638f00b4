/** Citations checked against the sources' texts (src/lib/source-texts.ts). */
import { describe, expect, it } from 'vitest';
import { passageAsWritten } from '@/lib/passages';
import { citationPassageProblems, locatePassage, passageIndex, passagePath, sourceTextProblems } from '@/lib/source-texts';
import type { ContentEntry } from '@/lib/integrity';
import type { SourceTextData } from '@/schemas/kalltexter';

const text = (delar: SourceTextData['delar'], extra: Partial<SourceTextData> = {}): SourceTextData => ({
  typ: 'utdrag',
  original: [],
  om: 'Utdrag.',
  delar,
  rattelser: [],
  utelamnat: [],
  ...extra,
});
const index = passageIndex([
  { id: 'lagen', data: text([{ id: 'fordelning', text: 'Försäkringskassan ska bidra med hälften av medlen.' }]) },
  { id: 'sidan', data: text([{ id: 'alder', text: 'Samverkan avser personer i åldern 16-67 år.' }]) },
]);
const mdx = (body: string): ContentEntry => ({
  collection: 'kommuner',
  id: 'koping',
  filePath: 'content/kommuner/koping.mdx',
  data: {},
  body,
  raw: `---\nname: Köping\n---\n\n${body}\n`,
});

describe('citations with a passage', () => {
  it('accept a passage that is in their source, whatever its quote marks and line breaks', () => {
    const entry = mdx('Staten står för hälften.<Kalla id="lagen" citat="bidra med\n hälften av medlen" />');
    expect(citationPassageProblems([entry], index)).toEqual([]);
  });

  it('reject a passage that is not in the source, with file, line and the quote', () => {
    const entry = mdx('Första raden.\n\nStaten betalar allt.<Kalla id="lagen" citat="staten betalar allt" />');
    const [problem, ...rest] = citationPassageProblems([entry], index);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/kommuner/koping.mdx', field: '<Kalla id="lagen">', lines: [7] });
    expect(problem?.message).toMatch(/^citatet ”staten betalar allt” finns inte i källan "lagen"\. Skriv citatet ordagrant/);
  });

  it('name the source a passage comes from when it is cited with another', () => {
    const [problem] = citationPassageProblems([mdx('Åldern.<Kalla id="lagen" citat="i åldern 16-67 år" />')], index);
    expect(problem?.message).toMatch(/Citatet står i källan "sidan": byt id till den källan\./);
  });

  it('reject an empty passage and a passage from a source without a text', () => {
    const problems = citationPassageProblems([mdx('A.<Kalla id="lagen" citat="" /> B.<Kalla id="okand" citat="något" />')], index);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^citat="" är tomt/),
      expect.stringMatching(/källan "okand" har ingen text i content\/kalltexter\//),
    ]);
  });

  it('reject a citation without a passage', () => {
    const [problem] = citationPassageProblems([mdx('A.<Kalla id="lagen" />')], index);
    expect(problem?.message).toMatch(
      /^har inget citat\. Skriv de ord i källan som meningen bygger på, ordagrant: <Kalla id="lagen" citat="…" \/>/,
    );
  });

  it('reject a passage longer than a sentence or two', () => {
    const long = 'Försäkringskassan ska bidra med hälften av medlen. '.repeat(7);
    const [problem] = citationPassageProblems([mdx(`A.<Kalla id="lagen" citat="${long}" />`)], index);
    expect(problem?.message).toMatch(/tecken\. Ett citat är en sats eller en mening, högst 300 tecken/);
  });

  it('link to the part and highlight the words as the page writes them', () => {
    const written = passageIndex([{ id: 'x', data: text([{ id: 'citat', text: 'De vill ”spetsa sin kompetens” nu.' }]) }]);
    const at = locatePassage(written, 'x', '"spetsa sin\nkompetens"');
    expect(at).toEqual({ sourceId: 'x', blockId: 'citat', asWritten: '”spetsa sin kompetens”' });
    expect(at && passagePath(at)).toBe('/kallor/x/#text-citat:~:text=spetsa%20sin%20kompetens');
    expect(passageAsWritten('sin kompetens', 'spetsa sin\u00ADkom\u00ADpetens')).toBeUndefined();
    expect(passageAsWritten('sin kompetens', 'spetsa sin kom\u00ADpetens')).toBe('sin kom\u00ADpetens');
  });

  it('link a passage across the cells of one table row to that row, and one across rows to the table', () => {
    const table = passageIndex([
      {
        id: 'scb',
        data: text([
          {
            id: 'koder',
            tabell: [
              ['Kod', 'Kommun'],
              ['1984', 'Arboga'],
              ['1983', 'Köping'],
            ],
          },
        ]),
      },
    ]);
    const row = locatePassage(table, 'scb', '1983 Köping');
    expect(row).toEqual({ sourceId: 'scb', blockId: 'koder', row: 2 });
    expect(row && passagePath(row)).toBe('/kallor/scb/#text-koder-rad-2');
    const across = locatePassage(table, 'scb', 'Arboga 1983');
    expect(across).toEqual({ sourceId: 'scb', blockId: 'koder' });
    expect(across && passagePath(across)).toBe('/kallor/scb/#text-koder');
    // Words within one cell are highlighted as a text fragment, as anywhere else.
    expect(locatePassage(table, 'scb', 'Köping')).toEqual({ sourceId: 'scb', blockId: 'koder', asWritten: 'Köping' });
  });
});

describe('source texts', () => {
  it('belong to a source, and a whole text needs its original files', () => {
    const problems = sourceTextProblems(
      [
        { id: 'borttagen', data: text([{ id: 'a', text: 'Text.' }]) },
        { id: 'lagen', data: text([{ id: 'a', text: 'Text.' }], { typ: 'helt', original: ['000_0000000000000000.txt'] }) },
      ],
      new Set(['lagen']),
      () => undefined,
    );
    expect(problems.map((p) => `${p.file}: ${p.field} ${p.message}`)).toEqual([
      expect.stringMatching(/borttagen\.yaml: +hör inte till någon källa: content\/kallor\/borttagen\.mdx finns inte/),
      expect.stringMatching(/lagen\.yaml: original filen content\/kalltexter\/original\/000_0000000000000000\.txt finns inte/),
    ]);
  });

  it('stop when a whole text differs from its original', () => {
    const problems = sourceTextProblems(
      [{ id: 'lagen', data: text([{ id: 'a', text: 'Förbundet bildas 2024.' }], { typ: 'helt', original: ['000_0000000000000000.txt'] }) }],
      new Set(['lagen']),
      () => 'Förbundet bildades 2024.',
    );
    expect(problems[0]?.message).toMatch(/^stämmer inte med originalet: Delen ”a” finns inte ordagrant i originalet/);
  });
});
