/**
 * Rules that concern two fields of one file (a period's end and start, a page's
 * dates, a series' total), as zod refinements with a Swedish message on the
 * field that is wrong. They run after each field has passed its own check.
 */
import type { z } from 'astro/zod';

type Context = z.core.$RefinementCtx;

/** Today's date in Sweden, ÅÅÅÅ-MM-DD, when the site is built. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** True when `end` is before `start`, compared at the precision both give (2023 does not end before 2023-05). */
export function endsBefore(start: string, end: string): boolean {
  const shared = Math.min(start.length, end.length);
  return end.slice(0, shared) < start.slice(0, shared);
}

/** `end` may not come before `startKey` (`date` for events, `start` for insatser and förbund). */
export function endNotBeforeStart(startKey: 'date' | 'start') {
  return (entry: { end?: unknown; date?: unknown; start?: unknown }, ctx: Context) => {
    const start = entry[startKey];
    if (typeof start !== 'string' || typeof entry.end !== 'string' || !endsBefore(start, entry.end)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `Slutet ${entry.end} ligger före början (${startKey}: ${start}). Rätta något av datumen: end ska vara samma tid som ${startKey} eller senare.`,
    });
  };
}

function notInFuture(value: unknown, key: string, ctx: Context): void {
  const today = swedishToday();
  if (typeof value !== 'string' || value <= today) return;
  ctx.addIssue({
    code: 'custom',
    path: [key],
    message: `Datumet ${value} ligger i framtiden (i dag är det ${today}). Skriv det datum då sidan publicerades eller ändrades.`,
  });
}

/** `published` not after `updated`, and neither in the future. */
export function pageDatesInOrder(entry: { published?: unknown; updated?: unknown }, ctx: Context): void {
  notInFuture(entry.published, 'published', ctx);
  notInFuture(entry.updated, 'updated', ctx);
  const { published, updated } = entry;
  if (typeof published !== 'string' || typeof updated !== 'string' || published <= updated) return;
  ctx.addIssue({
    code: 'custom',
    path: ['published'],
    message: `Sidan kan inte ha publicerats (${published}) efter att den senast ändrades (updated: ${updated}). Rätta något av datumen.`,
  });
}

/** The sum of a series' points, rounded away from floating-point noise (33.3 + 33.3 + 33.4). */
export function pointsSum(points: readonly { value: number }[]): number {
  return Math.round(points.reduce((sum, point) => sum + point.value, 0) * 1e6) / 1e6;
}

/** A series' `total`, where given, is the sum of its points. */
export function totalMatchesPoints(series: { total?: unknown; points?: unknown }, ctx: Context): void {
  if (typeof series.total !== 'number' || !Array.isArray(series.points)) return;
  const sum = pointsSum(series.points as { value: number }[]);
  if (sum === series.total) return;
  ctx.addIssue({
    code: 'custom',
    path: ['total'],
    message: `total är ${series.total}, men värdena under points blir tillsammans ${sum}. Rätta total eller värdena, eller ta bort total (fältet behövs inte).`,
  });
}

/**
 * Every fact a fact box shows with a value has a citation under `faktakallor:`.
 * `shown` says, per fact name, whether the entry gives the fact a value (a fact
 * without one shows "Uppgift saknas i källorna" and needs no citation, and
 * may have none: the box would not show it).
 */
export function factsCited<E extends { faktakallor?: Partial<Record<string, unknown[]>> }>(shown: Record<string, (entry: E) => boolean>) {
  return (entry: E, ctx: Context) => {
    for (const [fact, hasValue] of Object.entries(shown)) {
      const cited = (entry.faktakallor?.[fact]?.length ?? 0) > 0;
      if (cited && !hasValue(entry))
        ctx.addIssue({
          code: 'custom',
          path: ['faktakallor', fact],
          message: `Uppgiften ${fact} har citat, men faktarutan visar den inte (fältet saknas eller är okänt). Fyll i uppgiften eller ta bort citatet.`,
        });
      if (!hasValue(entry) || cited) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['faktakallor', fact],
        message: `Uppgiften ${fact} visas i faktarutan men har inget citat. Skriv under faktakallor: en rad ${fact}: med source (källans id) och citat (orden i källan som uppgiften bygger på), eller ta bort uppgiften om ingen källa säger den.`,
      });
    }
  };
}
