import { describe, expect, it } from 'vitest';
import { decompound, type WordList } from '@/lib/decompound';
import { swedishWordList } from '@/lib/swedish-dictionary';

/** A word list in cspell's notation, as small as each rule needs. */
const listOf = (...entries: string[]): WordList => new Set(entries);
const sorted = (parts: string[]) => [...parts].sort((a, b) => a.localeCompare(b, 'sv'));

describe('decompound, rule by rule', () => {
  it('joins only forms the list allows at each place: begin+, +middle+, +end', () => {
    const list = listOf('förbund', 'förbunds+', 'ordning', '+ordning', 'län', 'läns+', 'medlem', '+medlems+', 'samråd', '+samråd');
    expect(sorted(decompound('förbundsordning', list))).toEqual(['förbund', 'ordning']);
    expect(sorted(decompound('länsmedlemssamråd', list))).toEqual(['län', 'medlem', 'samråd']);
    // "ordning" may not begin a compound, "förbund" may not end one
    expect(decompound('ordningförbund', list)).toEqual([]);
  });

  it('takes off inflection and linking letters, to words the list has', () => {
    const list = listOf('förbund', 'förbunds+', 'medlem', '+medlem', 'medlemmar', '+medlemmar', 'arbete', 'arbets+', 'liv', '+liv');
    expect(sorted(decompound('förbundsmedlemmar', list))).toEqual(['förbund', 'medlem']);
    expect(sorted(decompound('arbetsliv', list))).toEqual(['arbete', 'liv']);
  });

  it('tells a noun that lost its -a from a verb', () => {
    const list = listOf('skola', 'skolan', 'skol+', 'barn', '+barn', 'vård', 'vårda', 'vård+', 'central', '+central');
    expect(sorted(decompound('skolbarn', list))).toEqual(['barn', 'skola']);
    expect(sorted(decompound('vårdcentral', list))).toEqual(['central', 'vård']);
  });

  it('never makes parts shorter than four letters before the last', () => {
    expect(decompound('kommun', listOf('kom', 'kom+', 'mun', '+mun', 'kommun'))).toEqual([]);
  });

  it('lets a short last part follow only a linking letter', () => {
    const list = listOf('egen', 'egen+', 'dom', '+dom', 'arbete', 'arbets+', 'liv', '+liv');
    expect(decompound('egendom', list)).toEqual([]);
    expect(decompound('arbetsliv', list)).not.toEqual([]);
  });

  it('never takes a particle or the suffix -ande for a part', () => {
    const list = listOf('under', 'under+', 'lag', '+lag', 'underlag', 'bild', 'bild+', 'ande', '+ande');
    expect(decompound('underlag', list)).toEqual([]);
    expect(decompound('bildande', list)).toEqual([]);
  });

  it('reads three equal consonants written as two', () => {
    const list = listOf('process', 'process+', 'stöd', '+stöd');
    expect(sorted(decompound('processtöd', list))).toEqual(['process', 'stöd']);
  });

  it('prefers the fewest parts, then the longest last part', () => {
    const län = listOf(
      'län',
      'läns+',
      'samordning',
      'samordnings+',
      '+samordnings+',
      'förbund',
      '+förbund',
      'samordningsförbund',
      '+samordningsförbund',
    );
    expect(sorted(decompound('länssamordningsförbund', län))).toEqual(['förbund', 'län', 'samordning', 'samordningsförbund']);
    const arbete = listOf(
      'arbete',
      'arbets+',
      'arbetsför',
      'arbetsför+',
      'förmedling',
      '+förmedling',
      '+förmedlingen',
      'medling',
      '+medling',
      '+medlingen',
    );
    expect(sorted(decompound('arbetsförmedlingen', arbete))).toEqual(['arbete', 'förmedling']);
  });

  it('splits the parts again, every level', () => {
    const list = listOf('arbete', 'arbets+', 'marknad', '+marknad', 'arbetsmarknad', 'arbetsmarknads+', 'nämnd', '+nämnd');
    expect(sorted(decompound('arbetsmarknadsnämnd', list))).toEqual(['arbete', 'arbetsmarknad', 'marknad', 'nämnd']);
  });

  it('does not split a name, which the list has only with a capital letter', () => {
    expect(decompound('skinnskatteberg', listOf('Skinnskatteberg', 'skinn+', 'skatte+', '+berg', 'berg'))).toEqual([]);
  });

  it('gives an exception precedence, for the word and for its parts; [] keeps a word whole', () => {
    const list = listOf('kommun', 'kommun+', 'fullmäktige', '+fullmäktige', 'full', 'full+', 'mäktige', '+mäktige');
    const exceptions = (word: string) => (word === 'fullmäktige' ? [] : undefined);
    expect(sorted(decompound('kommunfullmäktige', list))).toContain('full');
    expect(sorted(decompound('kommunfullmäktige', list, exceptions))).not.toContain('full');
    expect(decompound('fullmäktige', list, exceptions)).toEqual([]);
    expect(decompound('fullmäktige', list, () => ['full', 'mäktig'])).toEqual(['full', 'mäktig']);
  });
});

describe('decompound against the Swedish dictionary', () => {
  const dictionary = swedishWordList();
  const parts = (word: string) => sorted(decompound(word, dictionary));

  it.each([
    // linking -s
    ['förbundsordning', ['förbund', 'ordning']],
    ['samordningsförbundets', ['förbund', 'samordning']],
    ['tillgänglighetsredogörelse', ['redogörelse', 'tillgänglighet']],
    // no linking letter
    ['kommunstyrelse', ['kommun', 'styrelse']],
    ['webbplatsen', ['plats', 'webb']],
    // three parts, and parts of parts
    ['länsmedlemssamrådet', ['län', 'medlem', 'samråd']],
    ['arbetslivsinriktad', ['arbete', 'arbetsliv', 'inriktad', 'liv']],
    ['arbetsmarknadsförvaltningen', ['arbete', 'arbetsmarknad', 'förvaltning', 'marknad']],
    // dropped -e, dropped -a, -o for -a, -e- added
    ['arbetsförmedlingen', ['arbete', 'förmedling']],
    ['skolbarn', ['barn', 'skola']],
    ['kvinnoklinik', ['klinik', 'kvinna']],
    ['tjänsteutlåtande', ['tjänst', 'utlåtande']],
    // inflected last part
    ['förbundsordningar', ['förbund', 'ordning']],
    ['förbundsmedlemmarna', ['förbund', 'medlem']],
    ['grundregler', ['grund', 'regel']],
    // three equal consonants written as two
    ['processtöd', ['process', 'stöd']],
  ])('%s → %j', (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it.each([
    'kommun',
    'arbete',
    'samråd',
    'organisation',
    'tillgång',
    'underlag',
    'framtiden',
    'fortsätta',
    'egendom',
    'bildande',
    'motsvarande',
    'sjukdom',
    'skinnskatteberg',
    'kalle',
  ])('leaves %s whole', (word) => {
    expect(parts(word)).toEqual([]);
  });
});
