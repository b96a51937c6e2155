/**
 * A static file server on a free localhost port for the browser benchmark: the built app
 * from one folder and `/data/*` from a dataset folder, so a dataset is served without
 * copying it next to the build. Files go out uncompressed: on localhost, compressing
 * would only add server time to what the page measures.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or null for a path that climbs out of it. */
function inside(root: string, path: string): string | null {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function serveStatic(appDir: string, dataDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith('/data/')
      ? inside(dataDir, path.slice('/data/'.length))
      : inside(appDir, path === '/' ? 'index.html' : path);
    const answer = async (): Promise<void> => {
      const info = file === null ? null : await stat(file).catch(() => null);
      if (file === null || info === null || !info.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(response);
    };
    answer().catch((cause: unknown) => response.destroy(cause instanceof Error ? cause : new Error(String(cause))));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((cause) => (cause ? fail(cause) : done()));
        server.closeAllConnections();
      }),
  };
}
