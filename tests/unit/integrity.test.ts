import { describe, expect, it } from 'vitest';
import { describeProblems, findContentProblems, impossibleDatesIn, type ContentEntry } from '@/lib/integrity';
import { entriesCiting } from '@/lib/usage';

const entries: ContentEntry[] = [
  { collection: 'kallor', id: 'avsiktsforklaring', data: { title: 'A' } },
  { collection: 'kommuner', id: 'koping', filePath: 'content/kommuner/koping.mdx', data: { sources: [{ collection: 'kallor', id: 'avsiktsforklaring' }] }, body: 'Text <Kalla id="avsiktsforklaring" />' },
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
