import { describe, expect, it } from 'vitest';
import { describeProblems } from '@/lib/integrity';
import { loadYaml, outlineYaml, yamlPart, yamlProblems } from '@/lib/yaml';

describe('outlineYaml', () => {
  it('gives every value its field path and line, in block, inline and quoted style', () => {
    const yaml = 'title: X\nchanges:\n  - { date: 2026-02-30, text: "x" }\n  - date: 2026-03-01\n    text: y\nkommuner: [koping, "sala"]\n';
    expect(outlineYaml(yaml, 2).values).toEqual([
      { path: 'title', value: 'X', line: 2 },
      { path: 'changes[0].date', value: '2026-02-30', line: 4 },
      { path: 'changes[0].text', value: 'x', line: 4 },
      { path: 'changes[1].date', value: '2026-03-01', line: 5 },
      { path: 'changes[1].text', value: 'y', line: 6 },
      { path: 'kommuner[0]', value: 'koping', line: 7 },
      { path: 'kommuner[1]', value: 'sala', line: 7 },
    ]);
  });

  it('finds a key written twice, also inside a group of fields', () => {
    expect(outlineYaml('title: X\ndisputed:\n  note: a\n  note: b\ntitle: Y\n').problems).toEqual([
      { path: 'disputed.note', line: 4, message: 'står två gånger (rad 3 och rad 4). Ta bort den ena eller slå ihop dem.' },
      { path: 'title', line: 5, message: 'står två gånger (rad 1 och rad 5). Ta bort den ena eller slå ihop dem.' },
    ]);
  });

  it('turns a syntax error into Swedish with the line in the file', () => {
    expect(outlineYaml('title: X\nsummary: "ej stängd\n', 2).problems[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/^texten går inte att läsa som YAML/),
    });
    expect(outlineYaml('a:\n\t- x\n').problems[0]).toEqual({
      path: '',
      line: 2,
      message: 'raden är indragen med tabb. Använd mellanslag för indrag.',
    });
  });
});

describe('yamlPart', () => {
  it('is the frontmatter of Markdown and MDX, and the whole of a data file', () => {
    expect(yamlPart('---\na: 1\nb: 2\n---\n\nText', 'x.mdx')).toEqual({ yaml: 'a: 1\nb: 2', firstLine: 2, bodyLine: 5 });
    expect(yamlPart('a: 1\n', 'x.yaml')).toEqual({ yaml: 'a: 1\n', firstLine: 1, bodyLine: 1 });
  });
});

describe('yamlProblems and loadYaml', () => {
  it('name the file, the field and the line in the file', () => {
    const raw = '---\nname: Köping\nname: Köping2\n---\nText.';
    expect(describeProblems(yamlProblems(raw, 'content/kommuner/koping.mdx'))).toBe(
      'Innehållet har 1 fel och webbplatsen byggs inte:\n- content/kommuner/koping.mdx, rad 3: fältet name står två gånger (rad 2 och rad 3). Ta bort den ena eller slå ihop dem.',
    );
  });

  it('keep dates as the editor wrote them', () => {
    expect(loadYaml('date: 2023-02-30\nyear: 2022\n', 'x.yaml')).toEqual({ date: '2023-02-30', year: 2022 });
  });

  it("stop with the Swedish message instead of js-yaml's", () => {
    expect(() => loadYaml('term: A\nterm: B\n', 'content/ordlista/a.yaml')).toThrow(
      '- content/ordlista/a.yaml, rad 2: fältet term står två gånger (rad 1 och rad 2).',
    );
  });
});
