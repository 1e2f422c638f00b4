import { describe, expect, it } from 'vitest';
import { describeProblems, findContentProblems, type ContentEntry } from '@/lib/integrity';
import { entriesCiting } from '@/lib/usage';
import { eventSchema } from '@/schemas/tidslinje';
import { municipalitySchema } from '@/schemas/kommuner';

const entries: ContentEntry[] = [
  { collection: 'kallor', id: 'avsiktsforklaring', data: { title: 'A' } },
  {
    collection: 'kommuner',
    id: 'koping',
    filePath: 'content/kommuner/koping.mdx',
    data: { sources: [{ collection: 'kallor', id: 'avsiktsforklaring' }] },
    body: 'Text <Kalla id="avsiktsforklaring" />',
  },
  {
    collection: 'tidslinje',
    id: 'x',
    filePath: 'content/tidslinje/x.mdx',
    data: { kommuner: [{ collection: 'kommuner', id: 'kopin' }], sources: [{ collection: 'kallor', id: 'avsiktsforklaring' }] },
    body: 'Rad ett\n<Kalla id="okand" /> och <Kalla id="okand" />',
  },
];

describe('findContentProblems', () => {
  it('names the file, the field and the missing entry', () => {
    const problems = findContentProblems(entries);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/tidslinje/x.mdx', field: 'kommuner[0]' });
    expect(problems[0]?.message).toMatch(/kommunen "kopin", som inte finns/);
    expect(problems[1]).toMatchObject({ field: '<Kalla id="okand">', lines: [2, 2] });
    expect(describeProblems(problems)).toMatch(/^Innehållet har 2 fel/);
  });

  it('finds nothing wrong in consistent content', () => {
    expect(findContentProblems(entries.slice(0, 2))).toEqual([]);
  });
});

describe('entriesCiting', () => {
  it('lists every entry that names or cites a source', () => {
    expect(entriesCiting(entries, 'avsiktsforklaring')).toEqual([
      { collection: 'kommuner', id: 'koping' },
      { collection: 'tidslinje', id: 'x' },
    ]);
  });
});

describe('the cross-file mistakes an editor makes', () => {
  // Parsed by the real schemas, so references have the shape the build gives them.
  const known: ContentEntry[] = [
    { collection: 'kallor', id: 'avsiktsforklaring', data: {} },
    { collection: 'kommuner', id: 'koping', data: {} },
    { collection: 'parter', id: 'arbetsformedlingen', data: {} },
    { collection: 'forbund', id: 'vastra-malardalen', data: {} },
  ];
  const event = (extra: Record<string, unknown>, body = 'Text.'): ContentEntry => ({
    collection: 'tidslinje',
    id: '2022-prov',
    filePath: 'content/tidslinje/2022-prov.mdx',
    data: eventSchema.parse({
      title: 'Prov',
      kind: 'beslut',
      summary: 'En händelse.',
      date: 2022,
      sources: ['avsiktsforklaring'],
      faktakallor: { date: [{ source: 'avsiktsforklaring', citat: ['våren 2022'] }] },
      ...extra,
    }),
    body,
  });
  const report = (entry: ContentEntry) =>
    describeProblems(findContentProblems([...known, entry]))
      .split('\n')
      .slice(1);

  it('accepts references to entries that exist', () => {
    expect(report(event({ kommuner: ['koping'], parter: ['arbetsformedlingen'] }, '<Kalla id="avsiktsforklaring" />'))).toEqual([]);
  });

  it('reference to an unknown municipality', () => {
    expect(report(event({ kommuner: ['kopingg'] }))).toEqual([
      '- content/tidslinje/2022-prov.mdx: fältet kommuner[0] pekar på kommunen "kopingg", som inte finns. Kontrollera stavningen eller lägg till content/kommuner/kopingg.',
    ]);
  });

  it('reference to an unknown party', () => {
    expect(report(event({ parter: ['skatteverket'] }))).toEqual([
      '- content/tidslinje/2022-prov.mdx: fältet parter[0] pekar på parten "skatteverket", som inte finns. Kontrollera stavningen eller lägg till content/parter/skatteverket.',
    ]);
  });

  it('reference to an unknown source in frontmatter, also inside a group of fields', () => {
    const disputed = { source: 'avsiktsforklaringen', citat: ['1 juni 2023'], note: 'Annat datum.' };
    expect(report(event({ sources: ['avsiktsforklaringen'], disputed }))).toEqual([
      '- content/tidslinje/2022-prov.mdx: fältet sources[0] pekar på källan "avsiktsforklaringen", som inte finns. Kontrollera stavningen eller lägg till content/kallor/avsiktsforklaringen.',
      '- content/tidslinje/2022-prov.mdx: fältet disputed.source pekar på källan "avsiktsforklaringen", som inte finns. Kontrollera stavningen eller lägg till content/kallor/avsiktsforklaringen.',
    ]);
  });

  it('reference to an unknown förbund, while "okänt" is allowed', () => {
    const municipality = (earlierForbund: string): ContentEntry => ({
      collection: 'kommuner',
      id: 'sala',
      filePath: 'content/kommuner/sala.mdx',
      data: municipalitySchema.parse({
        name: 'Sala',
        kommunkod: '1981',
        earlierForbund,
        faktakallor: {
          kommunkod: [{ source: 'avsiktsforklaring', citat: ['1981 Sala'] }],
          ...(earlierForbund === 'okänt' ? {} : { earlierForbund: [{ source: 'avsiktsforklaring', citat: ['Sala kommun'] }] }),
          currentForbund: [{ source: 'avsiktsforklaring', citat: ['Länsamordningsförbund'] }],
        },
        sources: ['avsiktsforklaring'],
      }),
    });
    expect(report(municipality('norra'))).toEqual([
      '- content/kommuner/sala.mdx: fältet earlierForbund pekar på förbundet "norra", som inte finns. Kontrollera stavningen eller lägg till content/forbund/norra.',
    ]);
    expect(report(municipality('okänt'))).toEqual([]);
  });

  it('unknown source in a <Kalla> in MDX, with the lines it is on in the file', () => {
    const body = 'En mening.<Kalla id="finsamlagen" />\n\nEn till.<Kalla id="finsamlagen" />';
    expect(report({ ...event({}, body), raw: `---\ntitle: Prov\ndate: 2022\n---\n\n${body}\n` })).toEqual([
      '- content/tidslinje/2022-prov.mdx, rad 6, 8: fältet <Kalla id="finsamlagen"> pekar på källan "finsamlagen", som inte finns i content/kallor/.',
    ]);
    // Without the file, the lines count from the start of the body.
    expect(report(event({}, body))[0]).toMatch(/^- content\/tidslinje\/2022-prov\.mdx, rad 1, 3: /);
  });

  it('reference to an unknown entry, with its line in the file', () => {
    const raw = '---\ntitle: Prov\ndate: 2022\nkommuner:\n  - koping\n  - kopingg\n---\nText.';
    expect(report({ ...event({ kommuner: ['koping', 'kopingg'] }), raw })).toEqual([
      '- content/tidslinje/2022-prov.mdx, rad 6: fältet kommuner[1] pekar på kommunen "kopingg", som inte finns. Kontrollera stavningen eller lägg till content/kommuner/kopingg.',
    ]);
  });
});

