import type { APIRoute } from 'astro';
import { getSiteContent } from '@/lib/content';
import { lastUpdated, timelineIcs, toFeedEvents } from '@/lib/feeds';
import { absoluteUrl, routes } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** The timeline as a calendar: one all-day event per event dated to the day (see src/lib/feeds.ts). */
export const GET: APIRoute = async ({ site }) => {
  const { events: entries, sources, municipalities } = await getSiteContent();
  const events = toFeedEvents(entries, sources, municipalities, (path) => absoluteUrl(site, path));
  const body = timelineIcs(
    {
      name: `${sv.siteName}: tidslinje`,
      description:
        'Händelserna i tidslinjen som källorna daterar till en dag. Händelser som källorna bara anger med månad eller år finns inte här, eftersom en kalender kräver en dag; de finns i tidslinjen på webbplatsen, i tidslinje.json och i RSS-flödet.',
      host: new URL(absoluteUrl(site, routes.home())).hostname,
      // The file changes only when an event does; the build date only if no event has a date of its own.
      stamp: lastUpdated(events) ?? new Date().toISOString().slice(0, 10),
    },
    events,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
