/**
 * Served as a static host would serve it (dist/_headers applied): search
 * works without a Content-Security-Policy violation, and the cache and
 * security headers are as stated. Every page's own CSP check (after its charts
 * are drawn and it is scrolled to the end) is part of every-page.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { DIST } from '../support/dist';
import { cspViolations, instrument } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('Content-Security-Policy', () => {
  it('search loads its index and shows results without a violation', async () => {
    const context = await browser().newContext();
    await instrument(context);
    const page = await context.newPage();
    await page.goto(new URL('sok/?q=K%C3%B6ping', baseUrl).href);
    await expect.poll(async () => page.locator('main a[href*="/kommuner/koping/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('cache headers', () => {
  async function headersOf(path: string) {
    const response = await fetch(new URL(path, baseUrl));
    await response.arrayBuffer();
    expect(response.status, path).toBe(200);
    return response.headers;
  }

  it('revalidates HTML and feeds', async () => {
    for (const path of ['', 'kommuner/koping/', 'sitemap-index.xml', 'robots.txt']) {
      expect((await headersOf(path)).get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('caches hashed assets for a year', async () => {
    const asset = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
    const fragment = readdirSync(join(DIST, 'pagefind', 'fragment'))[0];
    for (const path of [`_astro/${asset}`, `pagefind/fragment/${fragment}`]) {
      expect((await headersOf(path)).get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await headersOf('pagefind/pagefind.js')).get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('sends the other security headers on every response', async () => {
    const headers = await headersOf('om/');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toContain('camera=()');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
