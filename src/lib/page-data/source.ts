/** Everything a source's page shows, including where on the site it is used. */
import { citedSources } from '../citations';
import { entryPath, entryTitle } from '../entry-links';
import type { SiteContent, Source } from '../entries';
import { routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { entriesCiting } from '../usage';

export function sourcePage(content: SiteContent, source: Source) {
  const { title, issuer } = source.data;
  const frame: PageFrame = {
    title,
    description: `Källa: ${title}, ${issuer}.`,
    breadcrumbs: [{ label: 'Källor', path: routes.sources() }, { label: title }],
    section: 'kallor',
    sources: citedSources(content.sources, [source.body], [source]),
    meta: source.data,
    search: { type: 'källa' },
  };
  return {
    frame,
    source,
    text: content.sourceTexts.find((t) => t.id === source.id)?.data,
    citing: entriesCiting(content.all, source.id).map((usage) => ({ label: entryTitle(content.all, usage), path: entryPath(usage) })),
  };
}
