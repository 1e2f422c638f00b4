/**
 * A link checker for a built static site: every href/src on the site's own
 * origin must point at a file (or directory index) in dist/, and every
 * #fragment at an element id on the target page. Links to other origins are
 * not fetched (there is no network here); they are only required to be https.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from './dist';

export interface LinkReport {
  checked: number;
  broken: string[];
}

const idCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

function resolveFile(dist: string, pathname: string): string | undefined {
  const direct = join(dist, decodeURIComponent(pathname));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  if ((pathname === '' || pathname.endsWith('/')) && existsSync(index)) return index;
  return undefined;
}

export function checkLinks(dist: string, base: string, site = 'https://example.invalid'): LinkReport {
  idCache.clear();
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages(dist)) {
    const pageUrl = new URL(`${base}${page.path}`, site);
    const root = parse(page.html);
    const refs = [
      ...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
    ];
    for (const ref of refs) {
      if (!ref || ref.startsWith('mailto:') || ref.startsWith('data:')) continue;
      const target = new URL(ref, pageUrl);
      checked++;
      if (target.origin !== pageUrl.origin) {
        if (target.protocol !== 'https:' && !target.href.startsWith(site)) broken.push(`/${page.path}: insecure external link ${ref}`);
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        broken.push(`/${page.path}: ${ref} is outside the base path ${base}`);
        continue;
      }
      const file = resolveFile(dist, target.pathname.slice(base.length));
      if (!file) {
        broken.push(`/${page.path}: ${ref} → no such file`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push(`/${page.path}: ${ref} → no element with id "${fragment}"`);
      }
    }
  }
  return { checked, broken };
}
