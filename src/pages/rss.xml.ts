import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteContent } from '@/lib/content';
import { feedEvents } from '@/lib/page-data';
import { lastUpdated, rssItems } from '@/lib/feeds';
import { absoluteUrl, routes } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** RSS of the timeline: one item per event, dated by the event, with each page's published and updated dates. */
export async function GET({ site }: APIContext) {
  const events = feedEvents(await getSiteContent(), site);
  const updated = lastUpdated(events);
  return rss({
    title: sv.feeds.title,
    description: sv.feeds.rss,
    site: absoluteUrl(site, routes.timeline()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    customData: [
      '<language>sv-se</language>',
      `<atom:link href="${absoluteUrl(site, routes.rss())}" rel="self" type="application/rss+xml"/>`,
      updated ? `<lastBuildDate>${new Date(`${updated}T00:00:00Z`).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: rssItems(events),
  });
}
