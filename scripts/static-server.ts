// A plain static file server for dist/, as any static host would serve it (directory -> index.html,
// unknown path -> 404.html with status 404, the headers of dist/_headers as Netlify and Cloudflare
// Pages apply them, so the browser tests run under the header CSP too). Tests, screenshots and
// benchmarks use it, so they never contend with `astro preview`, which allows one server per project.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/integrations/host-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.png': 'image/png',
};

export function serveDist(port: number, root = join(process.cwd(), 'dist'), base = '/'): Promise<Server> {
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    let path: string;
    try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { path = '/'; }
    const hostHeaders = Object.fromEntries(headersFor(rules, path));
    if (base !== '/' && path.startsWith(base)) path = '/' + path.slice(base.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) { res.writeHead(301, { Location: `${req.url}/` }).end(); return; }
      file = join(file, 'index.html');
    }
    // The hosts read _headers and do not serve it.
    const found = existsSync(file) && statSync(file).isFile() && file !== headersPath;
    const target = found ? file : join(root, '404.html');
    const type = types[extname(target)] ?? 'application/octet-stream';
    // Compress text as any static host or CDN would, so measurements see realistic transfers.
    const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|xml|svg|javascript|calendar/.test(type);
    res.writeHead(found ? 200 : 404, { ...hostHeaders, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const body = createReadStream(target);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? 4399);
  await serveDist(port);
  console.log(`Serving dist/ at http://127.0.0.1:${port}/`);
}
