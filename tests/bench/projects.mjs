/**
 * The projects the benchmark builds: copies of this site (with or without
 * generated pages) and a bare Astro + MDX project with the same texts. They
 * live under .tmp/bench/ so Node and npm find the project's own node_modules
 * by walking up the tree, while each copy keeps its own build caches.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project at `root` to `dest` (emptied first), as tests/support/fixture.ts does. */
export function copyProject(root, dest) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const item of COPIED) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(dest, item), { recursive: true });
  }
}

/** Removes what a build leaves behind, so every measured build starts cold. */
export function cleanBuild(dir) {
  for (const item of ['dist', '.astro']) rmSync(join(dir, item), { recursive: true, force: true });
  const modules = join(dir, 'node_modules');
  // A copy has no node_modules of its own except the caches Astro and Vite put there;
  // never touch a symlinked (real) node_modules.
  if (existsSync(modules) && !lstatSync(modules).isSymbolicLink()) {
    for (const cache of ['.astro', '.vite']) rmSync(join(modules, cache), { recursive: true, force: true });
  }
}

/** A small seeded random generator (mulberry32), so every run writes the same pages. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids of the entries in content/<collection>/ (file names without extension). */
function ids(root, collection) {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .map((f) => basename(f, extname(f)))
    .sort();
}

/** Words from the site's own texts, so the generated pages index like real Swedish pages. */
function vocabulary(root) {
  const words = new Set();
  for (const collection of ['kommuner', 'insatser', 'tidslinje', 'sidor', 'perspektiv']) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(join(dir, file), 'utf8').split(/^---$/m).slice(2).join('---');
      for (const word of body
        .replace(/<[^>]*>/g, ' ')
        .toLowerCase()
        .match(/\p{L}{3,}/gu) ?? [])
        words.add(word);
    }
  }
  // Markdown makes a link of "www." (GFM autolinks), and links must be https: not words for generated prose.
  for (const word of ['www', 'http', 'https']) words.delete(word);
  if (words.size < 50) throw new Error('Too few words in content/ to generate benchmark pages from.');
  return [...words].sort();
}

/**
 * The text of generated page `i`: a title, three headed sections of prose and
 * a unique code word (so a search can find exactly this page). The same text
 * goes into our site and into the bare project.
 */
export function pageText(words, i) {
  const next = random(i + 1);
  const pick = () => words[Math.floor(next() * words.length)];
  const sentence = () => {
    const length = 8 + Math.floor(next() * 9);
    const text = Array.from({ length }, pick).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, sentence);
  const number = String(i + 1).padStart(5, '0');
  return {
    number,
    title: `Provsida ${number}`,
    summary: sentence(),
    sections: ['Bakgrund', 'Vad vi vet', 'Vad källorna inte säger'].map((heading) => ({ heading, paragraphs: [paragraph(), paragraph()] })),
    code: `provord${number}`,
  };
}

const KINDS = ['insats', 'handelse', 'sida'];

/** Which kind generated page `i` is: insatser, timeline events and municipality-like text pages in turn. */
export function kindOf(i) {
  return KINDS[i % KINDS.length];
}

function body(text, cite) {
  return text.sections
    .map(({ heading, paragraphs }) => {
      const prose = paragraphs.map((sentences) => sentences.map((s) => `${s}${cite}`).join(' ')).join('\n\n');
      return `## ${heading}\n\n${prose}`;
    })
    .join('\n\n')
    .concat(`\n\nKodord för sökning: ${text.code}.\n`);
}

/**
 * Adds `n` generated pages to the copy at `dir`, valid under the site's schemas
 * and citing a source that exists: insatser, timeline events and, in place of
 * municipalities, text pages written like a municipality page. (The kommuner
 * collection is fixed at Västmanland's ten, and every listing's filter menu
 * lists them, so thousands of municipalities would measure a site that cannot exist.)
 */
