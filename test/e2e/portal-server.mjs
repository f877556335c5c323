// Serves test/fixtures/portals/<host>/<path> on 127.0.0.1, choosing the folder from the Host header,
// so real portal host names (mapped here by Chromium's --host-resolver-rules) reach fixture pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTALS_DIR = process.env.SCA_PORTALS_DIR || resolve(fileURLToPath(new URL('../fixtures/portals/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file a request maps to, or undefined when it would leave the host's folder. */
export function fixturePath(host, urlPath, root = PORTALS_DIR) {
  const hostName = String(host || '')
    .replace(/:\d+$/, '')
    .toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(hostName)) return undefined;
  let path = decodeURIComponent(urlPath.split('?')[0]);
  if (path.endsWith('/')) path += 'index.html';
  else if (!extname(path)) path += '.html';
  const hostDir = join(root, hostName);
  const full = normalize(join(hostDir, path));
  return full.startsWith(hostDir + sep) ? full : undefined;
}

/** `extraRoots`: more folders of <host>/<path> pages (generated layouts), tried after `root`. */
export async function startPortalServer({ port = 0, root = PORTALS_DIR, extraRoots = [], log = false } = {}) {
  const isFile = (file) =>
    file
      ? stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      : false;
  const server = createServer(async (req, res) => {
    let file;
    for (const r of [root, ...extraRoots]) {
      file = fixturePath(req.headers.host, req.url || '/', r);
      if (await isFile(file)) break;
    }
    try {
      if (!file || !(await isFile(file))) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
    if (log) process.stdout.write(`${req.method} ${req.headers.host}${req.url}\n`);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actualPort = server.address().port;
  return {
    port: actualPort,
    url: (host, path = '/') => `http://${host}:${actualPort}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startPortalServer({ port: Number(process.env.PORT || 8080), log: true });
  process.stdout.write(`Demo portal on 127.0.0.1:${s.port} (map portal hosts to it)\n`);
}
