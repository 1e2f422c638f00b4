// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from './src/integrations/glossary-links.ts';
import { readGlossaryTerms } from './src/integrations/glossary-terms.ts';
import headers from './src/integrations/headers.ts';
import mdxSafety from './src/integrations/mdx-safety.ts';

/**
 * Where the site is published. The default is the local preview (npm start);
 * set SITE and BASE when building for a host, e.g. SITE=https://example.org BASE=/samordning/.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

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
  integrations: [mdxSafety(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), headers()],
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
