/**
 * Reads the glossary (content/ordlista/*.yaml) at config time, for the
 * glossary-links plugin. A file that is not valid YAML stops here, before
 * Astro's content check can say so, so the message names the file and line in
 * Swedish. A form claimed by two terms is reported by the content check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { GlossaryTerm } from '../lib/glossary';
import { loadYaml } from '../lib/yaml';

export function readGlossaryTerms(folder: string): GlossaryTerm[] {
  return readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => {
      const path = join(folder, file);
      const data = loadYaml(readFileSync(path, 'utf8'), path) as { term?: unknown; aliases?: unknown } | null;
      const forms = [data?.term, ...(Array.isArray(data?.aliases) ? data.aliases : [])].filter(
        (form): form is string => typeof form === 'string' && form.trim().length > 0,
      );
      return { id: basename(file, extname(file)), forms };
    });
}
