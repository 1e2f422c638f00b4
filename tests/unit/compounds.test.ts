import { describe, expect, it } from 'vitest';
import { compoundFinder, parseCompoundList, plainText, readCompoundList } from '@/lib/compounds';

const list = {
  samordningsförbund: ['samordning', 'förbund'],
  förbundsordning: ['förbund', 'ordning'],
  interimsstyrelse: ['interim', 'styrelse'],
};

describe('compound parts', () => {
  const compoundParts = (text: string, words: typeof list) => compoundFinder(words)(text);

  it('finds compounds and their inflected forms, and returns their parts once', () => {
    expect(compoundParts('Samordningsförbundets nya förbundsordningar gäller.', list)).toEqual(['förbund', 'ordning', 'samordning']);
  });

  it('ignores words that only begin like a compound but are something else', () => {
    expect(compoundParts('interimsstyrelsernasordningarna', list)).toEqual([]);
    expect(compoundParts('Ingen sammansättning här.', list)).toEqual([]);
  });

  it('reads the text of rendered HTML, without tags, scripts, styles or entities', () => {
    const html =
      '<h1>Om <a href="/x/">interimsstyrelsen</a></h1><style>.förbundsordning{}</style><script>förbundschef()</script><p>a&nbsp;b</p>';
    const text = plainText(html);
    expect(text).toContain('interimsstyrelsen');
    expect(text).not.toContain('förbundsordning');
    expect(text).not.toContain('förbundschef');
    expect(text).not.toContain('&nbsp;');
    expect(compoundParts(text, list)).toEqual(['interim', 'styrelse']);
  });
});

describe('the word list', () => {
  const file = 'content/sok/sammansattningar.yaml';

  it('accepts compounds in lower case with two or more parts', () => {
    expect(parseCompoundList({ förbundsordning: ['förbund', ' ordning'] }, file)).toEqual({ förbundsordning: ['förbund', 'ordning'] });
  });

  it('tells the editor which file and word are wrong, and how to write them', () => {
    expect(() => parseCompoundList(['förbundsordning'], file)).toThrow(/sammansattningar\.yaml: filen ska lista sammansatta ord/);
    expect(() => parseCompoundList({ förbundsordning: 'förbund ordning' }, file)).toThrow(
      /"förbundsordning" ska följas av minst två delar/,
    );
    expect(() => parseCompoundList({ förbundsordning: ['förbund'] }, file)).toThrow(/minst två delar/);
    expect(() => parseCompoundList({ Förbundsordning: ['förbund', 'ordning'] }, file)).toThrow(/små bokstäver/);
  });

  it('names the file and the line of a word written twice, in Swedish', () => {
    expect(() => readCompoundList('förbundsordning: [förbund, ordning]\nförbundsordning: [förbund, ordning]\n', file)).toThrow(
      '- content/sok/sammansattningar.yaml, rad 2: fältet förbundsordning står två gånger (rad 1 och rad 2). Ta bort den ena eller slå ihop dem.',
    );
  });
});