describe('dates that YAML would quietly turn into another day', () => {
  const CALENDAR = 'har ett datum som inte finns i kalendern.';
  const problemsIn = (filePath: string, raw: string) =>
    findContentProblems([{ collection: 'tidslinje', id: 'x', filePath, data: {}, raw }]).map((p) => [p.field, p.lines, p.message]);

  it('in a plain field, with the line in the file (frontmatter counted)', () => {
    expect(problemsIn('content/tidslinje/x.mdx', '---\ntitle: X\ndate: 2023-02-30\n---\nText 2023-02-31 is not frontmatter.')).toEqual([
      ['date', [3], `${CALENDAR} Datumet "2023-02-30" finns inte: månaden har dagarna 01–28.`],
    ]);
  });

  it("in YAML's inline style and in groups of fields: changes, disputed.date, end", () => {
    const raw = [
      '---',
      'title: X',
      'date: 2023-05-01',
      'end: 2023-04-31',
      'disputed:',
      '  date: "2023-06-31"',
      '  source: avsiktsforklaring',
      'changes:',
      '  - { date: 2026-02-30, text: x }',
      '  - date: 2026-11-31',
      '    text: y',
      '---',
      'Text.',
    ].join('\n');
    expect(problemsIn('content/tidslinje/x.mdx', raw).map(([field, lines]) => [field, lines])).toEqual([
      ['end', [4]],
      ['disputed.date', [6]],
      ['changes[0].date', [9]],
      ['changes[1].date', [10]],
    ]);
  });

  it('in a data file, counted from its first line', () => {
    expect(problemsIn('content/bidrag/x.yaml', '# kommentar\ntitle: X\nupdated: 2025-02-29\n')).toEqual([
      ['updated', [3], `${CALENDAR} Datumet "2025-02-29" finns inte: månaden har dagarna 01–28.`],
    ]);
  });

  it('once for a file that holds several entries', () => {
    const raw = 'a:\n  order: 1\nb:\n  order: 2\n  note: 2026-13-01\n  when: 2026-06-31\n';
    const entry = (id: string): ContentEntry => ({
      collection: 'nyckeltal',
      id,
      filePath: 'content/webbplats/nyckeltal.yaml',
      data: {},
      raw,
    });
    expect(findContentProblems([entry('a'), entry('b')]).map((p) => [p.field, p.lines])).toEqual([
      ['b.note', [5]],
      ['b.when', [6]],
    ]);
  });
});

describe('a glossary form belongs to one term', () => {
  const term = (id: string, term: string, aliases: string[], raw?: string): ContentEntry => ({
    collection: 'ordlista',
    id,
    filePath: `content/ordlista/${id}.yaml`,
    data: { term, aliases },
    raw,
  });

  it('reports a term or alias that another file already has, in any case, with the line', () => {
    const raw = 'term: "Länsförbund"\naliases:\n  - "länssamordningsförbund"\n  - "Samordningsförbundet"\n';
    const problems = findContentProblems([
      term('samordningsforbund', 'Samordningsförbund', ['samordningsförbundet']),
      term('lansforbund', 'Länsförbund', ['länssamordningsförbund', 'Samordningsförbundet'], raw),
      term('finsam', 'samordningsförbund', []),
    ]);
    expect(describeProblems(problems).split('\n').slice(1)).toEqual([
      '- content/ordlista/lansforbund.yaml, rad 4: fältet aliases[1] ("Samordningsförbundet") finns redan i content/ordlista/samordningsforbund.yaml (aliases[0]). Ett ord eller en böjningsform får bara stå i en fil i ordlistan, annars vet webbplatsen inte vilken förklaring den ska länka till. Ta bort det ena.',
      '- content/ordlista/finsam.yaml: fältet term ("samordningsförbund") finns redan i content/ordlista/samordningsforbund.yaml (term). Ett ord eller en böjningsform får bara stå i en fil i ordlistan, annars vet webbplatsen inte vilken förklaring den ska länka till. Ta bort det ena.',
    ]);
  });

  it('accepts forms repeated within one term (the same link)', () => {
    expect(findContentProblems([term('nns', 'NNS', ['Nationella nätverket', 'Nationella Nätverket'])])).toEqual([]);
  });
});
