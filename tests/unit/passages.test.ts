import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  checkTranscription,
  findPassage,
  normalizeForMatch,
  textBlocksOf,
  textFragment,
  type TextBlock,
} from '@/lib/passages';

describe('normalizeForMatch', () => {
  it('maps every quote style to one form', () => {
    const forms = ['"spetsa"', '”spetsa”', '“spetsa”', '„spetsa“', '«spetsa»', "'spetsa'", '’spetsa’', '‘spetsa’', '‚spetsa‘', '′spetsa″'];
    expect(new Set(forms.map(normalizeForMatch))).toEqual(new Set(['"spetsa"']));
  });

  it('removes soft hyphens and turns NBSP, tabs and line breaks into one space', () => {
    expect(normalizeForMatch('samordnings\u00ADförbund')).toBe('samordningsförbund');
    expect(normalizeForMatch('  375\u00A0000\tkronor\n\n i  året ')).toBe('375 000 kronor i året');
  });

  it('joins hyphenation at a line end but keeps a shared-part hyphen and a real hyphen', () => {
    expect(normalizeForMatch('ny förbunds-\nordning')).toBe('ny förbundsordning');
    expect(normalizeForMatch('ny förbunds- \n  ordning')).toBe('ny förbundsordning');
    expect(normalizeForMatch('Det finns för- och nackdelar')).toBe('Det finns för- och nackdelar');
    expect(normalizeForMatch('Det finns för-\noch nackdelar')).toBe('Det finns för- och nackdelar');
    expect(normalizeForMatch('till ESF-\nprojektet, 16-\n64 år')).toBe('till ESF-projektet, 16-64 år');
  });

  it('uses NFC and keeps case, dashes and letters', () => {
    expect(normalizeForMatch('la\u0308nsfo\u0308rbund')).toBe('länsförbund');
    expect(normalizeForMatch('16–64 År')).toBe('16–64 År');
    expect(normalizeForMatch('16–64')).not.toBe(normalizeForMatch('16-64'));
  });
});

describe('findPassage', () => {
  const blocks: TextBlock[] = [
    { id: 'bakgrund', text: 'Under 2022 beslutade länspresidiet att ta fram ett underlag.' },
    { id: 'skal', text: 'De samverkande parterna kan ”spetsa” sin kompetens i samverkan.' },
    { id: 'lista', text: 'Fler individer kan ta del av insatser. Insatser kan bli mer träffsäkra.', parts: ['…', '…'] },
  ];

  it('finds a passage with other quotes, a soft hyphen or a line break in it', () => {
    expect(findPassage('kan "spetsa" sin', blocks)?.id).toBe('skal');
    expect(findPassage('länspresi\u00ADdiet att ta fram', blocks)?.id).toBe('bakgrund');
    expect(findPassage('beslutade\nlänspresidiet', blocks)?.id).toBe('bakgrund');
    expect(findPassage('insatser. Insatser kan', blocks)?.id).toBe('lista');
  });

  it('does not find a passage that is not there, differs in case or letters, or is empty', () => {
    expect(findPassage('beslutade regionen', blocks)).toBeUndefined();
    expect(findPassage('under 2022 beslutade', blocks)).toBeUndefined();
    expect(findPassage('lansprèsidiet', blocks)).toBeUndefined();
    expect(findPassage(' \n ', blocks)).toBeUndefined();
  });

  it('finds the block the passage is in, not the one a citation points at', () => {
    const found = findPassage('sin kompetens', blocks);
    expect(found?.id).toBe('skal');
    expect(found?.id).not.toBe('bakgrund');
  });
});

describe('textBlocksOf', () => {
  it('joins list items and table cells, and leaves out the heading row and empty cells', () => {
    const blocks = textBlocksOf([
      { id: 'rubrik', rubrik: 'Tidplan' },
      { id: 'punkter', punkter: ['Ett.', 'Två.'] },
      {
        id: 'tabell',
        tabell: [
          ['År', 'Vad'],
          ['2021', 'Möte'],
          ['', 'Beslut'],
        ],
      },
    ]);
    expect(blocks).toEqual([
      { id: 'rubrik', text: 'Tidplan' },
      { id: 'punkter', text: 'Ett. Två.', parts: ['Ett.', 'Två.'] },
      { id: 'tabell', text: '2021 Möte Beslut', parts: ['2021', 'Möte', 'Beslut'], rows: ['2021 Möte', 'Beslut'] },
    ]);
  });
});

describe('applyCorrections', () => {
  const ocr = 'fattade linsmedlemssamradet for linets tre\nsamordningsférbund, individer 1 behov';

  it('applies corrections in order, each to every occurrence, on the normalized text', () => {
    const corrected = applyCorrections(ocr, [
      { from: 'linsmedlemssamradet for linets', to: 'länsmedlemssamrådet för länets' },
      { from: 'tre samordningsférbund', to: 'tre samordningsförbund' },
      { from: '1 behov', to: 'i behov' },
    ]);
    expect(corrected).toBe('fattade länsmedlemssamrådet för länets tre samordningsförbund, individer i behov');
  });

  it('sees the result of the earlier corrections', () => {
    expect(
      applyCorrections('linsförbund', [
        { from: 'lins', to: 'läns' },
        { from: 'länsförbund', to: 'länsförbundet' },
      ]),
    ).toBe('länsförbundet');
    expect(() =>
      applyCorrections('linsförbund', [
        { from: 'lins', to: 'läns' },
        { from: 'linsförbund', to: 'länsförbund' },
      ]),
    ).toThrow(/Rättelsen ”linsförbund” → ”länsförbund” finns inte i originalet/);
  });

  it('throws in Swedish when a correction is not found', () => {
    expect(() => applyCorrections(ocr, [{ from: 'Vistmanland', to: 'Västmanland' }])).toThrow(
      'Rättelsen ”Vistmanland” → ”Västmanland” finns inte i originalet',
    );
    expect(() => applyCorrections(ocr, [{ from: ' ', to: 'x' }])).toThrow(/finns inte i originalet/);
  });
});

