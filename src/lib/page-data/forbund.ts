/** Everything a förbund's page shows. */
import { citedSources } from '../citations';
import type { Forbund, SiteContent } from '../entries';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { resolveRef, resolveRefs } from './resolve';
import { factMarkersByFact, factRefs } from '../fact-citations';

export function forbundPage(content: SiteContent, forbund: Forbund) {
  const { name, memberMunicipalities, memberParties } = forbund.data;
  // Undefined (not empty) when the sources do not say who the members were.
  const members = {
    kommuner: memberMunicipalities && resolveRefs(memberMunicipalities, content.municipalities),
    parter: memberParties && resolveRefs(memberParties, content.parties),
  };
  const frame: PageFrame = {
    title: name,
    description: `Vad källorna säger om ${name}: medlemmar, säte och tid.`,
    breadcrumbs: [{ label: 'Förbunden', path: routes.forbundList() }, { label: name }],
    sources: citedSources(content.sources, [forbund.body], forbund.data.sources, factRefs(forbund.data.faktakallor)),
    meta: forbund.data,
    search: { type: 'förbund', kommuner: members.kommuner?.map((m) => m.data.name) },
  };
  return {
    frame,
    forbund,
    members,
    /** The förbund it became (same förbund, new name) or merged into, from `end`. */
    became: resolveRef(forbund.data.becameForbund, content.forbund),
    mergedInto: resolveRef(forbund.data.mergedInto, content.forbund),
    facts: factMarkersByFact(forbund.data.faktakallor),
    events: content.events.filter((e) => e.data.forbund.some((f) => f.id === forbund.id)),
  };
}
