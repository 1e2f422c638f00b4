/**
 * <site-search>: Pagefind search on /sok/. Reads ?q=, ?typ= and ?kommun= from
 * the URL and keeps them there as the reader types, so every search can be
 * linked. Filters work with or without a query. Results are announced in a
 * live region. Pagefind's files are fetched from the site itself: after the
 * page has loaded, or at once when the reader moves to the search field.
 *
 * A keystroke searches at once when no search is running; keystrokes that
 * come while one runs are gathered into one search after it, so fast typing
 * never queues stale searches and a pause never waits for a timer.
 */
import { afterLoad } from '../ui/after-load';
import { resultFragment } from '@/lib/search-highlight';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}
interface Query {
  text: string;
  typ: string;
  kommun: string;
}

const PAGE_SIZE = 10;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  /** The newest query not yet searched for, and whether a search is running. */
  #wanted?: Query;
  #searching = false;
  /** Counts searches; a result list from an older search stops growing. */
  #run = 0;
  #shown = 0;
  #results: PagefindSearch['results'] = [];
  #query = '';

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('#sok-fraga');
    const typ = this.querySelector<HTMLSelectElement>('#sok-typ');
    const kommun = this.querySelector<HTMLSelectElement>('#sok-kommun');
    if (!form || !input || !typ || !kommun) return;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    typ.value = params.get('typ') ?? '';
    kommun.value = params.get('kommun') ?? '';
    const current = (): Query => ({ text: input.value.trim(), typ: typ.value, kommun: kommun.value });

    const update = () => {
      const query = current();
      const url = new URL(location.href);
      for (const [key, value] of [
        ['q', query.text],
        ['typ', query.typ],
        ['kommun', query.kommun],
      ] as const) {
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      }
      history.replaceState(null, '', url);
      this.#request(query);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    input.addEventListener('input', update);
    typ.addEventListener('change', update);
    kommun.addEventListener('change', update);
    this.querySelector('.more button')?.addEventListener('click', () => void this.#showMore());
    const first = current();
    if (first.text || first.typ || first.kommun) this.#request(first);
    else {
      // Whoever opens /sok/ is about to search: have Pagefind ready before the first key,
      // without holding up the page itself.
      input.addEventListener('focus', () => void this.#load(), { once: true });
      void afterLoad().then(() => this.#load());
    }
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind ?? '/pagefind/pagefind.js')) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  /** Searches for `query` now, or right after the search that is running. */
  #request(query: Query) {
    this.#wanted = query;
    if (this.#searching) {
      // Meanwhile, fetch the index chunks the newest words need.
      if (query.text) void this.#load().then((pagefind) => pagefind.preload(query.text));
      return;
    }
    void this.#drain();
  }

  async #drain() {
    this.#searching = true;
    try {
      while (this.#wanted) {
        const query = this.#wanted;
        this.#wanted = undefined;
        await this.#search(query);
      }
    } finally {
      this.#searching = false;
    }
  }

  async #search({ text, typ, kommun }: Query) {
    const run = ++this.#run;
    const status = this.querySelector('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!status || !list) return;
    if (!text && !typ && !kommun) {
      list.hidden = true;
      list.replaceChildren();
      this.#toggleIndex(true);
      status.textContent = '';
      this.#toggleMore(false);
      return;
    }
    const filters: Record<string, string> = {};
    if (typ) filters.typ = typ;
    if (kommun) filters.kommun = kommun;
    const pagefind = await this.#load();
    const search = await pagefind.search(text || null, { filters });
    if (run !== this.#run) return;
    // Showing the results is not awaited: the next keystroke's search may start meanwhile.
    void this.#show(run, search.results, text);
  }

  async #show(run: number, results: PagefindSearch['results'], text: string) {
    const status = this.querySelector('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!status || !list) return;
    this.#results = results;
    this.#query = text;
    this.#shown = 0;
    list.replaceChildren();
    list.hidden = results.length === 0;
    this.#toggleIndex(results.length === 0);
    await this.#renderMore(run);
    if (run !== this.#run) return;
    // Announced once the results are on the page.
    const what = text ? ` för ”${text}”` : '';
    const count = results.length;
    status.textContent = count === 0 ? `Inga träffar${what}.` : `${count} ${count === 1 ? 'träff' : 'träffar'}${what}.`;
  }

  /** "Visa fler träffar": the next results, with focus on the first new one so that a keyboard or screen-reader user reads on from there. */
  async #showMore() {
    const firstNew = this.#shown;
    await this.#renderMore(this.#run);
    this.querySelectorAll<HTMLAnchorElement>('.results > li h2 a')[firstNew]?.focus();
  }

  async #renderMore(run: number) {
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!list || run !== this.#run) return;
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    // Fetch every result's fragment at once, and show each as soon as it and those before it are in.
    const pending = next.map((r) => r.data());
    for (const data of pending) {
      const item = await data;
      if (run !== this.#run) return;
      list.append(this.#item(item));
      this.#shown++;
    }
    this.#toggleMore(this.#shown < this.#results.length);
  }

  /** The A–Z list of every page (for browsing without a query) steps aside while results show. */
  #toggleIndex(show: boolean) {
    const index = document.querySelector<HTMLElement>('.site-index');
    if (index) index.hidden = !show;
  }

  #toggleMore(show: boolean) {
    const more = this.querySelector<HTMLElement>('.more');
    if (more) more.hidden = !show;
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = `${data.url}${resultFragment(data.excerpt, this.#query)}`;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [data.filters.typ?.[0], data.meta.datum].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is text from our own pages with <mark> around the matches.
    excerpt.innerHTML = data.excerpt;
    li.append(heading, meta, excerpt);
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
