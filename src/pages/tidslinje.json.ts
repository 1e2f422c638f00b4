import type { APIRoute } from 'astro';
import { getFeedEvents } from '@/lib/content';
import { timelineJson } from '@/lib/feeds';
import { absoluteUrl } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** The whole timeline as JSON: ISO dates with precision, sources and URLs. */
export const GET: APIRoute = async ({ site }) => {
  const events = await getFeedEvents(site);
  const generated = events.map((e) => e.updated ?? '').sort().at(-1) ?? '';
  const body = timelineJson(
    {
      title: `${sv.siteName}: tidslinje`,
      description: 'Alla händelser i tidslinjen med datum (ISO 8601, så exakt som källan anger), källor och adresser.',
      url: absoluteUrl(site, '/tidslinje/'),
      generated,
    },
    events,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
