// A plain static file server, as a static host would be: it serves `--dir` under `--base` and
// nothing else. The browser tests and the benchmark use it, so they test the built site.
//   tsx test/support/static-server.ts --dir dist --base /course/ --port 4322
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

// The policy the browser tests serve every page with: nothing from other hosts, and no
// 'unsafe-eval', which only the runner's frame may have (it sets its own policy). Astro's island
// loader and Starlight's theme script are inline, hence 'unsafe-inline' for scripts.
export const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const RUNNER_FRAME = /\/runner\/frame\.html$/;

export function startStaticServer(dir: string, base: string, port: number) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end('Not found');
      return;
    }
    let path = join(root, normalize(decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) path = join(path, 'index.html');
    const file = await stat(path).catch(() => undefined);
    if (!file?.isFile()) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(join(root, '404.html'))
        .on('error', () => response.end())
        .pipe(response);
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Content-Length': file.size,
    };
    if (type.startsWith('text/html') && !RUNNER_FRAME.test(path)) {
      headers['Content-Security-Policy'] = SITE_POLICY;
    }
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
  return new Promise<typeof server>((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '4321' },
    },
  });
  await startStaticServer(values.dir, values.base, Number(values.port));
  process.stdout.write(`Serving ${values.dir} at http://127.0.0.1:${values.port}${values.base}\n`);
}
