/**
 * <contribution-chart>: enhances a data table that is already on the page with
 * a Chart.js bar chart. The chart code is fetched only after the page has
 * loaded and when the element comes near the viewport, and each chart is drawn
 * in a moment of its own, so no chart holds up reading or scrolling. Without
 * JavaScript the table is all there is.
 */
import { afterLoad, nextIdle } from '../ui/after-load';

class ContributionChart extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback() {
    // The height is set from data-height before the chart loads, so the page does not shift
    // when it is drawn (set through the CSSOM: the Content-Security-Policy forbids style attributes).
    const wrap = this.querySelector<HTMLElement>('.canvas-wrap');
    if (wrap) wrap.style.height = `${Number(this.dataset.height) || 200}px`;
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
    const { renderBarChart } = await import('./render-chart');
    await nextIdle();
    if (!this.isConnected) return;
    renderBarChart(canvas, JSON.parse(spec));
    this.setAttribute('data-drawn', '');
  }
}

if (!customElements.get('contribution-chart')) customElements.define('contribution-chart', ContributionChart);
