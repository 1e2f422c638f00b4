/** What every page hands its layout: heading, trail, sources, dates and what search should know. */
import type { Source } from './entries';
import type { PageType } from './site-index';

export interface Crumb {
  label: string;
  path?: string;
}

/** What search needs to know about a page: its type (a Pagefind filter), its municipalities, for events the date, and other names. */
export interface SearchInfo {
  type: PageType;
  /** Names of the municipalities the page concerns. */
  kommuner?: string[];
  /** A date shown in results, already formatted in Swedish. */
  date?: string;
  /** Other names the page is known by, besides its title (the glossary: every term and its forms). */
  names?: string[];
}

export interface PageDates {
  published?: string;
  updated?: string;
  changes?: { date: string; text: string }[];
}

/** The props of ArticleLayout: a page's data function returns one, the page spreads it. */
export interface PageFrame {
  title: string;
  description?: string;
  lead?: string;
  breadcrumbs: Crumb[];
  /** The first path segment, to mark the current section in the header. */
  section?: string;
  lang?: 'sv' | 'en';
  /** In citation order; `passages` are the words quoted from each (citedSources). */
  sources: (Source & { passages?: readonly string[] })[];
  meta?: PageDates;
  search?: SearchInfo;
  /** False for generated navigation pages (filters) that would only crowd search results. */
  searchable?: boolean;
}
