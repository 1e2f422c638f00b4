/**
 * <site-search>: Pagefind search on /sok/. Reads ?q=, ?typ= and ?kommun= from
 * the URL and keeps them there as the reader types, so every search can be
 * linked. Filters work with or without a query. Results are announced in a
 * live region. Pagefind's files and the index's words (data-words) are fetched
 * from the site itself: after the page has loaded, or at once when the reader
 * moves to the search field.
 *
 * Each query is planned first (src/lib/search-query.ts): function words left
 * out, words the site does not use neither searched for nor matched as the
 * beginning of another word, misspellings corrected or offered as "Menade du
 * …?", and pages with some of the words shown when none has all. The status
 * line says what was done. Ranking is Pagefind's, with the weights in
 * data-ranking (src/lib/search-rank.ts).
 *
 * A keystroke searches at once when no search is running; keystrokes that
 * come while one runs are gathered into one search after it, so fast typing
 * never queues stale searches and a pause never waits for a timer.
 */
import { afterLoad } from '../ui/after-load';
import { resultFragment } from '@/lib/search-highlight';
import { normalize, planQuery, runPlan, Vocabulary, type QueryPlan, type VocabularyData } from '@/lib/search-query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
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
/** What a search found, and what the status line says about it. */
interface Outcome {
  results: PagefindResult[];
  plan?: QueryPlan;
  /** No page has every word; these have some. */
  partial: boolean;
}

