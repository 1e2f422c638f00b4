import type { APIRoute } from 'astro';
import { getFeedEvents } from '@/lib/content';
import { timelineIcs } from '@/lib/feeds';
import { sv } from '@/i18n/sv';

/** The timeline as a calendar: one all-day event per event dated to the day. */
export const GET: APIRoute = async ({ site }) => {
  const events = await getFeedEvents(site);
  const stamp = events.map((e) => e.updated ?? '').sort().at(-1) || '2026-11-22';
  const body = timelineIcs(
    {
      name: `${sv.siteName}: tidslinje`,
      description: 'Händelser med exakt datum. Händelser som källorna bara anger med månad eller år finns i tidslinjen på webbplatsen och i tidslinje.json.',
      host: new URL(site ?? 'http://localhost').hostname,
      stamp,
    },
    events,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
