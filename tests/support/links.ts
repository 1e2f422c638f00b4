/**
 * Link check of a built site with linkinator, over HTTP from the test server
 * (which serves a site built under a base path there): every page is a start,
 * and every link, asset and #fragment on the site's own origin must resolve.
 * Links to other origins are not fetched (there is no network here); they
 * must use https, unless they point at the site's own address (a build
 * without SITE has http://localhost:4321 there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages } from './dist';
import { serveDist } from './server';

export interface LinkReport {
  checked: number;
  broken: string[];
}

/** The site's own origin, as the build wrote it into the home page's canonical link. */
function siteOrigin(dist: string): string {
  const match = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!match?.[1]) throw new Error('The home page has no canonical link.');
  return new URL(match[1]).origin;
}

export async function checkLinks(dist: string, base = '/'): Promise<LinkReport> {
  const site = siteOrigin(dist);
  const server = await serveDist(dist, base);
  const local = new URL(server.url).origin;
  const short = (url = '') => (url.startsWith(local) ? url.slice(local.length) : url);
  const pages = new Map(builtPages(dist).map((page) => [new URL(page.path, server.url).pathname, page.html]));
  // linkinator takes a text directive (#text-x:~:text=…) for part of the fragment: check the anchor before it here.
  // tests/site/citation-passages.test.ts checks the words.
  const anchorExists = (url: string) => {
    const target = new URL(url);
    const anchor = decodeURIComponent(target.hash.slice(1)).split(':~:')[0] ?? '';
    return anchor !== '' && (pages.get(target.pathname)?.includes(`id="${anchor}"`) ?? false);
  };
  try {
    const { links } = await new LinkChecker().check({
      path: builtPages(dist).map((page) => new URL(page.path, server.url).href),
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(`${local}/`),
    });
    const broken = links.flatMap((link) => {
      if (link.state === LinkState.BROKEN && link.url.includes(':~:') && anchorExists(link.url)) return [];
      if (link.state === LinkState.BROKEN) {
        const error = link.failureDetails?.find((detail) => detail instanceof Error);
        return [`${short(link.parent)}: ${short(link.url)} → ${error?.message ?? `HTTP ${link.status}`}`];
      }
      if (link.state === LinkState.SKIPPED && /^http:/.test(link.url) && new URL(link.url).origin !== site)
        return [`${short(link.parent)}: insecure external link ${link.url}`];
      return [];
    });
    return { checked: links.length, broken };
  } finally {
    await server.close();
  }
}
