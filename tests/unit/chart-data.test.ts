import { describe, expect, it } from 'vitest';
import { chartSpec, seriesCsv, seriesJson, type SeriesData } from '@/lib/chart-data';

const series: SeriesData = {
  title: 'Budget',
  takeaway: 'En mening.',
  unit: 'kr',
  points: [
    { label: 'Arvoden, förlorad arbetsförtjänst', value: 200000, note: '6–7 "sammanträden"' },
    { label: 'Oförutsett', value: 100000 },
  ],
  total: 300000,
  notes: ['Budget, inte utfall.'],
  updated: '2026-11-22',
};
const source = { id: 'x', title: 'Beslutsunderlag', issuer: 'En kommun', url: 'https://example.org/kallor/x/' };

describe('downloads', () => {
  it('writes CSV with a header row and one quoted-where-needed row per point', () => {
    expect(seriesCsv(series)).toBe(
      'post,värde,enhet,not\n"Arvoden, förlorad arbetsförtjänst",200000,kr,"6–7 ""sammanträden"""\nOförutsett,100000,kr,\n',
    );
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
