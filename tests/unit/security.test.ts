import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, contentSecurityPolicy, headersFile } from '@/lib/security';

describe('Content-Security-Policy', () => {
  it('allows only the site itself, WebAssembly for search, and no inline code', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
  });

  it('leaves out what a <meta> cannot carry', () => {
    expect(contentSecurityPolicy({ forMeta: true })).not.toContain('frame-ancestors');
  });
});

describe('Content-Security-Policy of the dev preview', () => {
  it('lets the dev server inject styles and its reload client, and nothing else more', () => {
    const dev = contentSecurityPolicy({ forMeta: true, dev: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(dev).toContain("img-src 'self' data:");
    expect(dev).toContain("default-src 'self'");
  });

  it('is never the published policy', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy({ forMeta: true })).not.toContain('unsafe-inline');
  });
});

describe('_headers', () => {
  it('prefixes every rule with the base path', () => {
    const file = headersFile('/samordning/');
    const patterns = file.split('\n').filter((line) => line.startsWith('/'));
    expect(patterns.every((p) => p.startsWith('/samordning/'))).toBe(true);
    expect(file).toContain(`/samordning/_astro/*\n  Cache-Control: ${CACHE_IMMUTABLE}`);
    expect(file).toContain(`/samordning/*/\n  Cache-Control: ${CACHE_REVALIDATE}`);
  });
});
