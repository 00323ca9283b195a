/**
 * The task pane in a real browser: Debian's Chromium driven by playwright-core, the production
 * build served on 127.0.0.1, Office stubbed (office-stub.js injected before the page's scripts; the
 * office.js request answered with an empty script). It searches 「生均」, inserts a formula, and
 * checks that the page logged no error (a CSP violation would be one), that no request left
 * 127.0.0.1, and that the shared-runtime page registered the EDU functions too. Screenshots go to
 * test-artifacts/.
 *
 * Skipped, saying so, only when /usr/bin/chromium is missing (CI installs it: .ci/run).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildAddin, serve } from './serve';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '../..');
const artifacts = path.join(root, 'test-artifacts');
const have = fs.existsSync(CHROMIUM);
if (!have) console.warn(`SKIPPED test/browser/taskpane.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium)`);
const describeIf = have ? describe : describe.skip;

describeIf('task pane in Chromium (stubbed Office host)', () => {
  let out: string;
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let userData: string;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-dist-'));
    buildAddin(out);
    server = await serve(out);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-chromium-'));
    // A persistent context is how playwright takes a fresh --user-data-dir of our own.
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 360, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    fs.mkdirSync(artifacts, { recursive: true });
  }, 180000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const d of [out, userData]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  /** Opens the pane with the stub, collecting console errors and every request. */
  async function open(query = ''): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript({ path: path.join(__dirname, 'office-stub.js') });
    await page.route('**/office/office.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js stub: Office is injected by office-stub.js */' }));
    await page.goto(`${server.url}taskpane.html${query}`);
    await page.waitForSelector('#catalog-results li');
    return { page, errors, requests };
  }

  const offHost = (requests: string[]) => requests.filter((u) => !u.startsWith('data:') && new URL(u).hostname !== '127.0.0.1');

  test('search 「生均」, insert a formula; no console error, nothing leaves 127.0.0.1', async () => {
    const { page, errors, requests } = await open();

    // The shared-runtime page loaded functions.js before taskpane.js: the EDU functions are registered.
    const associated: string[] = await page.evaluate(() => (window as unknown as { __excel: { associated: string[] } }).__excel.associated);
    expect(associated).toEqual(expect.arrayContaining(['MEETS', 'THRESHOLD', 'DIFFCOEF', 'SCHOOLPASS']));

    await page.fill('#search', '生均');
    await page.waitForFunction(() => document.querySelectorAll('#catalog-results li').length > 0);
    const names = await page.$$eval('#catalog-results li .name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('生均教学及辅助用房面积');
    expect(names.every((n) => n?.includes('生均'))).toBe(true);
    // Percent units show as %, values with their direction and unit, the clause quoted.
    const first = await page.textContent('#catalog-results li[data-row="national.teaching_space_per_student.primary.standard"]');
    expect(first).toContain('≥ 4.5 m²/生');
    expect(first).toContain('县域义务教育优质均衡发展督导评估办法');
    await page.screenshot({ path: path.join(artifacts, 'taskpane.png'), fullPage: false });

    // 繁體 and English find the same indicator.
    await page.fill('#search', '生均教學');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#catalog-results li .name')).some((e) => e.textContent === '生均教学及辅助用房面积'));
    await page.fill('#search', 'teaching space');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#catalog-results li .name')).some((e) => e.textContent === '生均教学及辅助用房面积'));

    // "用于公式" on the national 小学 row fills the formula form; the value cell comes from the selection.
    await page.click('#catalog-results li[data-row="national.teaching_space_per_student.primary.standard"] button');
    await page.waitForSelector('#panel-formula:not([hidden])');
    await page.click('#formula-use-selection');
    await page.waitForFunction(() => (document.getElementById('formula-cell') as HTMLInputElement).value === 'F5');
    expect(await page.textContent('#formula-preview')).toBe('=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")');
    expect(await page.textContent('#formula-check')).toContain('4.5');
    await page.click('#formula-insert');
    await page.waitForSelector('#panel-formula .status.ok');
    const writes = await page.evaluate(() => (window as unknown as { __excel: { writes: unknown[] } }).__excel.writes);
    expect(writes).toEqual([{ address: 'Sheet1!G5', formula: '=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")' }]);
    await page.screenshot({ path: path.join(artifacts, 'taskpane-formula.png') });

    // 插入模板: the real renderer draws the template of src/templates on a new (recording) sheet.
    await page.click('#tab-template');
    expect(await page.textContent('#template-description')).toContain('七项资源配置指标');
    await page.click('#template-insert');
    await page.waitForSelector('#panel-template .status.ok');
    const drawn = await page.evaluate(() => (window as unknown as { __excel: { addedSheets: string[]; sheetWrites: number } }).__excel);
    expect(drawn.addedSheets).toEqual(['学校资源配置']);
    expect(drawn.sheetWrites).toBeGreaterThan(200);
    await page.screenshot({ path: path.join(artifacts, 'taskpane-template.png') });

    // 标出未达标: the sheet's table is recognised and one rule per indicator column is added.
    await page.click('#tab-highlight');
    await page.click('#highlight-add');
    await page.waitForSelector('#panel-highlight .status.ok');
    const cf = await page.evaluate(() => (window as unknown as { __excel: { cfFormulas: { range: string; formula: string }[]; settings: Record<string, string> } }).__excel);
    const pane = cf.cfFormulas.filter((x) => x.formula.includes('"PM:misses#')); // (the template added its own rules before)
    expect(pane.map((x) => x.range)).toEqual(['E3:E7', 'F3:F7', 'G3:G7']);
    expect(pane[0].formula).toContain('E3<4.5');
    expect(Object.keys(cf.settings)).toEqual(['PlanMetrics.highlights']);
    expect(await page.textContent('#panel-highlight .status')).toContain('生均教学及辅助用房面积未达标');
    await page.screenshot({ path: path.join(artifacts, 'taskpane-highlight.png') });

    // 达标汇总: a new sheet. A school named like markup stays text: nothing of a workbook becomes HTML.
    await page.click('#tab-summary');
    await page.click('#summary-build');
    await page.waitForSelector('#panel-summary .status.ok');
    expect(await page.evaluate(() => (window as unknown as { __excel: { addedSheets: string[] } }).__excel.addedSheets)).toContain('达标汇总');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$('img[src="x"]')).toEqual([]);

    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    // The pane fetched its own files only: the page, both bundles, the CSS and an icon.
    const paths = requests.map((u) => new URL(u).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/taskpane.html', '/functions.js', '/taskpane.js', '/taskpane.css', '/office/office.js']));
    await page.close();
  }, 120000);

  test('the build holds every file the manifest names, and the office.js host files for offline use', () => {
    const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    const files = [...new Set(Array.from(manifest.matchAll(/https:\/\/localhost:3000\/([^"\s<]+)/g), (m) => m[1]))];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect([f, fs.existsSync(path.join(out, f))]).toEqual([f, true]);
    // office.js loads the host's script and its strings from its own folder.
    for (const f of ['office.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js']) {
      expect([f, fs.existsSync(path.join(out, 'office', f))]).toEqual([f, true]);
    }
    // The bundled office.js is Microsoft's file as published, not re-minified.
    expect(fs.readFileSync(path.join(out, 'office/office.js'))).toEqual(fs.readFileSync(path.join(root, 'node_modules/@microsoft/office-js/dist/office.js')));
  });

  test('help.html (SupportUrl, GetStarted) lists every EDU function, in Chinese and English, with no error', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}help.html`);
    const sigs = await page.$$eval('h2 code', (els) => els.map((e) => e.textContent ?? ''));
    expect(sigs).toContain('EDU.MEETS(indicator, value, [stage], [plan])');
    expect(sigs.length).toBeGreaterThanOrEqual(18);
    expect(await page.textContent('body')).toContain('每百名学生拥有数');
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 60000);

  test('English when Office is not in Chinese', async () => {
    const { page, errors, requests } = await open('?lang=en-US');
    expect(await page.textContent('h1')).toContain('Plan Metrics');
    expect(await page.textContent('#tab-catalog')).toBe('Catalog');
    expect(errors).toEqual([]);
    expect(offHost(requests)).toEqual([]);
    await page.close();
  }, 60000);
});
