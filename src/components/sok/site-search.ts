/**
 * <site-search>: Pagefind search on /sok/. Reads ?q=, ?typ= and ?kommun= from
 * the URL and keeps them there as the reader types, so every search can be
 * linked. Filters work with or without a query. Results are announced in a
 * live region. Pagefind's files are fetched from the site itself.
 */
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

const PAGE_SIZE = 10;
/** Wait this long for a pause in typing before searching (the index chunks are fetched at once). */
const TYPING_PAUSE_MS = 50;

export function textFragment(query: string): string {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length > 1)
    .slice(0, 3);
  return words.length ? `#:~:${words.map((w) => `text=${encodeURIComponent(w)}`).join('&')}` : '';
}

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #timer?: number;
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
    this.querySelector('fieldset.filters')?.removeAttribute('hidden');
    document.querySelector('.no-js-note')?.setAttribute('hidden', '');

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    typ.value = params.get('typ') ?? '';
    kommun.value = params.get('kommun') ?? '';

    const update = () => {
      const url = new URL(location.href);
      for (const [key, value] of [['q', input.value.trim()], ['typ', typ.value], ['kommun', kommun.value]] as const) {
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      }
      history.replaceState(null, '', url);
      // Start fetching the index chunks for the words typed so far while we wait for a pause.
      const query = input.value.trim();
      if (query) void this.#load().then((pagefind) => pagefind.preload(query));
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#search(input.value.trim(), typ.value, kommun.value), TYPING_PAUSE_MS);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    input.addEventListener('input', update);
    typ.addEventListener('change', update);
    kommun.addEventListener('change', update);
    this.querySelector('.more button')?.addEventListener('click', () => void this.#renderMore());
    if (input.value || typ.value || kommun.value) void this.#search(input.value.trim(), typ.value, kommun.value);
    // Whoever opens /sok/ is about to search: load Pagefind now rather than on the first key.
    else void this.#load();
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

  async #search(query: string, typ: string, kommun: string) {
    const run = ++this.#run;
    const status = this.querySelector('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!status || !list) return;
    if (!query && !typ && !kommun) {
      list.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      this.#toggleMore(false);
      return;
    }
    const filters: Record<string, string> = {};
    if (typ) filters.typ = typ;
    if (kommun) filters.kommun = kommun;
    const pagefind = await this.#load();
    const search = await pagefind.search(query || null, { filters });
    if (run !== this.#run) return;
    this.#results = search.results;
    this.#query = query;
    this.#shown = 0;
    list.replaceChildren();
    const count = search.results.length;
    list.hidden = count === 0;
    await this.#renderMore();
    if (run !== this.#run) return;
    // Announced once the first results are on the page.
    const what = query ? ` för ”${query}”` : '';
    status.textContent = count === 0 ? `Inga träffar${what}.` : `${count} ${count === 1 ? 'träff' : 'träffar'}${what}.`;
  }

  async #renderMore() {
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!list) return;
    const run = this.#run;
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

  #toggleMore(show: boolean) {
    const more = this.querySelector<HTMLElement>('.more');
    if (more) more.hidden = !show;
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = `${data.url}${this.#query ? textFragment(this.#query) : ''}`;
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
