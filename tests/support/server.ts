/**
 * A small static server for dist/: directories serve index.html, unknown paths
 * the 404 page. Text files are compressed (brotli or gzip, as the browser asks)
 * like a static host does, so measured transfer sizes are those readers get.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a static host compresses; Pagefind's index files are gzip-compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** The encoding to use for a response, from the request's Accept-Encoding. */
export function chooseEncoding(acceptEncoding: string | undefined, contentType: string): 'br' | 'gzip' | null {
  if (!COMPRESSIBLE.test(contentType)) return null;
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  contentType: string,
  body: Buffer,
  cache: Map<string, Buffer>,
  key: string,
) {
  const encoding = chooseEncoding(request.headers['accept-encoding'], contentType);
  const headers: Record<string, string> = { 'content-type': contentType, vary: 'accept-encoding' };
  if (!encoding) {
    response.writeHead(status, headers).end(body);
    return;
  }
  const cacheKey = `${encoding}:${key}`;
  let encoded = cache.get(cacheKey);
  if (!encoded) {
    encoded = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body);
    cache.set(cacheKey, encoded);
  }
  response.writeHead(status, { ...headers, 'content-encoding': encoding }).end(encoded);
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `base` (e.g. "/" or "/samordning/") on a free port, with
 * the headers from root/_headers applied as a static host would apply them.
 */
export async function serveDist(root: string, base = '/'): Promise<StaticServer> {
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) response.setHeader(name, value);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found');
      sendFile(request, response, 404, TYPES['.html'] ?? 'text/html', body, compressed, notFound);
      return;
    }
    sendFile(request, response, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), compressed, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
