/**
 * The static server behind https://localhost:3000/: files of the folder only, the right types, no
 * path escaping the folder, loopback only, and HTTPS with a certificate.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { serveDir } from '../../../src/build/pane/serve-dist';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-serve-'));
  fs.writeFileSync(path.join(dir, 'taskpane.html'), '<!DOCTYPE html><title>x</title>');
  fs.writeFileSync(path.join(dir, 'functions.json'), '{"functions":[]}');
  fs.writeFileSync(path.join(os.tmpdir(), 'pm-secret.txt'), 'secret');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function get(url: string, agent?: https.Agent): Promise<{ status: number; type: string; body: string }> {
  const mod = url.startsWith('https') ? https : http;
  return new Promise((resolve, reject) => {
    mod.get(url, { agent } as http.RequestOptions, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

test('files with their types, / is the task pane, 404 for anything else or outside the folder', async () => {
  const s = await serveDir(dir);
  try {
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(`${s.url}functions.json`)).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: '{"functions":[]}' });
    expect((await get(s.url)).type).toBe('text/html; charset=utf-8');
    expect((await get(`${s.url}nothing.js`)).status).toBe(404);
    expect((await get(`${s.url}..%2Fpm-secret.txt`)).status).toBe(404);
    expect((await get(`${s.url}%2e%2e/pm-secret.txt`)).status).toBe(404);
  } finally {
    await s.close();
  }
});

/** One raw request: status and headers (node's fetch would hide the preflight's details). */
function request(url: string, method: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('Excel on the web: GET /functions.json from https://excel.officeapps.live.com gets Access-Control-Allow-Origin; OPTIONS preflight 204', async () => {
  const s = await serveDir(dir);
  const origin = 'https://excel.officeapps.live.com';
  try {
    const got = await request(`${s.url}functions.json`, 'GET', { origin });
    expect([got.status, got.headers['access-control-allow-origin'], got.body]).toEqual([200, '*', '{"functions":[]}']);
    const pre = await request(`${s.url}functions.zh-CN.json`, 'OPTIONS', {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'x-requested-with',
      'access-control-request-private-network': 'true',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('x-requested-with');
    expect(pre.headers['access-control-allow-private-network']).toBe('true');
    // Anything but reading stays refused.
    expect((await request(`${s.url}functions.json`, 'PUT', { origin })).status).toBe(405);
  } finally {
    await s.close();
  }
});

const haveOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

(haveOpenssl ? test : test.skip)('HTTPS with a certificate (a throwaway self-signed one here)', async () => {
  const key = path.join(dir, 'k.pem');
  const cert = path.join(dir, 'c.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  const s = await serveDir(dir, { tls: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } });
  try {
    expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const agent = new https.Agent({ ca: fs.readFileSync(cert), checkServerIdentity: () => undefined });
    expect((await get(`${s.url}functions.json`, agent)).body).toBe('{"functions":[]}');
  } finally {
    await s.close();
  }
});
