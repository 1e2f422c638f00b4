/**
 * Entry ids come from file names and become URLs, so they must be ASCII slugs
 * and unique within their collection.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isValidSlug, slugify } from './slug';

export function idFromFileName(entry: string): string {
  return basename(entry, extname(entry));
}

export function slugProblem(entry: string, folder: string): string | null {
  const id = idFromFileName(entry);
  if (isValidSlug(id)) return null;
  return `Filnamnet "${folder}/${entry}" kan inte bli en webbadress. Använd bara små bokstäver a–z, siffror och bindestreck (å och ä blir a, ö blir o), till exempel "${slugify(id) || 'namn'}${extname(entry)}".`;
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