export function addGeneratedPages(root, dir, n) {
  const words = vocabulary(root);
  const source = ids(root, 'kallor').includes('avsiktsforklaring') ? 'avsiktsforklaring' : ids(root, 'kallor')[0];
  const kommuner = ids(root, 'kommuner');
  const parter = ids(root, 'parter');
  const perspektiv = ids(root, 'perspektiv');
  if (!source || kommuner.length === 0 || parter.length === 0 || perspektiv.length === 0) {
    throw new Error('content/ lacks kallor, kommuner, parter or perspektiv to refer to from generated pages.');
  }
  // Every citation carries a passage the build finds in the source's text; a plain title, so that no hedge is needed.
  const passage = source === 'avsiktsforklaring' ? 'Bildande av ett länsamordningsförbund i Västmanland' : undefined;
  if (!passage) throw new Error(`No passage known for the source "${source}" to cite from generated pages.`);
  const cite = ` <Kalla id="${source}" citat="${passage}" />`;
  /** The fact box's citations (faktakallor) for the facts a generated page shows. */
  const factSources = (facts) => [
    'faktakallor:',
    ...facts.flatMap((f) => [`  ${f}:`, `    - source: ${source}`, `      citat: ["${passage}"]`]),
  ];
  const meta = 'published: 2026-11-22\nupdated: 2026-11-22';
  for (let i = 0; i < n; i++) {
    const text = pageText(words, i);
    const kommun = kommuner[i % kommuner.length];
    const part = parter[i % parter.length];
    let file;
    let front;
    switch (kindOf(i)) {
      case 'insats': {
        const status = ['pågående', 'avslutad', 'planerad', 'okänd'][i % 4];
        file = `content/insatser/prov-insats-${text.number}.mdx`;
        front = [
          `name: Provinsats ${text.number}`,
          `kind: ${['individinsats', 'strukturell insats', 'kompetensutveckling'][i % 3]}`,
          `status: ${status}`,
          `kommuner: [${kommun}]`,
          `parter: [${part}]`,
          `sources: [${source}]`,
          ...factSources(status === 'okänd' ? ['kommuner', 'parter'] : ['status', 'kommuner', 'parter']),
          `description: ${text.summary}`,
        ];
        break;
      }
      case 'handelse': {
        const year = 2005 + (i % 22);
        const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        file = `content/tidslinje/${date}-prov-handelse-${text.number}.mdx`;
        front = [
          `title: Provhändelse ${text.number}`,
          `date: ${date}`,
          `kind: ${['beslut', 'möte', 'dokument', 'organisation', 'uppföljning'][i % 5]}`,
          `summary: ${text.summary}`,
          `kommuner: [${kommun}]`,
          `parter: [${part}]`,
          `perspektiv: [${perspektiv[i % perspektiv.length]}]`,
          `sources: [${source}]`,
          ...factSources(['date']),
        ];
        break;
      }
      default:
        file = `content/sidor/prov-sida-${text.number}.mdx`;
        front = [`title: ${text.title}`, `sources: [${source}]`, `description: ${text.summary}`];
    }
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${front.join('\n')}\n${meta}\n---\n\n${body(text, cite)}`);
  }
}

const BARE_FILES = {
  'package.json': JSON.stringify(
    { name: 'bench-bare', private: true, type: 'module', scripts: { build: 'astro build && pagefind --site dist' } },
    null,
    2,
  ),
  'tsconfig.json': JSON.stringify(
    { extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] },
    null,
    2,
  ),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  sidor: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/sidor' }), schema: z.object({ title: z.string() }) }),
};
`,
  'src/layouts/Page.astro': `---
interface Props {
  title: string;
}
const { title } = Astro.props;
---

<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <slot />
    </main>
  </body>
</html>
`,
  'src/pages/[sida].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export async function getStaticPaths() {
  return (await getCollection('sidor')).map((sida) => ({ params: { sida: sida.id }, props: { sida } }));
}
const { sida } = Astro.props;
const { Content } = await render(sida);
---

<Page title={sida.data.title}><Content /></Page>
`,
  'src/pages/index.astro': `---
import Page from '../layouts/Page.astro';
---

<Page title="Start"><p>En minimal Astro-webbplats med MDX.</p></Page>
`,
};

/**
 * A minimal Astro project (astro + @astrojs/mdx, one layout, one route) with
 * `n` MDX pages carrying the same texts as the generated pages of our site,
 * built the same way: astro build && pagefind --site dist.
 */
export function createBareProject(root, dir, n) {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(BARE_FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const words = vocabulary(root);
  mkdirSync(join(dir, 'content/sidor'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = pageText(words, i);
    writeFileSync(join(dir, `content/sidor/prov-${kindOf(i)}-${text.number}.mdx`), `---\ntitle: ${text.title}\n---\n\n${body(text, '')}`);
  }
}
