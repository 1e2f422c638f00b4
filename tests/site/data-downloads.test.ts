/** Every CSV and JSON download matches its content file and the table on the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { load } from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { CONTENT, contentIds } from '../support/content';

interface Yaml {
  title: string;
  unit: string;
  points: { label: string; value: number; note?: string }[];
  total?: number;
  source: string;
  /** Optional in the schema: a series without notes has none. */
  notes?: string[];
  updated: string | Date;
}

const ids = contentIds('bidrag');
const content = (id: string) => load(readFileSync(join(CONTENT, 'bidrag', `${id}.yaml`), 'utf8')) as Yaml;
/** "375 000 kr" → 375000 */
const number = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0]/g, '')
      .replace(/[^\d,.-]/g, '')
      .replace(',', '.'),
  );

describe.each(ids)('data series %s', (id) => {
  const yaml = content(id);

  it('CSV opens in a Swedish spreadsheet: UTF-8 with BOM, semicolons, a header and one row per point', () => {
    const text = readFileSync(join(DIST, 'data', `${id}.csv`), 'utf8');
    expect(text.startsWith('\uFEFF'), 'a byte order mark, so Excel reads å, ä and ö').toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parseCsv(text, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['post', 'värde', 'enhet', 'not']);
    // Numbers without thousand separators, with a decimal comma.
    expect(rows.slice(1)).toEqual(yaml.points.map((p) => [p.label, String(p.value).replace('.', ','), yaml.unit, p.note ?? '']));
  });

  it('JSON has the points and the metadata', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8'));
    expect(json.points.map((p: { label: string; value: number }) => [p.label, p.value])).toEqual(
      yaml.points.map((p) => [p.label, p.value]),
    );
    expect(json).toMatchObject({ id, title: yaml.title, unit: yaml.unit, total: yaml.total ?? null, notes: yaml.notes ?? [] });
    expect(json.source.id).toBe(yaml.source);
    expect(json.licence).toBeTruthy();
    expect(json.updated).toBe(yaml.updated instanceof Date ? yaml.updated.toISOString().slice(0, 10) : yaml.updated);
  });

  it('the table on /ekonomi/ shows the same numbers, in Swedish format', () => {
    const page = parse(readFileSync(join(DIST, 'ekonomi', 'index.html'), 'utf8'));
    const section = page.querySelector(`section#${id}`);
    const rows = section?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((r) => number(r.querySelector('td')?.text ?? ''))).toEqual(yaml.points.map((p) => p.value));
    for (const r of rows) expect(r.querySelector('td')?.text).toMatch(/^\d{1,3}(\u00a0\d{3})*\u00a0(kr|kr\/år|%)$/);
    if (yaml.total !== undefined) expect(number(section?.querySelector('tfoot td')?.text ?? '')).toBe(yaml.total);
    expect(section?.querySelector(`a[href="/data/${id}.csv"]`)).not.toBeNull();
    expect(section?.querySelector(`a[href="/kallor/${yaml.source}/"]`)).not.toBeNull();
  });
});
