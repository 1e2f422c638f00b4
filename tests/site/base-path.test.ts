/**
 * Served under a sub-path: a copy built with SITE=https://example.org and
 * BASE=/samordning/ must have every link, asset, feed and canonical under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';
import { BASE_PATH as BASE, BASE_SITE as SITE, buildUnderBase } from '../support/base-build';

let dist = '';

beforeAll(() => {
  dist = buildUnderBase();
}, 600_000); // It may wait for another step to finish the build (tests/support/base-build.ts).

describe(`built with BASE=${BASE}`, () => {
  it('every internal link, fragment and asset resolves under the base', async () => {
    const { checked, broken } = await checkLinks(dist, BASE);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('canonical, feeds, sitemap and robots.txt use the full address', () => {
    const koping = readFileSync(join(dist, 'kommuner/koping/index.html'), 'utf8');
    expect(koping).toContain(`<link rel="canonical" href="${SITE}${BASE}kommuner/koping/">`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}kommuner/koping/</loc>`);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(`${BASE}_astro/*`);
  });
});
