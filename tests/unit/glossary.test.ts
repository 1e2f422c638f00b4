import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, insideName, sharedForms } from '@/lib/glossary';
import { readGlossaryTerms } from '@/integrations/glossary-terms';

const matcher = createMatcher([
  { id: 'samordningsforbund', forms: ['Samordningsförbund', 'samordningsförbundet'] },
  { id: 'finsam', forms: ['Finsam'] },
]);

describe('glossary matcher', () => {
  it('finds the first use of each term, whole words only, any case', () => {
    const used = new Set<string>();
    const text = 'Samordningsförbundet följer Finsam. Ett samordningsförbund till, och Finsamlagen.';
    expect(matcher.firstUses(text, used)).toEqual([
      { id: 'samordningsforbund', start: 0, end: 20 },
      { id: 'finsam', start: 28, end: 34 },
    ]);
  });

  it('links each term once across several texts on a page', () => {
    const used = new Set<string>();
    expect(matcher.firstUses('Om Finsam.', used)).toHaveLength(1);
    expect(matcher.firstUses('Mer om Finsam och samordningsförbundet.', used).map((m) => m.id)).toEqual(['samordningsforbund']);
  });

  it('never links a term inside a proper name, and links its next plain use instead', () => {
    const used = new Set<string>();
    const text = 'Samordningsförbundet Västmanland ersatte Norra Västmanlands samordningsförbund. Ett samordningsförbund till.';
    const matches = matcher.firstUses(text, used);
    expect(matches).toEqual([
      { id: 'samordningsforbund', start: text.lastIndexOf('samordningsförbund'), end: text.length - ' till.'.length },
    ]);
    expect(matcher.firstUses('Samordningsförbundet Västra Mälardalen och Finsam.', new Set()).map((m) => m.id)).toEqual(['finsam']);
  });

  it('tells a name from a term by the capitalised word next to it', () => {
    const at = (text: string, word: string) => [text, text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(insideName(...at('Samordningsförbundet Västerås bildades.', 'Samordningsförbundet'))).toBe(true);
    expect(insideName(...at('Norra Västmanlands samordningsförbund', 'samordningsförbund'))).toBe(true);
    expect(insideName(...at('Ett samordningsförbund. Västerås var med.', 'samordningsförbund'))).toBe(false);
    expect(insideName(...at('Enligt Finsam får förbundet', 'Finsam'))).toBe(false);
    expect(insideName(...at('länets samordningsförbund', 'samordningsförbund'))).toBe(false);
  });

  it('does nothing without terms', () => {
    expect(createMatcher([]).firstUses('Finsam', new Set())).toEqual([]);
  });
});

describe('sharedForms', () => {
  it('pairs a form two terms claim, in any case, with its first owner', () => {
    const forms = [
      { id: 'a', form: 'Länsförbund', field: 'term' },
      { id: 'a', form: 'länsförbund', field: 'aliases[0]' },
      { id: 'b', form: 'LÄNSFÖRBUND', field: 'aliases[3]' },
    ];
    expect(sharedForms(forms)).toEqual([{ form: forms[2], owner: forms[0] }]);
  });
});

describe('readGlossaryTerms', () => {
  it("reads each file's term and aliases", () => {
    const folder = mkdtempSync(join(tmpdir(), 'ordlista-'));
    writeFileSync(join(folder, 'finsam.yaml'), 'term: Finsam\naliases: [finsamlagen]\n');
    expect(readGlossaryTerms(folder)).toEqual([{ id: 'finsam', forms: ['Finsam', 'finsamlagen'] }]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('stops on a key written twice with the file and line, in Swedish', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ordlista-'));
    writeFileSync(join(folder, 'esf.yaml'), 'term: ESF\nexplanation: x\nterm: Y\n');
    expect(() => readGlossaryTerms(folder)).toThrow(`- ${join(folder, 'esf.yaml')}, rad 3: fältet term står två gånger (rad 1 och rad 3).`);
    rmSync(folder, { recursive: true, force: true });
  });
});
