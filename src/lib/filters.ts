/**
 * Filters for the timeline and the insatser catalogue. Every filter value is a
 * generated page of its own (/tidslinje/kommun/koping/), so filtering is a plain
 * link that works without JavaScript and can be shared.
 */
import { slugify } from './slug';
import { concernsMunicipality, concernsParty } from './involvement';
import { routes, type FilterSection } from './paths';
import type { Insats, TimelineEvent } from './entries';

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

/** What a filter looks at in an event or an insats. */
export type Filterable = Pick<TimelineEvent['data'] | Insats['data'], 'kind' | 'parter' | 'kommuner' | 'allaKommuner'>;

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
      return concernsMunicipality(item, option.value);
    case 'part':
      return concernsParty(item, option.value);
  }
}

export function filterPath(section: FilterSection, option: Pick<FilterOption, 'dimension' | 'value'>): string {
  return routes.filter(section, option.dimension, option.value);
}
