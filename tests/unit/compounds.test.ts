import { describe, expect, it } from 'vitest';
import { compoundFinder, parseCompoundList, plainText, readCompoundList } from '@/lib/compounds';
import { swedishWordList } from '@/lib/swedish-dictionary';

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

  it('leaves out what search ignores: citation numbers and the OCR misreadings in a list of corrections', () => {
    const html =
      '<p>Förbundsordningen<sup class="citation" data-pagefind-ignore><a href="/k/">1</a></sup></p><tr><td data-pagefind-ignore>Forslag till beslut</td><td>Förslag till beslut</td></tr>';
    const text = plainText(html);
    expect(text).toContain('Förbundsordningen');
    expect(text).toContain('Förslag');
    expect(text).not.toContain('Forslag');
    expect(text).not.toMatch(/\b1\b/);
  });
});

describe('compound parts from the dictionary, with the exceptions', () => {
  const dictionary = swedishWordList();
  const file = 'content/sok/sammansattningar.yaml';

  it('splits the words of a text against the dictionary, inflected forms included', () => {
    expect(compoundFinder({}, dictionary)('Länsmedlemssamrådet och förbundsordningarna i kommunstyrelsen.')).toEqual([
      'förbund',
      'kommun',
      'län',
      'medlem',
      'ordning',
      'samråd',
      'styrelse',
    ]);
    expect(compoundFinder({}, dictionary)('Kommunen har ett arbete och ett samråd.')).toEqual([]);
  });

  it("lets an editor's parts win over the dictionary's, for inflected forms too", () => {
    const find = compoundFinder({ tjänstemannayttrande: ['tjänsteman', 'yttrande'] }, dictionary);
    expect(compoundFinder({}, dictionary)('tjänstemannayttrandet')).toContain('manna');
    expect(find('tjänstemannayttrandet')).toEqual(['tjänsteman', 'yttrande']);
  });

  it('keeps a word whole, and the same word inside a compound, when the editor writes "dela inte"', () => {
    const find = compoundFinder(parseCompoundList({ fullmäktige: 'dela inte' }, file), dictionary);
    expect(compoundFinder({}, dictionary)('fullmäktige')).toContain('full');
    expect(find('fullmäktiges')).toEqual([]);
    expect(find('kommunfullmäktige')).not.toContain('full');
  });

  it('reads the exceptions as an editor writes them in the YAML file', () => {
    const yaml = 'riksdag: dela inte\nkommunfullmäktige: [kommun, fullmäktige]\nfullmäktige: dela inte\n';
    const find = compoundFinder(readCompoundList(yaml, file), dictionary);
    expect(compoundFinder({}, dictionary)('riksdagen')).toEqual(['dag', 'rik']);
    expect(find('riksdagen')).toEqual([]);
    expect(find('kommunfullmäktiges')).toEqual(['fullmäktige', 'kommun']);
  });

  it('indexes no part shorter than three letters, and not the word itself', () => {
    const find = compoundFinder({ abcdefg: ['ab', 'abcdefg', 'cdefg'] });
    expect(find('abcdefg')).toEqual(['cdefg']);
  });
});

describe('the word list', () => {
  const file = 'content/sok/sammansattningar.yaml';

  it('accepts compounds in lower case with two or more parts', () => {
    expect(parseCompoundList({ förbundsordning: ['förbund', ' ordning'] }, file)).toEqual({ förbundsordning: ['förbund', 'ordning'] });
  });

  it('accepts "dela inte" for a word that must not be split, in any case and spacing', () => {
    expect(parseCompoundList({ riksdag: 'dela inte', landsting: ' Dela inte ' }, file)).toEqual({ riksdag: [], landsting: [] });
  });

  it('tells the editor which file and word are wrong, and how to write them', () => {
    expect(() => parseCompoundList(['förbundsordning'], file)).toThrow(/sammansattningar\.yaml: filen ska lista sammansatta ord/);
    expect(() => parseCompoundList({ förbundsordning: 'förbund ordning' }, file)).toThrow(
      /"förbundsordning" ska följas av minst två delar/,
    );
    expect(() => parseCompoundList({ förbundsordning: ['förbund'] }, file)).toThrow(/minst två delar/);
    expect(() => parseCompoundList({ riksdag: 'dela ej' }, file)).toThrow(
      /"riksdag" ska följas av .* eller av "dela inte" om ordet inte ska delas/,
    );
    expect(() => parseCompoundList({ Förbundsordning: ['förbund', 'ordning'] }, file)).toThrow(/små bokstäver/);
  });

  it('names the file and the line of a word written twice, in Swedish', () => {
    expect(() => readCompoundList('förbundsordning: [förbund, ordning]\nförbundsordning: [förbund, ordning]\n', file)).toThrow(
      '- content/sok/sammansattningar.yaml, rad 2: fältet förbundsordning står två gånger (rad 1 och rad 2). Ta bort den ena eller slå ihop dem.',
    );
  });
});
