import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFeedEvents } from '@/lib/content';
import { displayDate, firstDay, parsePartialDate } from '@/lib/dates';
import { absoluteUrl } from '@/lib/paths';
import { sv } from '@/i18n/sv';

/** RSS of the timeline: one item per event, dated by the event, with the page's last change. */
export async function GET(context: APIContext) {
  const events = await getFeedEvents(context.site);
  return rss({
    title: `${sv.siteName}: tidslinje`,
    description: 'Händelserna i hur Samordningsförbundet Västmanland kom till, med källor.',
    site: absoluteUrl(context.site, '/'),
    xmlns: { dcterms: 'http://purl.org/dc/terms/' },
    customData: '<language>sv-se</language>',
    items: events.map((event) => ({
      title: `${displayDate(event)}: ${event.title}`,
      link: event.url,
      pubDate: new Date(`${firstDay(parsePartialDate(event.date))}T00:00:00Z`),
      description: event.summary,
      customData: [
        event.published ? `<dcterms:issued>${event.published}</dcterms:issued>` : '',
        event.updated ? `<dcterms:modified>${event.updated}</dcterms:modified>` : '',
      ].join(''),
    })),
  });
}
