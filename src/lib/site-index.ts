/** The plain site index: every page grouped by type, for /sok/ without JavaScript. */
export interface IndexItem {
  label: string;
  path: string;
}

export interface IndexGroup {
  type: string;
  heading: string;
  items: IndexItem[];
}

export const PAGE_TYPES = [
  { type: 'sida', heading: 'Sidor' },
  { type: 'kommun', heading: 'Kommuner' },
  { type: 'perspektiv', heading: 'Perspektiv' },
  { type: 'händelse', heading: 'Händelser' },
  { type: 'insats', heading: 'Insatser' },
  { type: 'förbund', heading: 'Förbund' },
  { type: 'part', heading: 'Parter' },
  { type: 'källa', heading: 'Källor' },
  { type: 'ordlista', heading: 'Ordlista' },
] as const;

/** The kinds of page, as search filters and the site index name them. */
export type PageType = (typeof PAGE_TYPES)[number]['type'];

export function groupIndex(items: readonly (IndexItem & { type: PageType })[]): IndexGroup[] {
  return PAGE_TYPES.map(({ type, heading }) => ({
    type,
    heading,
    items: items
      .filter((item) => item.type === type)
      .map(({ label, path }) => ({ label, path }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
  })).filter((group) => group.items.length > 0);
}
