/**
 * Linking glossary terms: the first use of each term in a text becomes a link
 * to its explanation. Pure: works on strings, so the Markdown plugin that uses it
 * only walks the tree.
 */
export interface GlossaryTerm {
  id: string;
  /** The term and every form of it that should link (inflections, variants). */
  forms: string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface GlossaryMatcher {
  /** Matches in `text` of terms not yet in `used`, first use of each only; adds them to `used`. */
  firstUses(text: string, used: Set<string>): TermMatch[];
}

/**
 * True when the match at `start`–`end` is part of a proper name and must not
 * link on its own: followed by a capitalised word ("Samordningsförbundet
 * Västmanland", "Samordningsförbundet Västra Mälardalen") or preceded by a
 * capitalised genitive ("Norra Västmanlands samordningsförbund").
 */
export function insideName(text: string, start: number, end: number): boolean {
  if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end))) return true;
  return /(?<![\p{L}\p{N}])\p{Lu}\p{L}*s[ \u00a0]+$/u.test(text.slice(0, start));
}

export function createMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const owner = new Map<string, string>();
  for (const term of terms) for (const form of term.forms) owner.set(form.toLocaleLowerCase('sv'), term.id);
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { firstUses: () => [] };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    firstUses(text, used) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const id = owner.get(match[0].toLocaleLowerCase('sv'));
        if (!id || used.has(id) || insideName(text, match.index, match.index + match[0].length)) continue;
        used.add(id);
        matches.push({ id, start: match.index, end: match.index + match[0].length });
      }
      return matches;
    },
  };
}

/** One form of a glossary term, with the field it is written in (`term`, `aliases[2]`). */
export interface TermForm {
  id: string;
  form: string;
  field: string;
}

/**
 * Forms that two terms both claim (in any case), each paired with the first
 * term that has it: a form may link to one term only. Repeats within one term
 * are harmless and not reported.
 */
export function sharedForms(forms: readonly TermForm[]): { form: TermForm; owner: TermForm }[] {
  const owners = new Map<string, TermForm>();
  const shared: { form: TermForm; owner: TermForm }[] = [];
  for (const form of forms) {
    const key = form.form.trim().toLocaleLowerCase('sv');
    const owner = owners.get(key);
    if (!owner) owners.set(key, form);
    else if (owner.id !== form.id) shared.push({ form, owner });
  }
  return shared;
}
