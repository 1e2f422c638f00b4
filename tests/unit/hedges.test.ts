/** Hedges kept (src/lib/hedges.ts): a proposal cited as if it had happened is found. */
import { describe, expect, it } from 'vitest';
import { droppedHedges, hedgeProblems, sentenceBefore } from '@/lib/hedges';

const k = (id: string, citat: string) => `<Kalla id="${id}" citat="${citat}" />`;

describe('droppedHedges', () => {
  it('finds a proposal written as done', () => {
    const body = `Intro.\n\nFörbundet bildades den 1 maj 2023.${k('b', 'föreslås att datum för bildande blir 2023-05-01')}`;
    expect(droppedHedges(body)).toEqual([
      {
        sourceId: 'b',
        passage: 'föreslås att datum för bildande blir 2023-05-01',
        sentence: 'Förbundet bildades den 1 maj 2023.',
        line: 3,
      },
    ]);
  });

  it('finds an estimate written as a cost, with å, ä and ö in the words', () => {
    expect(droppedHedges(`Styrelsen kostade 500 000 kronor.${k('b', 'Styrelsen bör kunna hålla sig inom 500 000 kr')}`)).toHaveLength(1);
    expect(droppedHedges(`Det kostade 500 000 kronor.${k('b', 'kostnaderna uppskattas till 500 000 kr')}`)).toHaveLength(1);
  });

  it('accepts the sentence that keeps the hedge, in other words too', () => {
    for (const sentence of [
      'Enligt förslaget skulle förbundet bildas den 1 maj 2023.',
      'Styrelsen beräknades kosta 500 000 kronor.',
      'Det föreslogs att förbundet bildas den 1 maj 2023.',
      'Planen var att bilda förbundet den 1 maj 2023.',
    ])
      expect(droppedHedges(`${sentence}${k('b', 'föreslås att datum för bildande blir 2023-05-01')}`), sentence).toEqual([]);
  });

  it('accepts a hedged passage when another marker on the sentence confirms it happened', () => {
    const body = `Förbundet startade 2024.${k('plan', 'ett nytt förbund ska bildas 2024')} ${k('sida', 'Förbundet startade 2024')}`;
    expect(droppedHedges(body)).toEqual([]);
  });

  it('checks each sentence on its own', () => {
    const body = `Förslaget kom 2022.${k('a', 'förslag till förbundsordning')} Förbundet bildades 2023.${k('b', 'föreslås bildas 2023')}`;
    expect(droppedHedges(body).map((f) => f.sentence)).toEqual(['Förbundet bildades 2023.']);
  });

  it('leaves passages without a hedge alone', () => {
    expect(droppedHedges(`Köping betalade 375 000 kronor.${k('y', 'betalar 375 000 kr per år')}`)).toEqual([]);
  });
});

describe('sentenceBefore', () => {
  it('takes the sentence up to the marker, without markup or list bullets', () => {
    const body = 'Först en mening. Sedan **en till** med [länk](https://example.se).<Kalla id="x" />\n- En punkt här<Kalla id="y" />';
    expect(sentenceBefore(body, body.indexOf('<Kalla id="x"'))).toBe('Sedan en till med länk.');
    expect(sentenceBefore(body, body.indexOf('<Kalla id="y"'))).toBe('En punkt här');
  });
});

describe('hedgeProblems', () => {
  it('names the file, line, source, passage and sentence in Swedish', () => {
    const raw = `---\ntitle: T\n---\n\nFörbundet bildades 2023.${k('b', 'föreslås bildas 2023')}\n`;
    const [problem] = hedgeProblems([
      { collection: 'sidor', id: 'x', filePath: 'content/sidor/x.mdx', data: {}, raw, body: raw.split('---\n')[2]?.trim() },
    ]);
    expect(problem).toMatchObject({ file: 'content/sidor/x.mdx', field: '<Kalla id="b">', lines: [5] });
    expect(problem?.message).toMatch(
      /citerar ”föreslås bildas 2023”, som är ett förslag.*meningen ”Förbundet bildades 2023\.” säger det som om det hade hänt/,
    );
  });
});

describe('attribution', () => {
  it('accepts a sentence that gives the view as the source’s', () => {
    expect(droppedHedges(`Så skrev de tre förbunden.${k('b', 'insatser ska vara jämställt tillgängliga')}`)).toEqual([]);
    expect(droppedHedges(`Insatserna blir lika tillgängliga.${k('b', 'insatser ska vara jämställt tillgängliga')}`)).toHaveLength(1);
  });
});

describe('words that look like hedges', () => {
  it('does not take "avsiktsförklaring" for an intention, nor a web address for a full stop', () => {
    expect(droppedHedges(`Parterna står i avsiktsförklaringen.${k('a', 'Denna avsiktsförklaring undertecknas av parterna')}`)).toEqual([]);
    const body = 'Först. Det står på finsam.se att det gäller alla.<Kalla id="x" />';
    expect(sentenceBefore(body, body.indexOf('<Kalla'))).toBe('Det står på finsam.se att det gäller alla.');
  });

  it('accepts an English sentence that keeps the hedge', () => {
    expect(
      droppedHedges(
        `According to the proposal, a board was to start in May 2023.${k('b', 'föreslås att det bildas en interimistisk styrelse')}`,
      ),
    ).toEqual([]);
    expect(droppedHedges(`A board started in May 2023.${k('b', 'föreslås att det bildas en interimistisk styrelse')}`)).toHaveLength(1);
  });
});
