/**
 * How search ranks a page, by what the page is. Pagefind ranks with its own
 * means, and this decides what each page gives it:
 *
 * - `named`: a page about one thing (a kommun, förbund, part, insats,
 *   perspective, the glossary, /ekonomi/) or an explanatory page (/om/,
 *   /fragor-och-svar/, the lists). Its title and other names also go into the
 *   metadata field `namn`, which weighs heavily (NAME_WEIGHTS), so the page
 *   comes first for its own name.
 * - `event`: a timeline event. Its title counts as Pagefind's title only, so an
 *   event about a förbund ranks below the förbund's own page.
 * - `reference`: sources and the pages about the site itself (accessibility,
 *   about the site, data downloads). Their text weighs half (BODY_WEIGHT), so
 *   explanatory pages come before them for general words, while their titles
 *   still find them by name.
 *
 * The weights of the metadata fields are passed to Pagefind in the browser
 * (src/components/sok/site-search.ts); they live here to be read together.
 */
import { PAGE_IDS, routes } from './paths';
import type { PageType } from './site-index';

export type SearchRole = 'named' | 'event' | 'reference';

/** Pages about the site itself rather than about the förbund. */
const SITE_PAGES: readonly string[] = [routes.page(PAGE_IDS.accessibility), routes.page(PAGE_IDS.aboutSite), routes.data()];

/** What a page is for search, from its type and its root-relative path. */
export function searchRole(type: PageType, path: string): SearchRole {
  if (type === 'händelse') return 'event';
  if (type === 'källa' || path === routes.sources() || SITE_PAGES.includes(path)) return 'reference';
  return 'named';
}

/** Pagefind's weight for the words of a page's text (`data-pagefind-weight` on <main>); 1 is Pagefind's own. */
export const BODY_WEIGHT: Record<SearchRole, number> = { named: 1, event: 1, reference: 0.5 };

/**
 * Pagefind's `ranking.metaWeights`: how much a match in each metadata field adds.
 * `title` is Pagefind's (the first h1, every page); the others are ours
 * (src/components/sok/SearchMeta.astro).
 */
export const NAME_WEIGHTS = {
  /** The page's heading, on every page (Pagefind's default is 5). */
  title: 5,
  /** The name and other names of a `named` page. */
  namn: 8,
  /** Fact boxes: "Kommunkod: 1983." A page's own facts say what it is about. */
  fakta: 2,
  /** The editors' everyday words for words the page uses. */
  vardagsord: 1,
  /** Parts of the page's compounds ("ordning" in "förbundsordningen"). */
  ordled: 0.5,
  /** An event's date, as shown in results. */
  datum: 0.5,
} as const;

/** Pagefind's `ranking` option (pagefind.options in the browser); the others stay at Pagefind's defaults. */
export const PAGEFIND_RANKING = { metaWeights: NAME_WEIGHTS };
