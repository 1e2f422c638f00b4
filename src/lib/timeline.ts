/** Shaping timeline events for display: grouping by year, filtering by who took part. */
import { parsePartialDate, compareDates, type PartialDate } from './dates';

export interface EventLike {
  id: string;
  data: {
    date: string;
    kind: string;
    parter: { id: string }[];
    kommuner: { id: string }[];
    allaKommuner: boolean;
    forbund: { id: string }[];
    perspektiv: { id: string }[];
  };
}

export function sortEvents<T extends EventLike>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => compareDates(parsePartialDate(a.data.date), parsePartialDate(b.data.date)) || a.id.localeCompare(b.id),
  );
}

export interface YearGroup<T> {
  year: number;
  events: T[];
}

export function groupByYear<T extends EventLike>(events: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const event of sortEvents(events)) {
    const { year } = parsePartialDate(event.data.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export function involvesMunicipality(event: EventLike, kommunId: string): boolean {
  return event.data.allaKommuner || event.data.kommuner.some((k) => k.id === kommunId);
}

export function involvesParty(event: EventLike, partId: string): boolean {
  return event.data.parter.some((p) => p.id === partId);
}

export function latest<T extends EventLike>(events: readonly T[], count: number): T[] {
  return sortEvents(events).slice(-count).reverse();
}

export function eventDate(event: EventLike): PartialDate {
  return parsePartialDate(event.data.date);
}
