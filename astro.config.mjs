// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from './src/integrations/glossary-links.ts';
import { readGlossaryTerms } from './src/integrations/glossary-terms.ts';
import headers from './src/integrations/headers.ts';
import mdxSafety from './src/integrations/mdx-safety.ts';
import { checkSearchWordLists } from './src/integrations/search-word-lists.ts';

/**
 * Where the site is published: SITE and BASE, e.g. SITE=https://example.org BASE=/samordning/.
 * `npm start` (the local preview) sets SITE=http://localhost:4321 itself; `astro dev`
 * previews on localhost without it. A build without SITE stops (siteAddress below),
 * so a build meant for publishing never writes localhost into its pages and files.
 */
const PREVIEW_SITE = 'http://localhost:4321';
const site = process.env.SITE?.trim() || undefined;
const base = process.env.BASE ?? '/';

/** Stops a build that has no address; gives the dev server and `astro check` the preview's. */
function siteAddress() {
  return {
    name: 'site-address',
    hooks: {
      /** @param {import('astro').HookParameters<'astro:config:setup'>} options */
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (config.site) return;
        if (command === 'build') {
          // The editor's message alone, without a stack trace; the build script then removes dist/.
          logger.error(
            'Webbplatsens adress saknas. Ange den i SITE när du bygger för publicering, till exempel ' +
              '`SITE=https://www.example.se npm run build`. Vill du bara förhandsvisa på din dator, kör `npm start`.',
          );
          process.exit(1);
        }
        updateConfig({ site: PREVIEW_SITE });
      },
    },
  };
}

// A mistake in the search's word lists stops here, before any page is built.
checkSearchWordLists();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: the Content-Security-Policy allows stylesheets from the site itself only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    // Astro's native pipeline (Sätteri), with one HAST plugin: the glossary linker.
    processor: satteri({ hastPlugins: [glossaryLinks(readGlossaryTerms('./content/ordlista'))] }),
  },
  // mdxSafety first: it checks each MDX file in content/ before the MDX compiler reads it.
  integrations: [siteAddress(), mdxSafety(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), headers()],
  vite: {
    build: {
      // Never inline scripts (or assets): the Content-Security-Policy allows scripts from the site's own files only.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module trips this harmless Rolldown warning; silence exactly it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
