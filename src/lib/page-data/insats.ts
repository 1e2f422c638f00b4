/** Everything an insats's page shows. */
import { citedSources } from '../citations';
import type { Insats, SiteContent } from '../entries';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { municipalityNames } from './names';
import { resolveRefs } from './resolve';
import { factMarkersByFact, factRefs } from '../fact-citations';

export function insatsPage(content: SiteContent, insats: Insats) {
  const { name, kind } = insats.data;
  const frame: PageFrame = {
    title: name,
    description: `${name}: ${kind}. Vad källorna säger och inte säger.`,
    breadcrumbs: [{ label: 'Insatser', path: routes.insatser() }, { label: name }],
    section: 'insatser',
    sources: citedSources(content.sources, [insats.body], insats.data.sources, factRefs(insats.data.faktakallor)),
    meta: insats.data,
    search: { type: 'insats', kommuner: municipalityNames(content, insats.data) },
  };
  return {
    frame,
    insats,
    municipalities: resolveRefs(insats.data.kommuner, content.municipalities),
    parties: resolveRefs(insats.data.parter, content.parties),
    facts: factMarkersByFact(insats.data.faktakallor),
  };
}
