/** Everything a municipality's page shows. */
import { citedSources, quoting } from '../citations';
import type { Forbund, Municipality, SiteContent } from '../entries';
import { concernsMunicipality } from '../involvement';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { resolveRef } from './resolve';
import { settingsForbund } from './settings';
import { chartOf } from './charts';
import { factMarkersByFact, factRefs } from '../fact-citations';

/** The förbund a municipality belonged to before 2024, or undefined when the sources do not say. */
export function earlierForbundOf(kommun: Municipality, forbund: readonly Forbund[]): Forbund | undefined {
  const earlier = kommun.data.earlierForbund;
  return typeof earlier === 'string' ? undefined : resolveRef(earlier, forbund);
}

export function municipalityPage(content: SiteContent, kommun: Municipality) {
  const { name } = kommun.data;
  const earlier = earlierForbundOf(kommun, content.forbund);
  const neighbours = earlier
    ? content.municipalities.filter((m) => m.id !== kommun.id && earlierForbundOf(m, content.forbund)?.id === earlier.id)
    : [];
  const series = content.series.filter((s) => s.data.kommun?.id === kommun.id);
  const guide = resolveRef(content.settings.guidePage, content.pages);
  const frame: PageFrame = {
    title: name,
    description: `Vad Samordningsförbundet Västmanland betyder i ${name}: fakta, beslut, insatser och händelser.`,
    breadcrumbs: [{ label: 'Kommuner', path: routes.municipalities() }, { label: name }],
    section: 'kommuner',
    sources: citedSources(
      content.sources,
      [kommun.body, guide?.body],
      [...kommun.data.sources, ...series.map((s) => quoting(s.data))],
      factRefs(kommun.data.faktakallor),
    ),
    meta: kommun.data,
    search: { type: 'kommun', kommuner: [name] },
  };
  return {
    frame,
    kommun,
    earlier,
    current: settingsForbund(content),
    facts: factMarkersByFact(kommun.data.faktakallor),
    neighbours,
    series: series.map((s) => chartOf(content, s)),
    insatser: content.insatser.filter((i) => concernsMunicipality(i.data, kommun.id)),
    events: content.events.filter((e) => concernsMunicipality(e.data, kommun.id)),
    guide,
  };
}
