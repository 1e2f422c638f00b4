/**
 * The route registry: every address on the site is made here, and the
 * header, footer, site index, glossary links, feeds and tests take them from
 * here. Paths are root-relative; `href()` adds Astro's `base` (the site may
 * live under a sub-path such as /samordning/).
 */
import { sv } from '../i18n/sv';

export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Canonical, absolute URL of a path on the published site. */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}

export type FilterSection = 'tidslinje' | 'insatser';
export type DownloadFormat = 'csv' | 'json';

export const routes = {
  home: () => '/',
  page: (id: string) => `/${id}/`,
  municipalities: () => '/kommuner/',
  municipality: (id: string) => `/kommuner/${id}/`,
  perspectives: () => '/perspektiv/',
  perspective: (id: string) => `/perspektiv/${id}/`,
  timeline: () => '/tidslinje/',
  event: (id: string) => `/tidslinje/${id}/`,
  eventInTimeline: (id: string) => `/tidslinje/#${id}`,
  insatser: () => '/insatser/',
  insats: (id: string) => `/insatser/${id}/`,
  filter: (section: FilterSection, dimension: string, value: string) => `/${section}/${dimension}/${value}/`,
  /** Options from several dimensions, in the order given: /tidslinje/typ/mote/kommun/koping/; the list itself without any. */
  filterSelection: (section: FilterSection, options: readonly { dimension: string; value: string }[]) =>
    `/${[section, ...options.flatMap((o) => [o.dimension, o.value])].join('/')}/`,
  /** Where a list's results begin (the heading with their count), so a filter link lands on them. */
  results: () => '#resultat',
  economy: () => '/ekonomi/',
  seriesOnEconomy: (id: string) => `/ekonomi/#${id}`,
  data: () => '/data/',
  download: (id: string, format: DownloadFormat) => `/data/${id}.${format}`,
  sources: () => '/kallor/',
  source: (id: string) => `/kallor/${id}/`,
  /** A part of a source's text, optionally with a text fragment (`:~:text=…`) that highlights the quoted words. */
  sourcePassage: (id: string, anchor: string, fragment = '') => `/kallor/${id}/#${anchor}${fragment}`,
  forbundList: () => '/forbund/',
  forbund: (id: string) => `/forbund/${id}/`,
  parties: () => '/parter/',
  party: (id: string) => `/parter/${id}/`,
  glossary: () => '/ordlista/',
  term: (id: string) => `/ordlista/#${id}`,
  search: () => '/sok/',
  rss: () => '/rss.xml',
  timelineJson: () => '/tidslinje.json',
  timelineIcs: () => '/tidslinje.ics',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  pagefind: () => '/pagefind/pagefind.js',
  /** The words of the search index (src/integrations/search-vocabulary.ts). */
  searchWords: () => '/sok/ord.json',
  noScriptSearchCss: () => '/sok-utan-js.css',
} as const;

/** Addresses of pages in content/sidor/ that the site's chrome links to. */
export const PAGE_IDS = {
  about: 'om',
  accessibility: 'tillganglighet',
  easyRead: 'lattlast',
  english: 'in-english',
  faq: 'fragor-och-svar',
  aboutSite: 'om-webbplatsen',
} as const;

export interface SiteLink {
  /** The first path segment, to mark the current section. */
  key: string;
  label: string;
  path: string;
  lang?: 'sv' | 'en';
}

/** The main sections, in menu order (header navigation). */
export const SECTIONS: readonly SiteLink[] = [
  { key: PAGE_IDS.about, label: sv.nav.om, path: routes.page(PAGE_IDS.about) },
  { key: 'kommuner', label: sv.nav.kommuner, path: routes.municipalities() },
  { key: 'perspektiv', label: sv.nav.perspektiv, path: routes.perspectives() },
  { key: 'tidslinje', label: sv.nav.tidslinje, path: routes.timeline() },
  { key: 'insatser', label: sv.nav.insatser, path: routes.insatser() },
  { key: 'ekonomi', label: sv.nav.ekonomi, path: routes.economy() },
  { key: 'kallor', label: sv.nav.kallor, path: routes.sources() },
];

/** The links in the footer, in order. */
export const FOOTER_LINKS: readonly SiteLink[] = [
  { key: PAGE_IDS.accessibility, label: sv.footer.accessibility, path: routes.page(PAGE_IDS.accessibility) },
  { key: PAGE_IDS.easyRead, label: sv.footer.easy, path: routes.page(PAGE_IDS.easyRead) },
  { key: PAGE_IDS.english, label: sv.footer.english, path: routes.page(PAGE_IDS.english), lang: 'en' },
  { key: PAGE_IDS.faq, label: sv.footer.faq, path: routes.page(PAGE_IDS.faq) },
  { key: 'ordlista', label: sv.footer.glossary, path: routes.glossary() },
  { key: 'kallor', label: sv.footer.sources, path: routes.sources() },
  { key: PAGE_IDS.aboutSite, label: sv.footer.about, path: routes.page(PAGE_IDS.aboutSite) },
];

/** The generated list pages, as the site index on /sok/ names them. */
export const LIST_PAGES: readonly SiteLink[] = [
  { key: 'start', label: sv.listPages.home, path: routes.home() },
  { key: 'tidslinje', label: sv.listPages.timeline, path: routes.timeline() },
  { key: 'ekonomi', label: sv.listPages.economy, path: routes.economy() },
  { key: 'data', label: sv.listPages.data, path: routes.data() },
  { key: 'ordlista', label: sv.listPages.glossary, path: routes.glossary() },
  { key: 'kommuner', label: sv.listPages.municipalities, path: routes.municipalities() },
  { key: 'perspektiv', label: sv.listPages.perspectives, path: routes.perspectives() },
  { key: 'insatser', label: sv.listPages.insatser, path: routes.insatser() },
  { key: 'forbund', label: sv.listPages.forbund, path: routes.forbundList() },
  { key: 'parter', label: sv.listPages.parties, path: routes.parties() },
  { key: 'kallor', label: sv.listPages.sources, path: routes.sources() },
];

/**
 * The first path segments of the generated pages (list pages, search, the 404
 * page): a page in content/sidor/ may not take one of these names.
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set([...LIST_PAGES.map((link) => link.path.split('/')[1] ?? '').filter(Boolean), routes.search().split('/')[1] ?? '', '404']),
];
