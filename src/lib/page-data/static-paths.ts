/**
 * `getStaticPaths` for generated pages: one page per entry (or per filter
 * selection, as a rest parameter: `typ/mote/kommun/koping`), with everything the page shows, from its page-data function, as
 * the page's props.
 */
import { getSiteContent } from '../content';
import type { SiteContent } from '../entries';
import type { FilterOption } from '../filters';
import { filterSelections } from './lists';
import type { FilterSection } from '../paths';

type Listed = 'sources' | 'municipalities' | 'forbund' | 'parties' | 'perspectives' | 'events' | 'insatser' | 'pages';

export async function entryPages<K extends Listed, D>(
  list: K,
  param: string,
  pageData: (content: SiteContent, entry: SiteContent[K][number]) => D,
) {
  const content = await getSiteContent();
  const entries: readonly SiteContent[K][number][] = content[list];
  return entries.map((entry) => ({ params: { [param]: entry.id }, props: pageData(content, entry) }));
}

export async function filterPages<D>(section: FilterSection, pageData: (content: SiteContent, selection: FilterOption[]) => D) {
  const content = await getSiteContent();
  return filterSelections(content, section).map((selection) => ({
    params: { filter: selection.flatMap((option) => [option.dimension, option.value]).join('/') },
    props: pageData(content, selection),
  }));
}
