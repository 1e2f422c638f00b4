/**
 * The content entries as the collections give them. The types come from the
 * schemas (src/schemas/, wired up in src/content.config.ts) through Astro's
 * `CollectionEntry`; nothing here is written by hand. Type-only: this module
 * imports nothing at run time, so pure modules and unit tests can use it.
 *
 * Each Swedish collection name maps to one English name:
 * kallor → Source, kalltexter → SourceText, kommuner → Municipality, forbund → Forbund, parter → Party,
 * perspektiv → Perspective, tidslinje → TimelineEvent, insatser → Insats,
 * bidrag → Series, ordlista → Term, sidor → Page, webbplats → Settings,
 * nyckeltal → KeyFigure.
 */
import type { CollectionEntry } from 'astro:content';
import type { ContentEntry } from './integrity';

export type Source = CollectionEntry<'kallor'>;
export type SourceText = CollectionEntry<'kalltexter'>;
export type Municipality = CollectionEntry<'kommuner'>;
export type Forbund = CollectionEntry<'forbund'>;
export type Party = CollectionEntry<'parter'>;
export type Perspective = CollectionEntry<'perspektiv'>;
export type TimelineEvent = CollectionEntry<'tidslinje'>;
export type Insats = CollectionEntry<'insatser'>;
export type Series = CollectionEntry<'bidrag'>;
export type Term = CollectionEntry<'ordlista'>;
export type Page = CollectionEntry<'sidor'>;
export type Settings = CollectionEntry<'webbplats'>['data'];
export type KeyFigure = CollectionEntry<'nyckeltal'>['data'];

/** A reference as a schema's `reference()` gives it. */
export interface Ref {
  id: string;
}

/** Everything the site is made of, each collection sorted the way lists show it. */
export interface SiteContent {
  sources: Source[];
  /** The texts of the sources (content/kalltexter/), by the source's id. */
  sourceTexts: SourceText[];
  municipalities: Municipality[];
  forbund: Forbund[];
  parties: Party[];
  perspectives: Perspective[];
  events: TimelineEvent[];
  insatser: Insats[];
  series: Series[];
  terms: Term[];
  pages: Page[];
  keyFigures: KeyFigure[];
  settings: Settings;
  /** Every entry of every collection as plain data (where a source is used). */
  all: readonly ContentEntry[];
}
