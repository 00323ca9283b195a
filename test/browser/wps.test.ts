/**
 * The WPS 加载项 build (npm run build:wps → dist-wps/) in a real browser: Debian's Chromium driven
 * by playwright-core, the folder served on 127.0.0.1, WPS faked by an init script that defines
 * `window.wps.AddCustomFunction` (recording every call) and a minimal `window.Application`.
 * index.html must register every EDU function under EDU, and the registered SHORTFALL must give
 * 7200 for (5000, 3800, 6) (seed 000: 玉泉区 2020, 缺口1200 × 6 grades). taskpane.html must work
 * without AddCustomFunction and say, in Chinese, which WPS version brings the functions.
 *
 * Skipped, saying so, only when /usr/bin/chromium is missing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import { SaxesParser } from 'saxes';
import { chromium, type BrowserContext } from 'playwright-core';
import { serve } from './serve';
import { FUNCTIONS } from '../../src/domain/edu/table';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '../..');
const have = fs.existsSync(CHROMIUM);
if (!have) console.warn(`SKIPPED test/browser/wps.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium)`);
const describeIf = have ? describe : describe.skip;

/** Runs the WPS production build into `outDir`. */
function buildWps(outDir: string): void {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const r = spawnSync(process.execPath, [cli, '--config', 'webpack.wps.config.js', '--mode', 'production', '--output-path', outDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** The fake WPS: AddCustomFunction records (namespace, name, fn, meta); Application records writes. */
const FAKE_WPS = `
  window.__calls = [];
  window.__written = [];
  if (!location.search.includes('old')) {
    window.wps = { AddCustomFunction: function (ns, name, fn, meta) { window.__calls.push({ ns: ns, name: name, fn: fn, meta: meta }); } };
  } else {
    window.wps = {};
  }
  var cell = function (addr) { return {
    Address: function () { return addr; }, Row: 1, Column: 1, Rows: { Count: 1 }, Columns: { Count: 1 }, Value2: undefined,
    set Formula(f) { window.__written.push([addr, f]); },
  }; };
  var sheet = { Name: 'Sheet1', Range: cell };
  window.__panes = [];
  var store = {};
  window.Application = {
    CreateTaskPane: function (url, title) { var p = { ID: 'pane' + window.__panes.length, Visible: false, url: url, title: title }; window.__panes.push(p); return p; },
    GetTaskPane: function (id) { return window.__panes.filter(function (p) { return p.ID === id; })[0] || null; },
    PluginStorage: { getItem: function (k) { return store[k] === undefined ? null : store[k]; }, setItem: function (k, v) { store[k] = v; } },
    ActiveSheet: sheet, ActiveCell: cell('G5'), Selection: cell('F5'), ActiveWorkbook: { Worksheets: { Item: function () { return sheet; } } } };
`;

describeIf('WPS add-in in Chromium (fake wps / Application)', () => {
  let out: string;
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let userData: string;
  const offsite: string[] = [];

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-wps-'));
    buildWps(out);
    server = await serve(out);
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-chromium-wps-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.addInitScript(FAKE_WPS);
    context.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) offsite.push(r.url());
    });
  }, 240000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const d of [out, userData]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('the package has what WPS reads: ribbon.xml, manifest.xml, functions.json', () => {
    const ribbon = fs.readFileSync(path.join(out, 'ribbon.xml'), 'utf8');
    // Both XML files are well-formed (saxes throws on the first error).
    for (const f of ['ribbon.xml', 'manifest.xml']) {
      const p = new SaxesParser();
      expect(() => p.write(fs.readFileSync(path.join(out, f), 'utf8')).close()).not.toThrow();
    }
    expect(ribbon.startsWith('<customUI')).toBe(true);
    expect(ribbon).toContain('label="规划指标"');
    expect(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8')).toMatch(/<Functions>\s*<Uri>\/functions\.json<\/Uri>\s*<Namespace>EDU<\/Namespace>/);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8'));
    expect(json.functions.map((f: { name: string }) => f.name)).toEqual(FUNCTIONS.map((f) => f.name));
    // Help in Chinese: every description has a CJK character.
    for (const f of json.functions) expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const f of ['index.html', 'taskpane.html']) expect(fs.readFileSync(path.join(out, f), 'utf8')).not.toMatch(/(src|href)=["']?https?:/);
    // WPS embeds an older Chromium: the bundles parse as ES2017 and do not use crypto.randomUUID.
    for (const f of ['wps-addin.js', 'wps-taskpane.js']) {
      const code = fs.readFileSync(path.join(out, f), 'utf8');
      expect(() => acorn.parse(code, { ecmaVersion: 2017 })).not.toThrow();
      expect(code).not.toContain('randomUUID');
    }
  });

  test('index.html registers every EDU function under EDU; SHORTFALL(5000,3800,6) = 7200', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}index.html`);
    const got = await page.evaluate(() => {
      const calls = (window as any).__calls as { ns: string; name: string; fn: (...a: unknown[]) => unknown; meta: any }[];
      const byName = (n: string) => calls.find((c) => c.name === n)!.fn;
      let div0 = '';
      try { byName('PER100')(21, 0); } catch (e) { div0 = String((e as Error).message); }
      return {
        names: calls.map((c) => c.name),
        namespaces: [...new Set(calls.map((c) => c.ns))],
        metaZh: calls.every((c) => /[\u4e00-\u9fff]/.test(c.meta?.description ?? '')),
        shortfall: byName('SHORTFALL')(5000, 3800, 6),
        // An omitted optional as WPS may pass it (undefined / null) gives the same as leaving it off.
        threshold: [byName('THRESHOLD')('生均用房', '小学'), byName('THRESHOLD')('生均用房', '小学', undefined), byName('THRESHOLD')('生均用房', '小学', null)],
        cohort: byName('COHORT')([[100, 90]], 2),
        div0,
        ribbon: typeof (window as any).OnAction,
        // 标出未达标 on the ribbon opens the pane on that tab; pressing it again reuses the pane.
        panes: ((window as any).OnAction({ Id: 'pmHighlight' }), (window as any).OnAction({ Id: 'pmCatalog' }), (window as any).__panes.map((p: any) => [p.url.replace(/^.*\//, ''), p.title, p.Visible])),
      };
    });
    expect(errors).toEqual([]);
    expect(got.names).toEqual(FUNCTIONS.map((f) => f.name));
    expect(got.namespaces).toEqual(['EDU']);
    expect(got.metaZh).toBe(true);
    expect(got.shortfall).toBe(7200);
    expect(got.threshold[1]).toEqual(got.threshold[0]);
    expect(got.threshold[2]).toEqual(got.threshold[0]);
    expect(typeof got.threshold[0]).toBe('number');
    expect(Array.isArray(got.cohort) && Array.isArray((got.cohort as unknown[])[0])).toBe(true);
    expect(got.div0).toMatch(/^#DIV\/0! /);
    expect(got.ribbon).toBe('function');
    expect(got.panes).toEqual([['taskpane.html#highlight', '规划指标', true]]);
    await page.close();
  }, 60000);

  test('index.html: the functions read the active workbook\'s own 「规划目标」 (plan 某某县) as WPS calls them', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}index.html`);
    const got = await page.evaluate(() => {
      const w = window as any;
      const byName = (n: string) => (w.__calls as { name: string; fn: (...a: unknown[]) => unknown }[]).find((c) => c.name === n)!.fn;
      const before = (() => { try { return byName('TARGET')('毛入园率', 2025, '某某县'); } catch (e) { return String((e as Error).message).slice(0, 4); } })();
      // The workbook 某某县.xlsx opens: its 「规划目标」 (test/features/own-plan/plan-workbook.ts, rows 1–4) on the first sheet.
      const plan = { Name: '规划目标', UsedRange: { Row: 1, Column: 1, Value2: [
        ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'],
        ['某某县', '学前三年毛入园率', null, 2020, 0.88, '≥', null, '基线', null],
        [null, '学前三年毛入园率', null, 2022, '90%', '以上', null, '目标', null],
        [null, '學前三年毛入園率', null, 2025, '92％', '不低于', null, '目标', null],
      ] } };
      w.Application.ActiveWorkbook = { Name: '某某县.xlsx', Worksheets: { Count: 1, Item: () => plan } };
      return {
        before,
        t2025: byName('TARGET')('毛入园率', 2025, '某某县'),
        t2023: byName('TARGET')('学前三年毛入园率', 2023, '某某县'),
        gap: byName('GAP')('毛入园率', 0.9, '', '某某县'),
      };
    });
    // before: no such plan (#N/A); then the sheet's values, hand-computed in test/features/own-plan/plan-workbook.ts
    expect(got).toEqual({ before: '#N/A', t2025: 0.92, t2023: 0.906666666666667, gap: 0.02 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('taskpane.html without AddCustomFunction: the pane works and says which WPS brings the functions', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}taskpane.html?old#formula`);
    const notice = await page.locator('#wps-no-functions').textContent();
    expect(notice).toContain('12.1.0.20540');
    expect(notice).toContain('plan-metrics fill --values-only');
    // The catalog still works, and 插入公式 writes through the ET object model (Range.Formula).
    await page.locator('#tab-catalog').click();
    await page.fill('#search', '生均');
    const row = '#catalog-results li[data-row="national.teaching_space_per_student.primary.standard"]';
    await page.waitForSelector(row);
    expect(await page.textContent(row)).toContain('≥ 4.5 m²/生');
    await page.click(`${row} button`);
    await page.waitForSelector('#panel-formula:not([hidden])');
    await page.click('#formula-use-selection');
    await page.waitForFunction(() => (document.getElementById('formula-cell') as HTMLInputElement).value === 'F5');
    await page.click('#formula-insert');
    await page.waitForSelector('#panel-formula .status.ok');
    expect(await page.evaluate(() => (window as any).__written)).toEqual([['G5', '=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")']]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);

  test('taskpane.html with AddCustomFunction shows no such notice; nothing left 127.0.0.1', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.locator('#panel-catalog').waitFor();
    expect(await page.locator('#wps-no-functions').count()).toBe(0);
    await page.close();
    expect(offsite).toEqual([]);
  }, 60000);
});
