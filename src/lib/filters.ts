/**
 * Filters for the timeline and the insatser catalogue. Every filter value is a
 * generated page of its own (/tidslinje/kommun/koping/), so filtering is a plain
 * link that works without JavaScript and can be shared.
 */
import { slugify } from './slug';

export type Dimension = 'part' | 'kommun' | 'typ';

export interface FilterOption {
  dimension: Dimension;
  /** URL segment. */
  value: string;
  label: string;
}

export interface FilterGroup {
  dimension: Dimension;
  heading: string;
  options: FilterOption[];
}

interface Named {
  id: string;
  name: string;
}

export interface Filterable {
  kind: string;
  parter: { id: string }[];
  kommuner: { id: string }[];
  allaKommuner: boolean;
}

/** The filter options that match at least one item, grouped by dimension. */
export function filterGroups(
  parties: Named[],
  municipalities: Named[],
  kinds: readonly string[],
  items: readonly Filterable[],
): FilterGroup[] {
  const groups: FilterGroup[] = [
    { dimension: 'typ', heading: 'Typ', options: kinds.map((kind) => ({ dimension: 'typ', value: slugify(kind), label: kind })) },
    { dimension: 'kommun', heading: 'Kommun', options: municipalities.map((m) => ({ dimension: 'kommun', value: m.id, label: m.name })) },
    { dimension: 'part', heading: 'Part', options: parties.map((p) => ({ dimension: 'part', value: p.id, label: p.name })) },
  ];
  return groups
    .map((group) => ({ ...group, options: group.options.filter((option) => items.some((item) => matchesFilter(item, option))) }))
    .filter((group) => group.options.length > 0);
}

export function matchesFilter(item: Filterable, option: Pick<FilterOption, 'dimension' | 'value'>): boolean {
  switch (option.dimension) {
    case 'typ':
      return slugify(item.kind) === option.value;
    case 'kommun':
      return item.allaKommuner || item.kommuner.some((k) => k.id === option.value);
    case 'part':
      return item.parter.some((p) => p.id === option.value);
  }
}

export function filterPath(section: 'tidslinje' | 'insatser', option: Pick<FilterOption, 'dimension' | 'value'>): string {
  return `/${section}/${option.dimension}/${option.value}/`;
}

/**
 * Which kinds of insats a perspective's page lists as related. The documents
 * group their reasons by perspective, not the insatser, so the link is by kind:
 * insatser for individuals concern the individual; structural work concerns the
 * förbund and the parties; competence development concerns the parties' staff.
 */
export const KINDS_BY_PERSPECTIVE: Record<string, readonly string[]> = {
  individ: ['individinsats'],
  forbund: ['strukturell insats'],
  parter: ['strukturell insats', 'kompetensutveckling'],
  samhalle: [],
};
