import { describe, expect, it } from 'vitest';
import { chartRows, chartSpec, fitLabels, seriesCsv, seriesJson, wrapLabel, type SeriesData } from '@/lib/chart-data';

const series: SeriesData = {
  title: 'Budget',
  takeaway: 'En mening.',
  unit: 'kr',
  points: [
    { label: 'Arvoden, förlorad arbetsförtjänst', value: 200000, note: '6–7 "sammanträden"' },
    { label: 'Oförutsett', value: 100000 },
  ],
  total: 300000,
  citat: ['200 000 kr'],
  notes: ['Budget, inte utfall.'],
  updated: '2026-11-22',
};
const source = { id: 'x', title: 'Beslutsunderlag', issuer: 'En kommun', url: 'https://example.org/kallor/x/' };

describe('downloads', () => {
  it('writes CSV for a Swedish spreadsheet: BOM, semicolons, CRLF, quoted where needed', () => {
    expect(seriesCsv(series)).toBe(
      '\uFEFFpost;värde;enhet;not\r\nArvoden, förlorad arbetsförtjänst;200000;kr;"6–7 ""sammanträden"""\r\nOförutsett;100000;kr;\r\n',
    );
  });

  it('writes decimals with a comma and quotes a field with a semicolon', () => {
    const csv = seriesCsv({ ...series, unit: 'procent', points: [{ label: 'Andel; statens', value: 12.5 }] });
    expect(csv.split('\r\n')[1]).toBe('"Andel; statens";12,5;procent;');
  });

  it('writes JSON with its metadata and a how-to-cite line', () => {
    const json = seriesJson('budget', series, source, 'https://example.org/data/budget.json');
    expect(json).toMatchObject({ id: 'budget', unit: 'kr', total: 300000, updated: '2026-11-22', source });
    expect(json.points[1]).toEqual({ label: 'Oförutsett', value: 100000 });
    expect(json.licence).toMatch(/ange källan/);
    expect(json.howToCite).toBe(
      'Budget. Källa: Beslutsunderlag (En kommun). Sammanställt av Samordningsförbundet Västmanland, https://example.org/data/budget.json',
    );
  });
});

describe('chart spec', () => {
  it('carries labels, values and Swedish value labels', () => {
    expect(chartSpec(series)).toEqual({
      labels: ['Arvoden, förlorad arbetsförtjänst', 'Oförutsett'],
      values: [200000, 100000],
      unit: 'kr',
      valueLabels: ['200\u00a0000\u00a0kr', '100\u00a0000\u00a0kr'],
    });
  });
});

describe('chart layout', () => {
  /** A monospace measure: every character is 10 px at size 10. */
  const measure = (text: string, size = 10) => text.length * size;

  it('wraps a label at spaces and after hyphens to the width', () => {
    expect(wrapLabel('Arvoden och förlorad arbetsförtjänst', 200, measure)).toEqual(['Arvoden och förlorad', 'arbetsförtjänst']);
    expect(wrapLabel('Region-Västmanland', 100, measure)).toEqual(['Region-', 'Västmanland']);
    expect(wrapLabel('Kort', 200, measure)).toEqual(['Kort']);
  });

  it('shrinks the font until every label fits in two lines', () => {
    const labels = ['Arvoden och förlorad arbetsförtjänst', 'Oförutsett'];
    expect(fitLabels(labels, 250, 2, 10, 6, measure)).toEqual({
      size: 10,
      lines: [['Arvoden och förlorad', 'arbetsförtjänst'], ['Oförutsett']],
    });
    // 150 px: "arbetsförtjänst" fits from size 10, but the label needs three lines down to size 8.
    const small = fitLabels(labels, 150, 2, 12, 6, measure);
    expect(small.size).toBe(7);
    expect(small.lines.every((l) => l.length <= 2 && l.every((t) => measure(t, small.size) <= 150))).toBe(true);
  });

  it('reserves one row per bar, up to the most the CSS knows', () => {
    expect([0, 1, 4, 30].map(chartRows)).toEqual([1, 1, 4, 12]);
  });
});
