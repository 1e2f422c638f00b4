/**
 * Astro's loaders for the folders in content/, with the editor's mistakes in
 * file names and YAML caught first and reported in Swedish with file and line.
 * Astro's own loaders would skip a file named `….MDX`, give an English message
 * for a key written twice (or, for a single data file, none at all), and let a
 * page in content/sidor/ collide with a generated page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { createIdGenerator, fileNameProblems } from './entry-id';
import { describeProblems, type ContentProblem } from './problems';
import { yamlProblems } from './yaml';

export const TEXT_EXTENSIONS = ['md', 'mdx'] as const;
export const DATA_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

/** The file-name and YAML problems of a folder's files (paths relative to the folder). */
export function contentFileProblems(
  folder: string,
  files: readonly string[],
  rules: { extensions: readonly string[]; reserved?: readonly string[] },
  read: (path: string) => string,
): ContentProblem[] {
  const yaml = files
    .filter((entry) => rules.extensions.some((extension) => entry.endsWith(`.${extension}`)))
    .flatMap((entry) => yamlProblems(read(`${folder}/${entry}`), `${folder}/${entry}`));
  return [...fileNameProblems(files, folder, rules), ...yaml];
}

function stopOn(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new Error(describeProblems(problems));
}

const readText = (path: string) => readFileSync(path, 'utf8');

/** Runs `check` before the loader reads anything. */
function checkedFirst(loader: Loader, check: () => void): Loader {
  return {
    ...loader,
    load: async (context) => {
      check();
      await loader.load(context);
    },
  };
}

/** Every file in content/<name>/ with one of the extensions (in any case) becomes an entry, or the build stops. */
export function folderLoader(name: string, extensions: readonly string[], reserved: readonly string[] = []): Loader {
  const base = `./content/${name}`;
  const loader = glob({ pattern: `**/*.{${extensions.join(',')}}`, base, generateId: createIdGenerator(base) });
  return checkedFirst(loader, () => {
    const files = readdirSync(base, { recursive: true, encoding: 'utf8' });
    stopOn(contentFileProblems(`content/${name}`, files, { extensions, reserved }, readText));
  });
}

/** One data file holding several entries, e.g. content/webbplats/nyckeltal.yaml. */
export function fileLoader(path: string): Loader {
  return checkedFirst(file(`./${path}`), () => stopOn(yamlProblems(readText(path), path)));
}
