/** Everything a perspective's page shows. */
import { citedSources } from '../citations';
import type { Perspective, SiteContent } from '../entries';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';

export function perspectivePage(content: SiteContent, perspektiv: Perspective) {
  const { title, summary, insatsKinds } = perspektiv.data;
  const kinds: readonly string[] = insatsKinds;
  const frame: PageFrame = {
    title,
    lead: summary,
    breadcrumbs: [{ label: 'Perspektiv', path: routes.perspectives() }, { label: title }],
    section: 'perspektiv',
    sources: citedSources(content.sources, [perspektiv.body], perspektiv.data.sources),
    meta: perspektiv.data,
    search: { type: 'perspektiv' },
  };
  return {
    frame,
    perspektiv,
    kinds: insatsKinds,
    insatser: content.insatser.filter((i) => kinds.includes(i.data.kind)),
    events: content.events.filter((e) => e.data.perspektiv.some((p) => p.id === perspektiv.id)),
    others: content.perspectives.filter((p) => p.id !== perspektiv.id),
  };
}
