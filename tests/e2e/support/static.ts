// A tiny static file server for the built site, as a static host serves it: `/dir/` serves
// `dir/index.html`, `/dir` redirects to `/dir/`, anything missing gets `404.html` with status 404.
// Loopback only, on a port the system picks. Test pages (the embed host page) live under /__test__/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import path from 'node:path';

export const TEST_PREFIX = '/__test__/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** A URL path (without query or fragment) → the file a static host would serve from `root`. */
export function resolveStatic(root: string, urlPath: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: 'missing' };
  if (!existsSync(file)) return { kind: 'missing' };
  if (statSync(file).isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    return existsSync(index) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  return { kind: 'file', file };
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(site: string, testPages: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const testPage = url.pathname.startsWith(TEST_PREFIX);
    const root = testPage ? testPages : site;
    const resolved = resolveStatic(root, testPage ? url.pathname.slice(TEST_PREFIX.length - 1) : url.pathname);
    // Text is sent gzipped when the browser asks, as static hosts do (GitHub Pages among them):
    // page weights measured through this server are then the ones readers get.
    const send = (status: number, file: string) => {
      const type = contentType(file);
      const gzip =
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
      if (request.method === 'HEAD') response.end();
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
      else createReadStream(file).pipe(response);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
    } else if (resolved.kind === 'file') {
      send(200, resolved.file);
    } else if (resolved.kind === 'redirect') {
      response.writeHead(301, { Location: `${testPage ? TEST_PREFIX.slice(0, -1) : ''}${resolved.location}${url.search}` }).end();
    } else if (existsSync(path.join(site, '404.html'))) {
      send(404, path.join(site, '404.html'));
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
