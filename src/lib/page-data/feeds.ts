/** The timeline's feeds (RSS, JSON, iCalendar): their events and what each feed says about itself. */
import { sv } from '../../i18n/sv';
import type { SiteContent } from '../entries';
import { lastUpdated, timelineIcs, timelineJson, toFeedEvents, type FeedEvent } from '../feeds';
import { absoluteUrl, routes } from '../paths';

export function feedEvents(content: SiteContent, site: URL | undefined): FeedEvent[] {
  return toFeedEvents(content.events, content.sources, content.municipalities, (path) => absoluteUrl(site, path));
}

/** /tidslinje.json */
export function jsonFeed(content: SiteContent, site: URL | undefined) {
  const meta = {
    title: sv.feeds.title,
    description: sv.feeds.json,
    url: absoluteUrl(site, routes.timeline()),
    feedUrl: absoluteUrl(site, routes.timelineJson()),
  };
  return timelineJson(meta, feedEvents(content, site));
}

/** /tidslinje.ics */
export function icsFeed(content: SiteContent, site: URL | undefined): string {
  const events = feedEvents(content, site);
  const host = new URL(absoluteUrl(site, routes.home())).hostname;
  // The file changes only when an event does; the build date only if no event has a date of its own.
  const stamp = lastUpdated(events) ?? new Date().toISOString().slice(0, 10);
  return timelineIcs({ name: sv.feeds.title, description: sv.feeds.ics, host, stamp }, events);
}
