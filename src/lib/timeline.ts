/** Shaping timeline events for display: order, grouping by year, the latest, disputed dates. */
import { compareDates, parsePartialDate } from './dates';
import type { Source, TimelineEvent } from './entries';
import type { ContentProblem } from './problems';

type Dated = { id: string; data: Pick<TimelineEvent['data'], 'date' | 'season'> & { efter?: { id: string } } };

/**
 * Events in the order the sources give. First by date, at each date's own
 * precision (a year before its months, a season from its first month), events
 * of the same date in file-name order; then each event that names the event
 * it comes after (`efter:`, for a source's "därefter") is moved to just after
 * it, in the same year. A chain of `efter` is followed in order.
 */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  const byDate = [...events].sort(
    (a, b) =>
      compareDates(parsePartialDate(a.data.date), parsePartialDate(b.data.date), { a: a.data.season, b: b.data.season }) ||
      a.id.localeCompare(b.id),
  );
  // An anchor outside the list (a filtered list) leaves the event at its date.
  const ids = new Set(events.map((e) => e.id));
  const follows = (e: T) => e.data.efter !== undefined && ids.has(e.data.efter.id);
  const placed = byDate.filter((e) => !follows(e));
  const waiting = byDate.filter(follows);
  // Each round places the events whose anchor is already placed; an anchor that never gets placed is reported by the content check.
  while (waiting.length > 0) {
    const ready = waiting.filter((e) => placed.some((p) => p.id === e.data.efter?.id));
    if (ready.length === 0) {
      placed.push(...waiting.splice(0));
      break;
    }
    for (const event of ready) {
      waiting.splice(waiting.indexOf(event), 1);
      const anchor = placed.findIndex((p) => p.id === event.data.efter?.id);
      // After the anchor and after the events already placed after it.
      let at = anchor + 1;
      while (at < placed.length && placed[at]?.data.efter?.id === event.data.efter?.id) at++;
      placed.splice(at, 0, event);
    }
  }
  return placed;
}

/** `efter:` that cannot be followed: an event after itself, in another year, or in a circle. */
export function orderProblems(
  events: readonly { id: string; filePath?: string; data: { date: string; efter?: { id: string } } }[],
): ContentProblem[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return events.flatMap((event) => {
    const anchorId = event.data.efter?.id;
    const anchor = anchorId === undefined ? undefined : byId.get(anchorId);
    if (!anchorId || !anchor) return [];
    const where = { file: event.filePath ?? event.id, field: 'efter' };
    if (anchorId === event.id) return [{ ...where, message: 'pekar på händelsen själv. Ange händelsen som den här kommer efter.' }];
    if (parsePartialDate(anchor.data.date).year !== parsePartialDate(event.data.date).year)
      return [{ ...where, message: `pekar på "${anchorId}", som är från ett annat år. efter ordnar bara händelser inom samma år.` }];
    const seen = new Set([event.id]);
    for (let at: typeof anchor | undefined = anchor; at?.data.efter; at = byId.get(at.data.efter.id)) {
      if (seen.has(at.id))
        return [{ ...where, message: `bildar en cirkel: ${[...seen].join(' → ')} → ${at.id}. Ta bort efter i en av dem.` }];
      seen.add(at.id);
    }
    return [];
  });
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
