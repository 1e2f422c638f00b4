/** Everything a party's page shows. */
import { citedSources } from '../citations';
import type { Party, SiteContent } from '../entries';
import { concernsParty } from '../involvement';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';

export function partyPage(content: SiteContent, part: Party) {
  const { name } = part.data;
  const frame: PageFrame = {
    title: name,
    description: `Vad källorna säger om ${name} och Samordningsförbundet Västmanland.`,
    breadcrumbs: [{ label: 'Parterna', path: routes.parties() }, { label: name }],
    sources: citedSources(content.sources, [part.body], part.data.sources),
    meta: part.data,
    search: { type: 'part' },
  };
  return {
    frame,
    part,
    insatser: content.insatser.filter((i) => concernsParty(i.data, part.id)),
    events: content.events.filter((e) => concernsParty(e.data, part.id)),
  };
}
