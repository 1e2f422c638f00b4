/**
 * Draws a horizontal bar chart with Chart.js, registering only what it uses.
 * Each bar has a row of its own with its label above it, wrapped to the width
 * of the screen (never cut off), and its value written at its end, so nothing
 * depends on colour, hovering or a scale with grid lines. The layout (rows in
 * rem) is the one the CSS reserved before the chart was drawn. Colours come
 * from the page's design tokens (light and dark schemes), the font is the
 * page's own; no animation when the reader prefers reduced motion; numbers in
 * Swedish.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type TooltipItem } from 'chart.js';
import { CHART_LAYOUT, fitLabels, type ChartSpec } from '@/lib/chart-data';
import { formatValue } from '@/lib/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A text drawn on the canvas, in CSS pixels from the canvas' top left corner. */
export interface TextBox {
  text: string;
  font: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface RowLabels {
  labels: string[];
  values: string[];
  color: string;
  family: string;
  /** The root font size in px: the layout's rem. */
  rem: number;
}

const drawn = new WeakMap<Chart, TextBox[]>();

/** The labels and values as last drawn, for checking that each fits the canvas. */
export function textBoxes(chart: Chart): TextBox[] {
  return drawn.get(chart) ?? [];
}

const font = (weight: number, size: number, family: string) => `${weight} ${size}px ${family}`;

/** Writes each bar's label above it (wrapped) and its value at its end. */
const rowLabels: Plugin<'bar'> = {
  id: 'rowLabels',
  afterDatasetsDraw(chart) {
    const spec = (chart.options.plugins as { rowLabels?: RowLabels }).rowLabels;
    if (!spec) return;
    const { ctx } = chart;
    const boxes: TextBox[] = [];
    const write = (text: string, f: string, x: number, y: number) => {
      ctx.font = f;
      ctx.fillText(text, x, y);
      const m = ctx.measureText(text);
      boxes.push({
        text,
        font: f,
        left: x - m.actualBoundingBoxLeft,
        right: x + m.actualBoundingBoxRight,
        top: y - m.actualBoundingBoxAscent,
        bottom: y + m.actualBoundingBoxDescent,
      });
    };
    ctx.save();
    ctx.fillStyle = spec.color;

    const bars = chart.getDatasetMeta(0).data;
    const barHalf = (CHART_LAYOUT.bar * spec.rem) / 2;
    // The labels may use the whole width of the canvas; at most two lines, in a smaller font if need be.
    const fitted = fitLabels(
      spec.labels,
      chart.width - 2 * chart.chartArea.left,
      CHART_LAYOUT.labelLines,
      spec.rem,
      Math.round(spec.rem * 0.75),
      (text, size) => {
        ctx.font = font(400, size, spec.family);
        return ctx.measureText(text).width;
      },
    );
    const lineHeight = fitted.size * CHART_LAYOUT.line;
    ctx.textBaseline = 'alphabetic';
    bars.forEach((bar, index) => {
      const lines = fitted.lines[index] ?? [];
      // The last line's baseline sits a quarter line above the bar.
      const baseline = bar.y - barHalf - lineHeight * 0.3;
      lines.forEach((line, k) =>
        write(line, font(400, fitted.size, spec.family), chart.chartArea.left, baseline - (lines.length - 1 - k) * lineHeight),
      );
      ctx.textBaseline = 'middle';
      write(spec.values[index] ?? '', font(600, spec.rem, spec.family), bar.x + 6, bar.y);
      ctx.textBaseline = 'alphabetic';
    });
    ctx.restore();
    drawn.set(chart, boxes);
  },
};

export function renderBarChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'bar'> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const text = token('--color-text');
  const family = getComputedStyle(document.body).fontFamily;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  Chart.defaults.font.family = family;
  Chart.defaults.font.size = rem;
  // Room at the right for the longest value, written after its bar.
  const ctx = canvas.getContext('2d');
  let valueWidth = 0;
  if (ctx) {
    ctx.font = font(600, rem, family);
    valueWidth = Math.max(...spec.valueLabels.map((label) => ctx.measureText(label).width));
  }
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: [
        {
          data: spec.values,
          backgroundColor: token('--color-chart-bar'),
          borderColor: text,
          borderWidth: 1,
          barThickness: CHART_LAYOUT.bar * rem,
        },
      ],
    },
    plugins: [rowLabels],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      // Two pixels at the left for the ink of a letter such as T, which reaches left of where it is drawn.
      layout: { padding: { top: CHART_LAYOUT.top * rem, right: Math.ceil(valueWidth) + 12, bottom: 0, left: 2 } },
      scales: {
        x: { display: false, beginAtZero: true, max: Math.max(...spec.values, 0) || 1 },
        y: { display: false },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => formatValue(Number(item.raw), spec.unit) } },
        rowLabels: { labels: spec.labels, values: spec.valueLabels, color: text, family, rem },
      } as Record<string, unknown>,
    },
  });
}
