/**
 * Registration with Microsoft's own office.js, not a stub: the add-in is built as an IT office
 * would build it (PM_BASE_URL=https://jyj.example.cn/plan-metrics/), served on 127.0.0.1, and
 * taskpane.html is opened in Chromium with the real bundled office.js and a simulated Excel host —
 * the `_host_Info` query Office passes to an add-in's page (Excel, Win32, host file 16.01, zh-CN).
 * office.js then loads its Excel host file (excel-win32-16.01.js, with the custom-functions runtime)
 * and the locale strings from dist/office/, and functions.js associates every EDU function with its
 * id in office.js's CustomFunctions association — the table Excel's runtime calls into.
 *
 * What this cannot show: the RPC handshake with a real Excel process (office.js logs "loaded outside
 * of Office client" and Office.onReady reports no host), Excel reading functions.json, and Excel
 * calling the functions from cells. Those need a real Excel.
 *
 * The same build's dist/manifest.xml is checked here as the build wrote it: valid by Microsoft's
 * XSD, every URL under the base, no localhost. Skipped, saying so, only when /usr/bin/chromium is
 * missing (CI installs it: .ci/run).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { buildAddin, serve } from './serve';

const CHROMIUM = '/usr/bin/chromium';
const BASE = 'https://jyj.example.cn/plan-metrics/';
const XSD = path.resolve(__dirname, '../../../shared/office-schemas/OfficeAppManifestV1_1.xsd');
const have = fs.existsSync(CHROMIUM);
if (!have) console.warn(`SKIPPED test/browser/office-js.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium)`);
const describeIf = have ? describe : describe.skip;

describeIf('real office.js, simulated Excel host, PM_BASE_URL build', () => {
  let out: string;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let buildLog: string;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-dist-base-'));
    buildLog = buildAddin(out, { PM_BASE_URL: BASE });
    server = await serve(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  test('dist/manifest.xml of a PM_BASE_URL build: valid by the XSD, every https URL under the base, no localhost', () => {
    const file = path.join(out, 'manifest.xml');
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`.trim()).toBe(`${file} validates`);
    const xml = fs.readFileSync(file, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/https:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const u of urls) expect([u, u.startsWith(BASE)]).toEqual([u, true]);
    // Every file it names was built.
    for (const u of urls) expect([u, fs.existsSync(path.join(out, u.slice(BASE.length)))]).toEqual([u, true]);
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(xml).toContain(`<Version>${pkg.version}.0</Version>`);
    // …and the functions' helpUrls point there too, in every locale.
    for (const f of ['functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json']) {
      for (const fn of JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).functions) expect(fn.helpUrl).toBe(`${BASE}help.html#${fn.id}`);
    }
    expect(buildLog).toMatch(/taskpane\.js/);
  });

  test('taskpane.html with the real office.js: every EDU function associated with its id, callable, errors as CustomFunctions.Error', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    // The host file installs the custom-functions runtime (setCustomFunctionInvoker) over office.js's CustomFunctions.
    await page.waitForFunction(() => {
      const cf = (window as unknown as { CustomFunctions?: { setCustomFunctionInvoker?: unknown; _association?: { mappings: object } } }).CustomFunctions;
      return !!cf?.setCustomFunctionInvoker && Object.keys(cf._association?.mappings ?? {}).length > 0;
    }, undefined, { timeout: 30000 });
    const ids = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8')).functions.map((f: { id: string }) => f.id);
    const seen = await page.evaluate(() => {
      const m = (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, unknown> } } }).CustomFunctions._association.mappings;
      return Object.keys(m).filter((k) => typeof m[k] === 'function');
    });
    expect(ids.length).toBeGreaterThanOrEqual(24);
    expect([...seen].sort()).toEqual([...ids].sort());
    // PER100(21, 500) = 21 ÷ 500 × 100 = 4.2 (by hand); PER100(21, 0) is #DIV/0! as office.js's own error class.
    const calls = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions: { Error: new () => Error; _association: { mappings: Record<string, (...a: unknown[]) => unknown> } } }).CustomFunctions;
      const m = cf._association.mappings;
      let err: { code?: string; isCf: boolean } | null = null;
      try { m.PER100(21, 0); } catch (e) { err = { code: (e as { code?: string }).code, isCf: e instanceof cf.Error }; }
      return { per100: m.PER100(21, 500), err };
    });
    expect(calls).toEqual({ per100: 4.2, err: { code: '#DIV/0!', isCf: true } });
    // office.js loaded its host file and strings from the add-in's own folder; nothing left 127.0.0.1.
    const paths = requests.map((u) => new URL(u)).map((u) => (u.hostname === '127.0.0.1' ? u.pathname : u.href));
    expect(paths).toEqual(expect.arrayContaining(['/office/office.js', '/office/excel-win32-16.01.js', '/office/zh-cn/office_strings.js', '/functions.js', '/taskpane.js']));
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);
});
