/** Writes dist/_headers (security and cache headers for static hosts) after the build. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security';

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'samordning:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
