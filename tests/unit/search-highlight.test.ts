import { describe, expect, it } from 'vitest';
import { markedWords, queryWords, resultFragment, textFragment } from '@/lib/search-highlight';

describe('highlighting a search result on the page it opens', () => {
  it('takes the words as the page writes them from the marks in the excerpt', () => {
    expect(markedWords('Förbundet i <mark>Köping</mark> och <mark>Köping</mark>s kommun')).toEqual(['Köping']);
    expect(markedWords('<mark>Västerås</mark>, <mark>västerås</mark> och <mark>Sala</mark>')).toEqual(['Västerås', 'Sala']);
  });

  it('keeps at most three words, without punctuation at their ends', () => {
    expect(markedWords('<mark>a1,</mark> <mark>(b2)</mark> <mark>c3.</mark> <mark>d4</mark>')).toEqual(['a1', 'b2', 'c3']);
  });

  it('decodes the entities Pagefind writes', () => {
    expect(markedWords('<mark>R&amp;D</mark> och <mark>&quot;ordning&quot;</mark>')).toEqual(['R&D', 'ordning']);
  });

  it('falls back to the query when the excerpt marks nothing', () => {
    expect(queryWords('  interimistisk   styrelse  ')).toEqual(['interimistisk', 'styrelse']);
    expect(resultFragment('Ingen markering här', 'interimistisk styrelse')).toBe('#:~:text=interimistisk&text=styrelse');
  });

  it('writes a text fragment, encoding the characters a text directive reserves', () => {
    expect(textFragment(['Köping'])).toBe('#:~:text=K%C3%B6ping');
    expect(textFragment(['2003:1210', 'a-b', 'x,y', 'R&D'])).toBe('#:~:text=2003%3A1210&text=a%2Db&text=x%2Cy&text=R%26D');
    expect(textFragment([])).toBe('');
  });

  it('adds no fragment when there is no query (browsing by filter)', () => {
    expect(resultFragment('<mark>Köping</mark>', '')).toBe('');
  });

  it('prefers the marked words over the typed ones ("kopings" highlights "Köping")', () => {
    expect(resultFragment('Avgiften för <mark>Köpings</mark> kommun', 'kopings')).toBe('#:~:text=K%C3%B6pings');
  });
});
