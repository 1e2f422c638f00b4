/** The page URL and title of any content entry, for generated link lists. */
import type { ContentEntry } from './integrity';
import { routes } from './paths';
import type { Usage } from './usage';

/** The page each collection's entries appear on. */
const PAGE_OF: Record<string, (id: string) => string> = {
  kallor: routes.source,
  kommuner: routes.municipality,
  forbund: routes.forbund,
  parter: routes.party,
  perspektiv: routes.perspective,
  tidslinje: routes.event,
  insatser: routes.insats,
  ordlista: routes.term,
  bidrag: routes.economy,
  nyckeltal: routes.home,
  sidor: routes.page,
};

export function entryPath({ collection, id }: Usage): string {
  return (PAGE_OF[collection] ?? routes.page)(id);
}

export function entryTitle(entries: readonly ContentEntry[], usage: Usage): string {
  const entry = entries.find((e) => e.collection === usage.collection && e.id === usage.id);
  const data = (entry?.data ?? {}) as Record<string, unknown>;
  const title = data.title ?? data.name ?? data.term ?? usage.id;
  if (usage.collection === 'ordlista') return `Ordlistan: ${String(title)}`;
  if (usage.collection === 'bidrag') return `Ekonomi: ${String(title)}`;
  if (usage.collection === 'nyckeltal') return `Startsida: ${String(data.label ?? usage.id)}`;
  return String(title);
}
