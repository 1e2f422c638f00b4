/** Every internal link, fragment and asset in the built site resolves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';
import { DIST } from '../support/dist';

/** The site's own origin, as the build wrote it into the home page's canonical link. */
function siteOrigin(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const match = /<link rel="canonical" href="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('The home page has no canonical link.');
  return new URL(match[1]).origin;
}

describe('links', () => {
  it('every internal link, fragment and asset resolves', () => {
    const { checked, broken } = checkLinks(DIST, '/', siteOrigin());
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
