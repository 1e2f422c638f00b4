/**
 * Entry ids come from file names and become URLs, so they must be ASCII slugs
 * and unique within their collection; a file the loader would skip, or whose
 * address a generated page already has, is an error too.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ContentProblem } from './problems';
import { isValidSlug, slugify } from './slug';

export function idFromFileName(entry: string): string {
  return basename(entry, extname(entry));
}

export function slugProblem(entry: string, folder: string): string | null {
  const id = idFromFileName(entry);
  if (isValidSlug(id)) return null;
  return `Filnamnet "${folder}/${entry}" kan inte bli en webbadress. Använd bara små bokstäver a–z, siffror och bindestreck (å och ä blir a, ö blir o), till exempel "${slugify(id) || 'namn'}${extname(entry)}".`;
}

/** A file such as `koping.MDX`, which the loader (lower-case extensions only) would silently skip. */
export function extensionProblem(entry: string, extensions: readonly string[]): string | null {
  const extension = extname(entry).slice(1);
  if (extensions.includes(extension) || !extensions.includes(extension.toLowerCase())) return null;
  return `filändelsen ska skrivas med små bokstäver, annars kommer filen inte med på webbplatsen. Byt namn till "${basename(entry, extname(entry))}.${extension.toLowerCase()}".`;
}

/** A file whose address a generated page already has, e.g. content/sidor/kommuner.mdx and /kommuner/. */
export function reservedNameProblem(entry: string, reserved: readonly string[]): string | null {
  const id = idFromFileName(entry);
  if (!reserved.includes(id)) return null;
  return `filnamnet ger adressen /${id}/, som redan är en sida på webbplatsen. Välj ett annat namn; de här namnen är upptagna: ${reserved.join(', ')}.`;
}

/** Every file-name problem in a folder's files (paths relative to the folder). */
export function fileNameProblems(
  files: readonly string[],
  folder: string,
  rules: { extensions: readonly string[]; reserved?: readonly string[] },
): ContentProblem[] {
  return files.flatMap((entry) =>
    [extensionProblem(entry, rules.extensions), reservedNameProblem(entry, rules.reserved ?? [])]
      .filter((message) => message !== null)
      .map((message) => ({ file: `${folder}/${entry}`, field: '', message })),
  );
}

/**
 * Builds a `generateId` for Astro's glob loader that rejects bad file names and
 * two files that would get the same address.
 */
export function createIdGenerator(folder: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const problem = slugProblem(entry, folder);
    if (problem) throw new Error(problem);
    const id = idFromFileName(entry);
    const earlier = seen.get(id);
    if (earlier && earlier !== entry && existsSync(join(folder, earlier))) {
      throw new Error(`Två filer i ${folder}/ får samma adress "${id}": ${earlier} och ${entry}. Byt namn på den ena eller ta bort den.`);
    }
    seen.set(id, entry);
    return id;
  };
}
