/** Reads the glossary (content/ordlista/*.yaml) at config time, for the glossary-links plugin. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { load } from 'js-yaml';
import type { GlossaryTerm } from '../lib/glossary';

export function readGlossaryTerms(folder: string): GlossaryTerm[] {
  return readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => {
      const data = load(readFileSync(join(folder, file), 'utf8')) as { term?: unknown; aliases?: unknown };
      const forms = [data.term, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter(
        (form): form is string => typeof form === 'string' && form.trim().length > 0,
      );
      return { id: basename(file, extname(file)), forms };
    });
}
