import { describe, expect, it } from 'vitest';
import { citationNumber, citationOrder, findCitations } from '@/lib/citations';

const body = `Först <Kalla id="b" />.
Sedan <Kalla id='a'/> och igen <Kalla id="b" />.`;

describe('citations', () => {
  it('finds every <Kalla> with its line', () => {
    expect(findCitations(body)).toEqual([
      { id: 'b', line: 1 },
      { id: 'a', line: 2 },
      { id: 'b', line: 2 },
    ]);
  });

  it('counts lines from where the body begins in the file', () => {
    expect(findCitations(body, 9).map((use) => use.line)).toEqual([9, 10, 10]);
  });

  it('numbers by first appearance, then frontmatter sources', () => {
    const order = citationOrder(body, ['c', 'a']);
    expect(order).toEqual(['b', 'a', 'c']);
    expect(citationNumber(order, 'c')).toBe(3);
    expect(() => citationNumber(order, 'x')).toThrow(/"x"/);
  });
});
