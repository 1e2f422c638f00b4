/**
 * Stops the build (and shows the error in `npm run dev`) when a Markdown or
 * MDX file in content/ holds anything but Markdown and the site's own
 * components: the rules and the Swedish messages are in src/lib/mdx-safety.ts.
 * The check reads each file as the editor wrote it, before the MDX compiler,
 * so a text the compiler cannot read ("<10 000") gets the editor's message,
 * not the compiler's, and line numbers count the frontmatter.
 *
 * `npm run build` checks every file at once when the build starts, so the
 * message lists every problem in every file (.md files too, which the content
 * layer renders without Vite). `npm run dev` checks each MDX file as it loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { describeMdxProblems, findMdxProblems, type MdxProblem } from '../lib/mdx-safety';

/** The file a Vite module id names, without its query (`/x/koping.mdx?astroPropagatedAssets`). */
export const moduleFile = (id: string): string => id.replace(/[?#].*$/, '');

/** The problems in every Markdown and MDX file under content/, with paths from the project root. */
export function findContentTextProblems(root: string, contentDir: string): MdxProblem[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/i.test(name))
    .sort()
    .flatMap((name) => findMdxProblems(relative(root, join(contentDir, name)), readFileSync(join(contentDir, name), 'utf8')));
}

function contentGuard(root: string, contentDir: string): Plugin {
  let building = false;
  return {
    name: 'mdx-safety',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      const problems = findContentTextProblems(root, contentDir);
      if (problems.length > 0) throw new Error(describeMdxProblems(problems));
    },
    transform: {
      // Before @astrojs/mdx's own transform, which would otherwise fail first with the compiler's English.
      order: 'pre',
      filter: { id: /\.mdx(?:[?#]|$)/i },
      handler(code, id) {
        const file = moduleFile(id);
        if (!file.startsWith(contentDir)) return null;
        const problems = findMdxProblems(relative(root, file), code);
        if (problems.length > 0) throw new Error(describeMdxProblems(problems));
        return null;
      },
    },
  };
}

export default function mdxSafety(): AstroIntegration {
  return {
    name: 'mdx-safety',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [contentGuard(root, resolve(root, 'content') + '/')] } });
      },
    },
  };
}
