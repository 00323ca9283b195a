/**
 * A tiny static server for dist/: what the manifest's https://localhost:3000/ URLs need while the
 * add-in is sideloaded, without webpack-dev-server or any other package (the machines this runs on
 * often have no registry access). Listens on the loopback interfaces only — an intranet machine
 * must not publish the add-in to its neighbours — and sends no-cache headers so a rebuilt dist/ is
 * picked up by Excel's web view.
 *
 * Cross-origin: Excel on the web runs the add-in from https://excel.officeapps.live.com (and other
 * Office origins) and fetches functions.json / functions.zh-CN.json from here cross-origin, so every
 * file is sent with `Access-Control-Allow-Origin: *` (as Microsoft's template server does; the files
 * are public add-in files, no cookies or credentials are involved) and a CORS preflight (OPTIONS) is
 * answered 204, including Chrome's private-network preflight (a public page reaching localhost).
 *
 * HTTPS uses the certificate that `office-addin-dev-certs install` puts in ~/.office-addin-dev-certs
 * (localhost.crt / localhost.key), or the files named by PM_CERT / PM_KEY. The browser test uses the
 * same server over plain HTTP.
 *
 * Run: npx ts-node --transpile-only src/build/pane/serve-dist.ts [--port 3000] [--dir dist]
 */
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options of serveDir. */
export interface ServeOptions {
  /** Port (0: any free one). */
  port?: number;
  /** Interface; default 127.0.0.1. */
  host?: string;
  /** Certificate and key (PEM) for HTTPS; plain HTTP without. */
  tls?: { cert: Buffer | string; key: Buffer | string };
}

/** A running server. */
export interface Served { url: string; close: () => Promise<void> }

/** Sent with every answer: any origin may read the add-in's files (no credentials). */
const CORS = { 'access-control-allow-origin': '*' };

/**
 * The request handler: files under `dir` only (no listing, no path escaping it), GET and HEAD,
 * OPTIONS answered as a CORS preflight.
 * @example http.createServer(staticHandler('dist'));
 */
export function staticHandler(dir: string): http.RequestListener {
  const base = path.resolve(dir);
  return (req, res) => {
    if (req.method === 'OPTIONS') {
      const headers: http.OutgoingHttpHeaders = {
        ...CORS,
        allow: 'GET, HEAD, OPTIONS',
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-max-age': '600',
      };
      const asked = req.headers['access-control-request-headers'];
      if (asked) headers['access-control-allow-headers'] = asked;
      // Chrome's Private Network Access: a public origin (Excel on the web) reaching localhost.
      if (req.headers['access-control-request-private-network'] === 'true') headers['access-control-allow-private-network'] = 'true';
      res.writeHead(204, headers).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...CORS, allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, CORS).end();
      return;
    }
    const file = path.resolve(base, `.${rel === '/' ? '/taskpane.html' : rel}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...CORS, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...CORS,
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/**
 * Serves `dir` until closed.
 * @example
 * const { url, close } = await serveDir('dist', { port: 0 }); // url = 'http://127.0.0.1:40123/'
 */
export function serveDir(dir: string, opts: ServeOptions = {}): Promise<Served> {
  const handler = staticHandler(dir);
  const server = opts.tls ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key }, handler) : http.createServer(handler);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `${opts.tls ? 'https' : 'http'}://${shown}:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * The dev certificate: PM_CERT / PM_KEY, else office-addin-dev-certs' files; null when absent.
 * @example devCertificate()?.cert.length; // > 0 after `office-addin-dev-certs install`
 */
export function devCertificate(): { cert: Buffer; key: Buffer } | null {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = process.env.PM_CERT ?? path.join(dir, 'localhost.crt');
  const key = process.env.PM_KEY ?? path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
  };
  const dir = path.resolve(arg('--dir', 'dist'));
  const port = Number(arg('--port', '3000'));
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    console.error(`${dir}/taskpane.html is missing: run npm run build first.`);
    process.exit(1);
  }
  const tls = devCertificate();
  if (!tls) {
    console.error('No HTTPS certificate for localhost. Office loads add-ins over https only.\n' +
      'Create one with `npx office-addin-dev-certs install` (once, on a machine with the package), or set PM_CERT and PM_KEY to PEM files.');
    process.exit(1);
  }
  // Both loopback addresses: Excel's web view may resolve localhost to ::1.
  const served = [await serveDir(dir, { port, host: '127.0.0.1', tls })];
  try {
    served.push(await serveDir(dir, { port, host: '::1', tls }));
  } catch {
    // no IPv6 loopback: 127.0.0.1 is enough
  }
  console.log(`serving ${dir} on https://localhost:${port}/ (${served.map((s) => s.url).join(', ')}); Ctrl+C to stop`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
