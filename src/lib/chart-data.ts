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

/** The list separator of a Swedish-locale spreadsheet (Excel and LibreOffice in Swedish use `;`, since `,` is the decimal sign). */
export const CSV_SEPARATOR = ';';
/** The byte order mark that makes Excel read the file as UTF-8 (å, ä, ö) instead of the local code page. */
export const CSV_BOM = '\uFEFF';

function csvField(value: string | number): string {
  // Numbers: no thousand separators, a decimal comma (Swedish), so the spreadsheet reads them as numbers.
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for a spreadsheet in Swedish: UTF-8 with a byte order mark, `;` between
 * columns, CRLF line ends, a header row and one row per point.
 */
export function seriesCsv(series: SeriesData): string {
  const rows = [['post', 'värde', 'enhet', 'not'], ...series.points.map((p) => [p.label, p.value, series.unit, p.note ?? ''])];
  return `${CSV_BOM}${rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
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

/**
 * The chart's layout, in rem (the page's font size), shared by the CSS that
 * reserves the chart's space before it is drawn and the script that draws it:
 * each bar has a row of its own with its label (up to LABEL_LINES lines) above the bar.
 */
export const CHART_LAYOUT = {
  /** Height of one row: label lines, the bar and the gap to the next row. */
  row: 4.5,
  bar: 1.5,
  /** Line height of a label. */
  line: 1.25,
  labelLines: 2,
  /** Space above the first row, so its label fits above its bar (the bar sits in the middle of its row). */
  top: 1.25,
} as const;

/** The most rows the CSS in ContributionChart.astro reserves space for; a series with more points is squeezed into them. */
export const MAX_CHART_ROWS = 12;

/** Rows to reserve for a chart of `points` bars (1 … MAX_CHART_ROWS). */
export function chartRows(points: number): number {
  return Math.min(MAX_CHART_ROWS, Math.max(1, points));
}

/**
 * Breaks a label into lines no wider than `maxWidth` (as `measure` gives it),
 * at spaces and after hyphens. A word wider than the line is left whole on its
 * own line: the caller reduces the font size until every line fits.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const words = text.split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : line.endsWith('-') ? `${line}${word}` : `${line} ${word}`;
    if (line !== '' && measure(joined) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The largest font size (from `size` down to `min`) at which every label wraps
 * into at most `maxLines` lines that fit `maxWidth`, and the lines at that size.
 * `measure(text, size)` gives a text's width at a font size.
 */
export function fitLabels(
  labels: readonly string[],
  maxWidth: number,
  maxLines: number,
  size: number,
  min: number,
  measure: (text: string, size: number) => number,
): { size: number; lines: string[][] } {
  for (let s = size; ; s--) {
    const lines = labels.map((label) => wrapLabel(label, maxWidth, (t) => measure(t, s)));
    const fits = lines.every((l) => l.length <= maxLines && l.every((t) => measure(t, s) <= maxWidth));
    if (fits || s <= min) return { size: s, lines };
  }
}
