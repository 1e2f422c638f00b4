/** Names for search filters. */
import type { Insats, SiteContent, TimelineEvent } from '../entries';
import { resolveRefs } from './resolve';

/** The names of the municipalities an event or an insats concerns (all of them when it concerns all). */
export function municipalityNames(
  content: SiteContent,
  item: Pick<TimelineEvent['data'] | Insats['data'], 'kommuner' | 'allaKommuner'>,
): string[] {
  const municipalities = item.allaKommuner ? content.municipalities : resolveRefs(item.kommuner, content.municipalities);
  return municipalities.map((m) => m.data.name);
}
