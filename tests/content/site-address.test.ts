/**
 * A build meant for publishing never writes localhost: without SITE the real
 * build (`npm run build`) stops with a Swedish message and leaves no pages,
 * and a build with SITE has the address everywhere and localhost nowhere.
 * (`npm start` and the test suite build with SITE=http://localhost:4321 on purpose.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_SITE, buildUnderBase } from '../support/base-build';
import { createFixture } from '../support/fixture';

const saved = process.env.SITE;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE;
  else process.env.SITE = saved;
});

describe('the site address', () => {
  it('a publishing build without SITE stops with a clear message and publishes nothing', async () => {
    const fixture = createFixture('no-site');
    // fixture.build() hands the build this process' environment: take SITE out of it.
    delete process.env.SITE;
    const result = await fixture.build();
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/Webbplatsens adress saknas\. Ange den i SITE när du bygger för publicering/);
    expect(result.output).toMatch(/SITE=https:\/\/www\.example\.se npm run build/);
    expect(result.htmlFiles, 'no HTML page may be published').toEqual([]);
    expect(result.distExists, 'dist/ is removed after a failed build').toBe(false);
  });

  it('a build with SITE writes its address and never localhost', () => {
    const dist = buildUnderBase();
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(html|xml|txt|json|ics|csv)$/.test(f) && !f.startsWith('pagefind') && statSync(join(dist, f)).isFile(),
    );
    expect(files.length).toBeGreaterThan(100);
    const withLocalhost = files.filter((f) => readFileSync(join(dist, f), 'utf8').includes('localhost'));
    expect(withLocalhost).toEqual([]);
    for (const file of ['robots.txt', 'sitemap-index.xml', 'rss.xml', 'tidslinje.ics', 'tidslinje.json', 'index.html'])
      expect(readFileSync(join(dist, file), 'utf8'), file).toContain(BASE_SITE);
  });
});
