/**
 * Filters for the timeline and the insatser catalogue. Every filter value, and
 * every combination of values from different dimensions that has results, is a
 * generated page of its own (/tidslinje/kommun/koping/,
 * /tidslinje/typ/mote/kommun/koping/), so filtering is a plain link that works
 * without JavaScript and can be shared. The dimensions stand in the address in
 * the order of DIMENSIONS.
 */
import { slugify } from './slug';
import { concernsMunicipality, concernsParty } from './involvement';
import { routes, type FilterSection } from './paths';
import type { Insats, TimelineEvent } from './entries';

export type Dimension = 'part' | 'kommun' | 'typ';

/** The dimensions in the order they are offered and stand in a filter address. */
export const DIMENSIONS: readonly Dimension[] = ['typ', 'kommun', 'part'];

/**
 * The kind combines with a municipality or with a party; a municipality and a
 * party are alternatives (choosing one drops the other). Every municipality
 * takes part in much of what a party does, so their combinations would add
 * many pages that say little.
 */
const EXCLUSIVE: Record<Dimension, readonly Dimension[]> = { typ: [], kommun: ['part'], part: ['kommun'] };

const combines = (a: Dimension, b: Dimension) => a !== b && !EXCLUSIVE[a].includes(b);

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

/** The filter options chosen together: at most one per dimension, in the order of DIMENSIONS. */
export type Selection = readonly FilterOption[];

/**
 * Puts a selection in address order. An option replaces an earlier one of its
 * own dimension and of a dimension it does not combine with.
 */
export function normalizeSelection(options: readonly FilterOption[]): FilterOption[] {
  const kept: FilterOption[] = [];
  for (const option of options) {
    const others = kept.filter((o) => combines(o.dimension, option.dimension));
    kept.splice(0, kept.length, ...others, option);
  }
  return DIMENSIONS.flatMap((dimension) => kept.filter((o) => o.dimension === dimension));
}

export function matchesSelection(item: Filterable, selection: Selection): boolean {
  return selection.every((option) => matchesFilter(item, option));
}

/** The address of a selection: the list itself when nothing is chosen. */
export function selectionPath(section: FilterSection, selection: Selection): string {
  return routes.filterSelection(section, normalizeSelection(selection));
}

/** "möte och Köping", "möte, Köping och Arbetsförmedlingen". */
export function selectionLabel(selection: Selection): string {
  const labels = selection.map((option) => option.label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} och ${labels.at(-1)}` : (labels[0] ?? '');
}

/**
 * Every selection, of one option or of options from dimensions that combine,
 * that at least one item matches: the filter pages to generate.
 */
export function selectionsWithResults(groups: readonly FilterGroup[], items: readonly Filterable[]): FilterOption[][] {
  const ordered = DIMENSIONS.flatMap((dimension) => groups.filter((group) => group.dimension === dimension));
  const found: FilterOption[][] = [];
  const extend = (from: number, selection: FilterOption[], matching: readonly Filterable[]) => {
    for (let g = from; g < ordered.length; g++) {
      const group = ordered[g];
      if (!group || !selection.every((o) => combines(o.dimension, group.dimension))) continue;
      for (const option of group.options) {
        const narrowed = matching.filter((item) => matchesFilter(item, option));
        if (narrowed.length === 0) continue;
        const next = [...selection, option];
        found.push(next);
        extend(g + 1, next, narrowed);
      }
    }
  };
  extend(0, [], items);
  return found;
}

/** What a filter link leads to, and whether it is the page the reader is on. */
export interface FilterChoice {
  label: string;
  /** The selection the link leads to (a generated page: it has results). */
  target: FilterOption[];
  current: boolean;
}

export interface FilterChoiceGroup {
  dimension: Dimension;
  heading: string;
  /** "Alla typer" (no choice in this dimension) first, then each option. */
  choices: FilterChoice[];
}

/** What the filter links above a list need: the section, the groups of choices, the current ones and the nav's name. */
export interface FilterNavigation {
  section: FilterSection;
  choices: FilterChoiceGroup[];
  active: FilterOption[];
  label: string;
}

const ALL_LABELS: Record<Dimension, string> = { typ: 'Alla typer', kommun: 'Alla kommuner', part: 'Alla parter' };

/**
 * The filter links on a page showing `selection`: choosing an option replaces
 * the choice in its dimension (and in one it does not combine with) and keeps
 * the others; "Alla …" drops the dimension. When the combination has no
 * results, the link keeps as many of the other choices as still give results
 * (the later dimensions are dropped first), so every link leads to a page
 * with results.
 */
export function filterChoices(groups: readonly FilterGroup[], selection: Selection, items: readonly Filterable[]): FilterChoiceGroup[] {
  const current = normalizeSelection(selection);
  const hasResults = (s: Selection) => items.some((item) => matchesSelection(item, s));
  const reachable = (wanted: FilterOption[], keep: FilterOption): FilterOption[] => {
    let candidate = wanted;
    while (!hasResults(candidate) && candidate.length > 1) {
      const drop = [...candidate].reverse().find((o) => o !== keep);
      candidate = candidate.filter((o) => o !== drop);
    }
    return candidate;
  };
  return groups.map((group) => {
    const others = current.filter((o) => combines(o.dimension, group.dimension));
    const chosen = current.find((o) => o.dimension === group.dimension);
    const all: FilterChoice = {
      label: ALL_LABELS[group.dimension],
      target: current.filter((o) => o.dimension !== group.dimension),
      current: !chosen,
    };
    const choices = group.options.map((option) => {
      const isChosen = chosen?.value === option.value;
      return {
        label: option.label,
        target: isChosen ? current : reachable(normalizeSelection([...others, option]), option),
        current: isChosen,
      };
    });
    return { dimension: group.dimension, heading: group.heading, choices: [all, ...choices] };
  });
}
