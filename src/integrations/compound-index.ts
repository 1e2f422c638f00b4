/**
 * After the build and before Pagefind indexes it: on every searchable page, add
 * the parts of the compounds it uses (word list: content/sok/sammansattningar.yaml).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { AstroIntegration } from 'astro';
import { compoundParts, indexedText, withCompoundParts, type CompoundList } from '../lib/compounds';

export default function compoundIndex(listFile: string): AstroIntegration {
  return {
    name: 'samordning:compound-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const list = load(readFileSync(listFile, 'utf8')) as CompoundList;
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const parts = compoundParts(indexedText(html), list);
          if (parts.length === 0) continue;
          writeFileSync(path, withCompoundParts(html, parts));
          pages++;
        }
        logger.info(`Delar av sammansatta ord tillagda för sökningen på ${pages} sidor.`);
      },
    },
  };
}
