import type { APIRoute } from 'astro';
import { getSiteContent } from '@/lib/content';
import { timelineJson, toFeedEvents } from '@/lib/feeds';
import { absoluteUrl, routes } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** The whole timeline as JSON: every event with its partial ISO date and precision, sources and URLs. */
export const GET: APIRoute = async ({ site }) => {
  const { events: entries, sources, municipalities } = await getSiteContent();
  const events = toFeedEvents(entries, sources, municipalities, (path) => absoluteUrl(site, path));
  const body = timelineJson(
    {
      title: `${sv.siteName}: tidslinje`,
      description:
        'Alla händelser i tidslinjen. Datum skrivs i ISO 8601 så exakt som källan anger (år, månad eller dag); fältet fields förklarar varje uppgift.',
      url: absoluteUrl(site, routes.timeline()),
      feedUrl: absoluteUrl(site, routes.timelineJson()),
    },
    events,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
