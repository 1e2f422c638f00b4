/**
 * <contribution-chart>: enhances a data table that is already on the page with
 * a Chart.js bar chart. The chart code is fetched only after the page has
 * loaded and when the element comes near the viewport, and each chart is drawn
 * in a moment of its own, so no chart holds up reading or scrolling. The CSS
 * has reserved the chart's space from the first paint (data-rows), so nothing
 * moves when it is drawn. Without JavaScript the table is all there is.
 */
import type { Chart } from 'chart.js';
import { afterLoad, nextIdle } from '../ui/after-load';
import type { TextBox } from './render-chart';

class ContributionChart extends HTMLElement {
  #observer?: IntersectionObserver;
  #chart?: Chart<'bar'>;
  #textBoxes?: (chart: Chart) => TextBox[];

  /** The labels and values as drawn (CSS px from the canvas' top left corner); empty before drawing. */
  get textBoxes(): TextBox[] {
    return this.#chart && this.#textBoxes ? this.#textBoxes(this.#chart) : [];
  }

  connectedCallback() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#draw();
      },
      { rootMargin: '200px 0px' },
    );
    void afterLoad().then(() => {
      if (this.isConnected) this.#observer?.observe(this);
    });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  async #draw() {
    const canvas = this.querySelector('canvas');
    const spec = this.dataset.spec;
    if (!canvas || !spec) return;
    const { renderBarChart, textBoxes } = await import('./render-chart');
    await nextIdle();
    if (!this.isConnected) return;
    this.#textBoxes = textBoxes;
    this.#chart = renderBarChart(canvas, JSON.parse(spec));
    this.setAttribute('data-drawn', '');
  }
}

if (!customElements.get('contribution-chart')) customElements.define('contribution-chart', ContributionChart);
