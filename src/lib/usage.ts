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

export function entriesCiting(entries: readonly ContentEntry[], sourceId: string): Usage[] {
  return entries
    .filter((entry) => {
      if (entry.collection === 'kallor' && entry.id === sourceId) return false;
      const inData = referencesIn(entry.data).some((r) => r.ref.collection === 'kallor' && r.ref.id === sourceId);
      return inData || findCitations(entry.body ?? '').some((use) => use.id === sourceId);
    })
    .map(({ collection, id }) => ({ collection, id }));
}
