/** The page URL and title of any content entry, for generated link lists. */
import type { ContentEntry } from './integrity';
import { routes } from './paths';
import type { Usage } from './usage';

export function entryPath({ collection, id }: Usage): string {
  switch (collection) {
    case 'kallor':
      return routes.source(id);
    case 'kommuner':
      return routes.municipality(id);
    case 'forbund':
      return routes.forbund(id);
    case 'parter':
      return routes.party(id);
    case 'perspektiv':
      return routes.perspective(id);
    case 'tidslinje':
      return routes.event(id);
    case 'insatser':
      return routes.insats(id);
    case 'ordlista':
      return routes.term(id);
    case 'bidrag':
      return routes.economy();
    case 'nyckeltal':
      return routes.home();
    default:
      return routes.page(id);
  }
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
