/**
 * Every fixed list an editor picks a value from, with its TypeScript type.
 * Plain TypeScript (no astro:content), so schemas, lib and tests share it.
 */

/** Units of a data series in content/bidrag/. */
export const UNITS = ['kr', 'kr/år', 'procent'] as const;
export type Unit = (typeof UNITS)[number];

/** Kinds of insats in content/insatser/, in the order the catalogue lists them. */
export const INSATS_KINDS = ['individinsats', 'strukturell insats', 'kompetensutveckling'] as const;
export type InsatsKind = (typeof INSATS_KINDS)[number];

export const INSATS_STATUSES = ['pågående', 'avslutad', 'planerad', 'okänd'] as const;
export type InsatsStatus = (typeof INSATS_STATUSES)[number];

/** Kinds of event in content/tidslinje/. */
export const EVENT_KINDS = ['beslut', 'möte', 'dokument', 'organisation', 'uppföljning'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds of document in content/kallor/. */
export const SOURCE_KINDS = [
  'avsiktsförklaring',
  'tjänstemannayttrande',
  'beslutsunderlag',
  'förslag till beslut',
  'lag',
  'förbundsordning',
  'webbsida',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What content/kalltexter/ holds for a source: the whole document, or short passages from a web page. */
export const SOURCE_TEXT_KINDS = ['helt', 'utdrag'] as const;

/** Seasons that narrow a year (`season: var` is spring), without å, ä and ö. */
export const SEASONS = ['var', 'sommar', 'host', 'vinter'] as const;
export type Season = (typeof SEASONS)[number];

/** Languages of a page in content/sidor/. */
export const PAGE_LANGUAGES = ['sv', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];