describe('checkTranscription', () => {
  const original =
    'Sida 1 av 2\nBakgrund\n\nI december 2020 fattade linsmedlemssamradet ett\nbeslut om ett "läns-\nförbund".\n\nSida 2 av 2\n- Fler individer.\n- Mer stöd.\n';
  const corrections = [{ from: 'linsmedlemssamradet', to: 'länsmedlemssamrådet' }];
  const omitted = ['Sida 1 av 2', 'Sida 2 av 2'];
  const faithful = textBlocksOf([
    { id: 'bakgrund', rubrik: 'Bakgrund' },
    { id: 'beslut', text: 'I december 2020 fattade länsmedlemssamrådet ett beslut om ett ”länsförbund”.' },
    { id: 'skal', punkter: ['Fler individer.', 'Mer stöd.'] },
  ]);

  it('accepts a faithful transcription', () => {
    expect(checkTranscription([original], faithful, corrections, omitted)).toEqual([]);
  });

  it('names a block that is not in the original', () => {
    const changed = faithful.map((block) =>
      block.id === 'beslut' ? { ...block, text: 'I december 2020 beslutade länsmedlemssamrådet något.' } : block,
    );
    expect(checkTranscription([original], changed, corrections, omitted)).toEqual([
      'Delen ”beslut” finns inte ordagrant i originalet: ”I december 2020 beslutade länsmedlemssamrådet något.”',
      'Den här texten i originalet saknas i avskriften: ”I december 2020 fattade länsmedlemssamrådet ett beslut om ett "länsförbund". -”',
    ]);
  });

  it('finds a block that only the second original has, but measures coverage on the primary', () => {
    const second = 'Samverkande parters perspektiv';
    const blocks = [{ id: 'rubrik', text: 'Samverkande parters perspektiv' }];
    expect(checkTranscription(['Samverkande parterers perspektiv', second], blocks, [])).toEqual([
      'Den här texten i originalet saknas i avskriften: ”Samverkande parterers perspektiv”',
    ]);
    expect(checkTranscription(['Samverkande parterers perspektiv', second], blocks, [{ from: 'parterers', to: 'parters' }])).toEqual([]);
  });

  it('reports a correction that is not used, and one made unusable by an earlier one', () => {
    const extra = [...corrections, { from: 'Vistmanland', to: 'Västmanland' }, { from: 'linsmedlemssamradet ett', to: 'x' }];
    expect(checkTranscription([original], faithful, extra, omitted)).toEqual([
      'Rättelsen ”Vistmanland” → ”Västmanland” finns inte i originalet (efter de tidigare rättelserna).',
      'Rättelsen ”linsmedlemssamradet ett” → ”x” finns inte i originalet (efter de tidigare rättelserna).',
    ]);
  });

  it('reports what is left of the original: a left-out item, and page furniture not declared', () => {
    const shorter = faithful.map((block) => (block.id === 'skal' ? { ...block, parts: ['Fler individer.'] } : block));
    expect(checkTranscription([original], shorter, corrections, omitted)).toEqual([
      'Den här texten i originalet saknas i avskriften: ”- Mer stöd.”',
    ]);
    expect(checkTranscription([original], faithful, corrections, ['Sida 1 av 2', 'Sida 3 av 3'])).toEqual([
      'Det utelämnade ”Sida 3 av 3” finns inte i originalet.',
      'Den här texten i originalet saknas i avskriften: ”Sida 2 av 2 -”',
    ]);
  });

  it('takes a short heading from its own place, not from inside an earlier paragraph', () => {
    const text = 'Inledning\n\nBakgrund och syfte beskrivs här.\n\nBakgrund\n\nMer text.';
    const blocks = textBlocksOf([
      { id: 'inledning', rubrik: 'Inledning' },
      { id: 'syfte', text: 'Bakgrund och syfte beskrivs här.' },
      { id: 'bakgrund', rubrik: 'Bakgrund' },
      { id: 'mer', text: 'Mer text.' },
    ]);
    expect(checkTranscription([text], blocks, [])).toEqual([]);
  });

  it('needs an original', () => {
    expect(checkTranscription([], faithful, [])).toEqual(['Avskriften har inget original att jämföras med.']);
  });
});

describe('textFragment', () => {
  it('percent-encodes "-", ",", "&", spaces and å', () => {
    expect(textFragment('16-64 år, Västerås & Köping')).toBe(':~:text=16%2D64%20%C3%A5r%2C%20V%C3%A4ster%C3%A5s%20%26%20K%C3%B6ping');
  });

  it('collapses white space and drops quote marks at the ends', () => {
    expect(textFragment(' ”spetsa”\n sin  kompetens ')).toBe(':~:text=spetsa%E2%80%9D%20sin%20kompetens');
    expect(textFragment('”spetsa sin kompetens”')).toBe(':~:text=spetsa%20sin%20kompetens');
  });

  it('gives a long passage whole, never as a textStart,textEnd range (the ends may match elsewhere first)', () => {
    expect(
      textFragment(
        'Ett länsförbund blir ett tydligare och mer kraftfullt förbund med en styrelse, en administration, en revision och en verksamhetsplan',
      ),
    ).toBe(
      ':~:text=Ett%20l%C3%A4nsf%C3%B6rbund%20blir%20ett%20tydligare%20och%20mer%20kraftfullt%20f%C3%B6rbund%20med%20en%20styrelse%2C%20en%20administration%2C%20en%20revision%20och%20en%20verksamhetsplan',
    );
  });
});
