/**
 * Draws a horizontal bar chart with Chart.js, registering only what it uses.
 * Colours come from the page's design tokens (light and dark schemes); each bar
 * carries its value as text, so nothing depends on colour or hovering; no
 * animation when the reader prefers reduced motion; numbers in Swedish.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type TooltipItem } from 'chart.js';
import type { ChartSpec } from '@/lib/chart-data';
import { formatValue } from '@/lib/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Writes each bar's value at its end. */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const spec = (chart.options.plugins as { valueLabels?: { labels: string[]; color: string } }).valueLabels;
    if (!spec) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = spec.color;
    ctx.font = `600 14px ${getComputedStyle(chart.canvas).fontFamily}`;
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, index) => {
      ctx.fillText(spec.labels[index] ?? '', bar.x + 6, bar.y);
    });
    ctx.restore();
  },
};

export function renderBarChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'bar'> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const text = token('--color-text');
  const max = Math.max(...spec.values);
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
          maxBarThickness: 48,
        },
      ],
    },
    plugins: [valueLabels],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      layout: { padding: { right: 110 } },
      scales: {
        x: {
          beginAtZero: true,
          suggestedMax: max * 1.05,
          ticks: { color: text, callback: (value) => formatValue(Number(value), spec.unit) },
          grid: { color: token('--color-border') },
        },
        y: { ticks: { color: text, font: { size: 14 } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => formatValue(Number(item.raw), spec.unit) } },
        valueLabels: { labels: spec.valueLabels, color: text },
      } as Record<string, unknown>,
    },
  });
}
