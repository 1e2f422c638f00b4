/** Everything an event's page shows. */
import { citedSources, quoting } from '../citations';
import { displayDate } from '../dates';
import type { SiteContent, TimelineEvent } from '../entries';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { resolveDispute } from '../timeline';
import { municipalityNames } from './names';
import { resolveRefs } from './resolve';
import { factMarkersByFact, factRefs } from '../fact-citations';

export interface InvolvedLink {
  label: string;
  path: string;
}

/** Who took part, as links: parties, then the municipalities (or all of them), then the förbund. */
export function involvedLinks(content: SiteContent, event: TimelineEvent): InvolvedLink[] {
  const { parter, kommuner, allaKommuner, forbund } = event.data;
  return [
    ...resolveRefs(parter, content.parties).map((p) => ({ label: p.data.name, path: routes.party(p.id) })),
    ...(allaKommuner
      ? [{ label: 'Alla tio kommuner', path: routes.municipalities() }]
      : resolveRefs(kommuner, content.municipalities).map((m) => ({ label: m.data.name, path: routes.municipality(m.id) }))),
    ...resolveRefs(forbund, content.forbund).map((f) => ({ label: f.data.name, path: routes.forbund(f.id) })),
  ];
}

export function eventPage(content: SiteContent, event: TimelineEvent) {
  const index = content.events.findIndex((e) => e.id === event.id);
  const extra = event.data.disputed ? [quoting(event.data.disputed)] : [];
  const frame: PageFrame = {
    title: event.data.title,
    lead: event.data.summary,
    breadcrumbs: [{ label: 'Tidslinje', path: routes.timeline() }, { label: event.data.title }],
    section: 'tidslinje',
    sources: citedSources(content.sources, [event.body], [...event.data.sources, ...extra], factRefs(event.data.faktakallor)),
    meta: event.data,
    search: { type: 'händelse', date: displayDate(event.data), kommuner: municipalityNames(content, event.data) },
  };
  return {
    frame,
    event,
    dispute: resolveDispute(event, content.sources),
    involved: involvedLinks(content, event),
    facts: factMarkersByFact(event.data.faktakallor),
    previous: index > 0 ? content.events[index - 1] : undefined,
    next: content.events[index + 1],
  };
}
