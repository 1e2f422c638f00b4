import { describe, expect, it } from 'vitest';
import { entriesCiting, usageIndex } from '@/lib/usage';
import type { ContentEntry } from '@/lib/integrity';

const entries: ContentEntry[] = [
  { collection: 'kallor', id: 'protokoll', data: { title: 'Protokoll' }, body: 'Se även <Kalla id="protokoll" />.' },
  { collection: 'kallor', id: 'lag', data: { title: 'Lag' } },
  {
    collection: 'tidslinje',
    id: 'bildat',
    data: { sources: [{ collection: 'kallor', id: 'lag' }] },
    body: 'Text.<Kalla id="protokoll" />',
  },
  { collection: 'insatser', id: 'steget', data: { sources: [] }, body: 'Text.<Kalla id="lag" /> Mer.<Kalla id="lag" />' },
  { collection: 'sidor', id: 'om', data: {}, body: 'Ingen källa här.' },
];

describe('where a source is used', () => {
  it('lists every entry that names a source in its data or cites it in its text, once each, in order', () => {
    expect(entriesCiting(entries, 'lag')).toEqual([
      { collection: 'tidslinje', id: 'bildat' },
      { collection: 'insatser', id: 'steget' },
    ]);
    expect(entriesCiting(entries, 'protokoll')).toEqual([{ collection: 'tidslinje', id: 'bildat' }]);
  });

  it('does not count a source page citing itself, and knows unused sources', () => {
    expect(usageIndex(entries).get('protokoll')).toHaveLength(1);
    expect(entriesCiting(entries, 'okand')).toEqual([]);
  });

  it('hands out copies, so a caller cannot change the shared index', () => {
    entriesCiting(entries, 'lag').pop();
    expect(entriesCiting(entries, 'lag')).toHaveLength(2);
  });
});
