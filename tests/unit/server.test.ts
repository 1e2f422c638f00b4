/** The test server compresses text like a static host, so measured sizes are real ones. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, serveDist, type StaticServer } from '../support/server';

describe('choosing an encoding', () => {
  it('prefers brotli, then gzip, for text types only', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', 'text/html; charset=utf-8')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0', 'text/javascript; charset=utf-8')).toBe('gzip');
    expect(chooseEncoding(undefined, 'text/css; charset=utf-8')).toBeNull();
    expect(chooseEncoding('br', 'application/octet-stream')).toBeNull();
    expect(chooseEncoding('br', 'image/png')).toBeNull();
    expect(chooseEncoding('br', 'application/wasm')).toBe('br');
  });
});

describe('serving dist/', () => {
  let root: string;
  let server: StaticServer;
  const html = `<!doctype html><title>t</title>${'<p>Samordningsförbundet Västmanland</p>'.repeat(200)}`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'server-test-'));
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'x.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    server = await serveDist(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  function get(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, server.url), { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends brotli or gzip as asked, and the same page either way', async () => {
    const br = await get('/', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(html.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gz = await get('/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(html);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
  });

  it('leaves Pagefind’s own compressed files as they are', async () => {
    const fragment = await get('/x.pf_fragment', 'br');
    expect(fragment.headers['content-encoding']).toBeUndefined();
    expect([...fragment.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });
});
