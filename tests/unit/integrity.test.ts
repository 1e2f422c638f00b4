import { describe, expect, it } from 'vitest';
import { describeProblems, findContentProblems, impossibleDatesIn, type ContentEntry } from '@/lib/integrity';
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
    expect(problems[1]?.field).toBe('<Kalla id="okand"> (rad 2, 2 i texten)');
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

describe('impossibleDatesIn', () => {
  it('finds calendar dates that YAML would silently roll over', () => {
    const raw = `---\ntitle: X\ndate: 2023-02-30\npublished: 2026-11-22\nchanges:\n  - date: "2026-04-31"\n    text: Y\n---\nBody 2023-02-31 is not frontmatter`;
    expect(impossibleDatesIn(raw).map((d) => [d.field, d.value])).toEqual([
      ['date', '2023-02-30'],
      ['date', '2026-04-31'],
    ]);
  });

  it('reports them as content problems', () => {
    const problems = findContentProblems([{ collection: 'tidslinje', id: 'y', data: {}, raw: '---\ndate: 2021-02-29\n---\n' }]);
    expect(problems[0]?.message).toMatch(/Datumet "2021-02-29" finns inte/);
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
    const disputed = { source: 'avsiktsforklaringen', note: 'Annat datum.' };
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
        earlierForbundSources: ['avsiktsforklaring'],
        sources: ['avsiktsforklaring'],
      }),
    });
    expect(report(municipality('norra'))).toEqual([
      '- content/kommuner/sala.mdx: fältet earlierForbund pekar på förbundet "norra", som inte finns. Kontrollera stavningen eller lägg till content/forbund/norra.',
    ]);
    expect(report(municipality('okänt'))).toEqual([]);
  });

  it('unknown source in a <Kalla> in MDX, with the lines it is on', () => {
    expect(report(event({}, 'En mening.<Kalla id="finsamlagen" />\n\nEn till.<Kalla id="finsamlagen" />'))).toEqual([
      '- content/tidslinje/2022-prov.mdx: fältet <Kalla id="finsamlagen"> (rad 1, 3 i texten) pekar på källan "finsamlagen", som inte finns i content/kallor/.',
    ]);
  });

  it('impossible date, which YAML would quietly turn into another day', () => {
    const entry = { ...event({}), raw: '---\ntitle: Prov\ndate: 2023-02-30\n---\nText.' };
    expect(report(entry)).toEqual([
      '- content/tidslinje/2022-prov.mdx: fältet date har ett datum som inte finns i kalendern. Datumet "2023-02-30" finns inte: månaden har dagarna 01–28.',
    ]);
  });
});
