import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteContent } from '@/lib/content';
import { lastUpdated, rssItems, toFeedEvents } from '@/lib/feeds';
import { absoluteUrl, routes } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** RSS of the timeline: one item per event, dated by the event, with each page's published and updated dates. */
export async function GET({ site }: APIContext) {
  const { events: entries, sources, municipalities } = await getSiteContent();
  const events = toFeedEvents(entries, sources, municipalities, (path) => absoluteUrl(site, path));
  const updated = lastUpdated(events);
  return rss({
    title: `${sv.siteName}: tidslinje`,
    description:
      'Händelserna i hur Samordningsförbundet Västmanland kom till, med källor. Varje post är daterad efter händelsen; när källan bara anger månad eller år står den första dagen i pubDate och det verkliga datumet i rubriken.',
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
