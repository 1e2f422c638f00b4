/**
 * Served as a static host would serve it (dist/_headers applied): no page
 * reports a Content-Security-Policy violation, even after scrolling (charts
 * load then) and searching, and the cache headers are as stated.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { DIST, builtPages } from '../support/dist';
import { inPool } from '../support/pool';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
`;

describe('Content-Security-Policy', () => {
  it('no page reports a violation, after scrolling to the end', async () => {
    const context = await browser().newContext();
    await context.addInitScript({ content: RECORD_VIOLATIONS });
    const paths = builtPages().map((p) => (p.path === '404.html' ? 'finns-inte/' : p.path));
    const failures = (
      await inPool(paths, 3, async (path) => {
        const page = await context.newPage();
        const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        const csp = response?.headers()['content-security-policy'] ?? '';
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(150);
        const violations = (await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) ?? [];
        await page.close();
        return [...(csp.includes("default-src 'self'") ? [] : [`/${path}: no CSP header`]), ...violations.map((v) => `/${path}: ${v}`)];
      })
    ).flat();
    await context.close();
    expect(failures).toEqual([]);
  });

  it('search works under the policy', async () => {
    const context = await browser().newContext();
    await context.addInitScript({ content: RECORD_VIOLATIONS });
    const page = await context.newPage();
    await page.goto(new URL('sok/?q=K%C3%B6ping', baseUrl).href);
    await expect.poll(async () => page.locator('main a[href*="/kommuner/koping/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
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
