/** Reading the built site: every HTML page and its URL path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** dist/, or the build TEST_DIST names (a private copy, while others rebuild dist/ in a shared tree). */
export const DIST = process.env.TEST_DIST ? resolve(process.env.TEST_DIST) : resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  file: string;
  /** URL path relative to the site root, e.g. "kommuner/koping/". */
  path: string;
  html: string;
}

export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run "npm run build" first.`);
  }
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((file) => ({
      file,
      path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
      html: readFileSync(join(dist, file), 'utf8'),
    }));
}