const PAGE_SIZE = 10;
/** The page type whose sections (terms) a result links to, rather than the page. */
const GLOSSARY = 'ordlista';
const quoted = (text: string) => `”${text}”`;
const hits = (count: number) => `${count} ${count === 1 ? 'träff' : 'träffar'}`;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #vocabulary?: Promise<Vocabulary | undefined>;
  /** The newest query not yet searched for, and whether a search is running. */
  #wanted?: Query;
  #searching = false;
  /** Counts searches; a result list from an older search stops growing. */
  #run = 0;
  #shown = 0;
  #results: PagefindResult[] = [];
  /** The words searched for, to highlight on the page a result opens. */
  #highlight = '';
  #terms: string[] = [];
  #input?: HTMLInputElement;
  #update?: () => void;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('#sok-fraga');
    const typ = this.querySelector<HTMLSelectElement>('#sok-typ');
    const kommun = this.querySelector<HTMLSelectElement>('#sok-kommun');
    if (!form || !input || !typ || !kommun) return;
    this.#input = input;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    typ.value = params.get('typ') ?? '';
    kommun.value = params.get('kommun') ?? '';
    const current = (): Query => ({ text: input.value.trim(), typ: typ.value, kommun: kommun.value });

    const update = () => {
      const query = current();
      history.replaceState(null, '', this.#address(query.text, query));
      this.#request(query);
    };
    this.#update = update;
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

  /** This page's address for a query, filters kept. */
  #address(text: string, { typ, kommun }: Pick<Query, 'typ' | 'kommun'>): string {
    const url = new URL(location.href);
    for (const [key, value] of [
      ['q', text],
      ['typ', typ],
      ['kommun', kommun],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    return url.href;
  }

  #load(): Promise<Pagefind> {
    this.#vocabulary ??= fetch(this.dataset.words ?? '/sok/ord.json')
      .then((response) => (response.ok ? (response.json() as Promise<VocabularyData>) : Promise.reject(new Error(response.statusText))))
      .then((data) => new Vocabulary(data))
      // Without the words every word is searched for as typed, as Pagefind alone would.
      .catch(() => undefined);
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind ?? '/pagefind/pagefind.js')) as Pagefind;
      const ranking = JSON.parse(this.dataset.ranking ?? '{}') as Record<string, unknown>;
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24, ranking });
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
      if (query.text) void this.#load().then(async (pagefind) => pagefind.preload(await this.#searchText(query.text)));
      return;
    }
    void this.#drain();
  }

  /** The words a query will search for, once the vocabulary is in. */
  async #searchText(text: string): Promise<string> {
    const plan = planQuery(text, await this.#vocabulary);
    return plan.terms.join(' ') || text;
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

  async #find(pagefind: Pagefind, text: string, filters: Record<string, string>): Promise<Outcome> {
    const search = async (query: string | null, extra: Record<string, string> = {}) =>
      (await pagefind.search(query, { filters: { ...filters, ...extra } })).results;
    if (!text) return { results: await search(null), partial: false };
    // "…" asks Pagefind for the exact phrase: passed on as it is.
    if (/^\s*".+"\s*$/.test(text)) return { results: await search(text), partial: false };
    const plan = planQuery(text, await this.#vocabulary);
    return { plan, ...(await runPlan(plan, search)) };
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
    const outcome = await this.#find(pagefind, text, filters);
    if (run !== this.#run) return;
    // Showing the results is not awaited: the next keystroke's search may start meanwhile.
    void this.#show(run, outcome, text, { typ, kommun });
  }

  async #show(run: number, { results, plan, partial }: Outcome, text: string, filters: Pick<Query, 'typ' | 'kommun'>) {
    const status = this.querySelector('.status');
    const list = this.querySelector<HTMLOListElement>('.results');
    if (!status || !list) return;
    this.#results = results;
    this.#terms = plan?.terms ?? [];
    this.#highlight = plan ? plan.terms.join(' ') : text;
    this.#shown = 0;
    list.replaceChildren();
    list.hidden = results.length === 0;
    this.#toggleIndex(results.length === 0);
    await this.#renderMore(run);
    if (run !== this.#run) return;
    // Announced once the results are on the page.
    status.replaceChildren(...this.#statusLine(results.length, text, plan, partial, filters));
    status.querySelector('a')?.addEventListener('click', (event) => {
      event.preventDefault();
      if (!this.#input || !plan?.suggestion) return;
      this.#input.value = plan.suggestion;
      this.#update?.();
      this.#input.focus();
    });
  }

  /** What the status line says: the count, and what was done with the words. */
  #statusLine(
    count: number,
    text: string,
    plan: QueryPlan | undefined,
    partial: boolean,
    filters: Pick<Query, 'typ' | 'kommun'>,
  ): (string | Node)[] {
    if (!text) return [count === 0 ? 'Inga träffar.' : `${hits(count)}.`];
    if (!plan) return [count === 0 ? `Inga träffar för ${quoted(text)}.` : `${hits(count)} för ${quoted(text)}.`];
    const searched = plan.terms.join(' ');
    const notes: string[] = [];
    if (plan.terms.length === 0) notes.push(`Inga träffar för ${quoted(text)}.`);
    else {
      if (plan.corrected.length > 0) notes.push(`Inga träffar för ${quoted(plan.corrected.map((c) => c.from).join(' '))}.`);
      if (plan.unknown.length > 0) {
        const words = plan.unknown.map(quoted).join(', ');
        notes.push(plan.unknown.length === 1 ? `Ordet ${words} finns inte på webbplatsen.` : `Orden ${words} finns inte på webbplatsen.`);
      }
      const changed = plan.corrected.length > 0 || plan.unknown.length > 0;
      const asked = changed ? searched : text;
      const siteWords = plan.everyday ? ` (på sidorna: ${plan.everyday.siteWords.map(quoted).join(', ')})` : '';
      if (count === 0) notes.push(`Inga träffar för ${quoted(asked)}.`);
      else if (partial) notes.push(`Ingen sida har alla orden. ${hits(count)} med några av dem: ${plan.terms.map(quoted).join(', ')}.`);
      else notes.push(`${changed ? 'Visar ' : ''}${hits(count)} för ${quoted(asked)}${siteWords}.`);
    }
    const line: (string | Node)[] = [notes.join(' ')];
    if (plan.suggestion) {
      // A real link: it works as a plain address too; with the script it searches in place.
      const link = document.createElement('a');
      link.href = this.#address(plan.suggestion, filters);
      link.textContent = plan.suggestion;
      line.push(' Menade du ', link, '?');
    }
    return line;
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
    // The first result's fragment alone, so that it does not share the line (and Pagefind's worker) with the
    // nine after it; then the others at once. Each shows as soon as it and those before it are in.
    const first = next.slice(0, 1).map((r) => r.data());
    await first[0];
    const pending = [...first, ...next.slice(1).map((r) => r.data())];
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

  /** For the glossary, the term whose section matched: named by a searched word, else with the most matches. */
  #glossaryTerm(data: PagefindResultData): PagefindSubResult | undefined {
    if (data.filters.typ?.[0] !== GLOSSARY) return undefined;
    const terms = data.sub_results.filter((s) => s.url.includes('#'));
    const words = this.#terms.map(normalize);
    const named = terms.find((s) =>
      words.some((w) =>
        normalize(s.title)
          .split(/\s+/)
          .some((t) => t.startsWith(w) || w.startsWith(t)),
      ),
    );
    return named ?? [...terms].sort((a, b) => b.locations.length - a.locations.length)[0];
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const term = this.#glossaryTerm(data);
    const url = term?.url ?? data.url;
    const excerptHtml = term?.excerpt ?? data.excerpt;
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    // A glossary term's own address has a fragment already: the browser goes there, no text fragment is added.
    link.href = term ? url : `${url}${resultFragment(excerptHtml, this.#highlight)}`;
    link.textContent = term ? `${term.title} (${data.meta.title ?? GLOSSARY})` : (data.meta.title ?? data.url);
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [data.filters.typ?.[0], data.meta.datum].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is text from our own pages with <mark> around the matches.
    excerpt.innerHTML = excerptHtml;
    li.append(heading, meta, excerpt);
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
