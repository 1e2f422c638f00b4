/**
 * Shaping a data series (content/bidrag/) for its table, its downloads and its
 * chart. Pure: takes the series' data, never reads collections.
 */
import { formatValue } from './format';
import type { Series } from './entries';
import type { Unit } from '@/schemas/vocabulary';

/** A series as the collection gives it (content/bidrag/), without the references it makes. */
export type SeriesData = Omit<Series['data'], 'source' | 'kommun' | 'order' | 'comparison'>;
export type SeriesPoint = SeriesData['points'][number];

export interface SourceInfo {
  id: string;
  title: string;
  issuer: string;
  url: string;
}

export const LICENCE =
  'Siffrorna är hämtade ur en offentlig handling. Använd dem gärna, men ange källan (dokumentet nedan) och denna webbplats.';

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV: UTF-8, a header row, one row per point; numbers without spaces so spreadsheets read them. */
export function seriesCsv(series: SeriesData): string {
  const rows = [['post', 'värde', 'enhet', 'not'], ...series.points.map((p) => [p.label, p.value, series.unit, p.note ?? ''])];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

export interface SeriesJson {
  id: string;
  title: string;
  takeaway: string;
  unit: Unit;
  points: SeriesPoint[];
  total: number | null;
  notes: string[];
  source: SourceInfo;
  licence: string;
  updated: string;
  url: string;
  howToCite: string;
}

export function howToCite(series: Pick<SeriesData, 'title'>, source: Pick<SourceInfo, 'title' | 'issuer'>, url: string): string {
  return `${series.title}. Källa: ${source.title} (${source.issuer}). Sammanställt av Samordningsförbundet Västmanland, ${url}`;
}

export function seriesJson(id: string, series: SeriesData, source: SourceInfo, url: string): SeriesJson {
  return {
    id,
    title: series.title,
    takeaway: series.takeaway,
    unit: series.unit,
    points: series.points.map(({ label, value, note }) => (note ? { label, value, note } : { label, value })),
    total: series.total ?? null,
    notes: series.notes,
    source,
    licence: LICENCE,
    updated: series.updated,
    url,
    howToCite: howToCite(series, source, url),
  };
}

/** What the chart script needs, as data-* attributes carry it. */
export interface ChartSpec {
  labels: string[];
  values: number[];
  unit: Unit;
  /** Each bar's value as Swedish text, drawn next to the bar (no reliance on colour or hover). */
  valueLabels: string[];
}

export function chartSpec(series: Pick<SeriesData, 'points' | 'unit'>): ChartSpec {
  return {
    labels: series.points.map((p) => p.label),
    values: series.points.map((p) => p.value),
    unit: series.unit,
    valueLabels: series.points.map((p) => formatValue(p.value, series.unit)),
  };
}
