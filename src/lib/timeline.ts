/** Shaping timeline events for display: order, grouping by year, the latest, disputed dates. */
import { compareDates, parsePartialDate } from './dates';
import type { Source, TimelineEvent } from './entries';

type Dated = { id: string; data: Pick<TimelineEvent['data'], 'date'> };

/** Events in date order; events of the same date in file-name order. */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(parsePartialDate(a.data.date), parsePartialDate(b.data.date)) || a.id.localeCompare(b.id));
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Items grouped by the year of their date, in date order. */
export function groupByYear<T>(items: readonly T[], event: (item: T) => Dated): YearGroup<T>[] {
  const order = new Map(sortEvents(items.map(event)).map((e, index) => [e, index]));
  const sorted = [...items].sort((a, b) => (order.get(event(a)) ?? 0) - (order.get(event(b)) ?? 0));
  const groups: YearGroup<T>[] = [];
  for (const item of sorted) {
    const { year } = parsePartialDate(event(item).data.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** The `count` latest events, newest first. */
export function latest<T extends Dated>(events: readonly T[], count: number): T[] {
  return sortEvents(events).slice(-count).reverse();
}

/** Two sources giving different dates for one event, resolved for display. */
export interface Dispute {
  date: string;
  /** The sources that give the event's own date. */
  own: Source[];
  other: Source;
  otherDate?: string;
  note: string;
}

/** The event's disputed date with its sources looked up, or undefined when the sources agree. */
export function resolveDispute(event: TimelineEvent, sources: readonly Source[]): Dispute | undefined {
  const { disputed } = event.data;
  if (!disputed) return undefined;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const other = byId.get(disputed.source.id);
  if (!other) return undefined;
  const own = event.data.sources
    .filter((s) => s.id !== disputed.source.id)
    .map((s) => byId.get(s.id))
    .filter((s): s is Source => s !== undefined);
  return { date: event.data.date, own, other, otherDate: disputed.date, note: disputed.note };
}

/** A timeline event as lists show it: the entry and, where the sources disagree, both dates. */
export interface TimelineItem {
  event: TimelineEvent;
  dispute?: Dispute;
}

export function timelineItems(events: readonly TimelineEvent[], sources: readonly Source[]): TimelineItem[] {
  return events.map((event) => ({ event, dispute: resolveDispute(event, sources) }));
}
