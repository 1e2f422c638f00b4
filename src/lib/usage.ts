/**
 * Where a source is used: which entries name it in their data (frontmatter
 * `sources`, a disputed note, a data series) or cite it in their text.
 */
import { findCitations } from './citations';
import type { ContentEntry } from './integrity';
import { referencesIn } from './integrity';

export interface Usage {
  collection: string;
  id: string;
}

/** Source id → the entries that use it, in the entries' order. */
export function usageIndex(entries: readonly ContentEntry[]): Map<string, Usage[]> {
  const index = new Map<string, Usage[]>();
  for (const entry of entries) {
    const used = new Set<string>();
    for (const r of referencesIn(entry.data)) if (r.ref.collection === 'kallor') used.add(r.ref.id);
    for (const use of findCitations(entry.body ?? '')) used.add(use.id);
    if (entry.collection === 'kallor') used.delete(entry.id);
    for (const sourceId of used) {
      const list = index.get(sourceId) ?? [];
      list.push({ collection: entry.collection, id: entry.id });
      index.set(sourceId, list);
    }
  }
  return index;
}

// Every source page asks about the same entries: scan them once, not once per source.
const indexes = new WeakMap<readonly ContentEntry[], Map<string, Usage[]>>();

export function entriesCiting(entries: readonly ContentEntry[], sourceId: string): Usage[] {
  let index = indexes.get(entries);
  if (!index) {
    index = usageIndex(entries);
    indexes.set(entries, index);
  }
  return [...(index.get(sourceId) ?? [])];
}
