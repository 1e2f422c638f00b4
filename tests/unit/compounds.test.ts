import { describe, expect, it } from 'vitest';
import { compoundParts, indexedText, withCompoundParts } from '@/lib/compounds';

const list = {
  samordningsförbund: ['samordning', 'förbund'],
  förbundsordning: ['förbund', 'ordning'],
  interimsstyrelse: ['interim', 'styrelse'],
};

describe('compound parts', () => {
  it('finds compounds and their inflected forms, and returns their parts once', () => {
    expect(compoundParts('Samordningsförbundets nya förbundsordningar gäller.', list)).toEqual(['förbund', 'ordning', 'samordning']);
  });

  it('ignores words that only begin like a compound but are something else', () => {
    expect(compoundParts('interimsstyrelsernasordningarna', list)).toEqual([]);
    expect(compoundParts('Ingen sammansättning här.', list)).toEqual([]);
  });

  it('reads only the indexed main content of a page', () => {
    const html = '<header>förbundsordning</header><main id="innehall" data-pagefind-body=""><h1>Om interimsstyrelsen</h1><style>.x{}</style></main><footer>x</footer>';
    expect(indexedText(html)).toContain('interimsstyrelsen');
    expect(indexedText(html)).not.toContain('förbundsordning');
    expect(indexedText('<main>utan sökning</main>')).toBe('');
  });

  it('adds the parts as an invisible, indexed attribute at the end of main', () => {
    const html = '<main id="innehall" data-pagefind-body=""><h1>X</h1></main>';
    expect(withCompoundParts(html, ['förbund', 'ordning'])).toBe(
      '<main id="innehall" data-pagefind-body=""><h1>X</h1><span data-pagefind-index-attrs="data-ordled" data-ordled="förbund ordning" data-pagefind-weight="0.5"></span></main>',
    );
    expect(withCompoundParts(html, [])).toBe(html);
  });
});
