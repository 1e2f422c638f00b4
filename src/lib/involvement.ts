/** Who an event or an insats concerns: the one place these questions are answered. */
import type { Insats, TimelineEvent } from './entries';

type Involved = Pick<TimelineEvent['data'] | Insats['data'], 'kommuner' | 'allaKommuner' | 'parter'>;

/** True when the item names the municipality or concerns all of them. */
export function concernsMunicipality(item: Involved, kommunId: string): boolean {
  return item.allaKommuner || item.kommuner.some((k) => k.id === kommunId);
}

/** True when the item names the party. */
export function concernsParty(item: Involved, partId: string): boolean {
  return item.parter.some((p) => p.id === partId);
}
