/**
 * The offline web page (issue 27): dist-web/ as `npm run build:web` makes it, opened from file:// in
 * Debian's Chromium (playwright-core). What the page gives must be what the CLI gives for the same
 * files — so every expected value here comes from running the CLI (`plan-metrics fill`, `check`,
 * `collect` through main()) in this process, not from numbers written into the test:
 *  - the sample county (assets/sample-county.xlsx) filled in the page: every cell value of the
 *    downloaded workbook equals the CLI's fill, report.html equals the one the demo's code makes
 *    for that fill, the listed misses are `check --json`'s;
 *  - the 34 generated school returns of test/features/collect/returns.ts (a broken file among them) and an
 *    Excel lock file collected in the page: every cell of the county table equals `collect`'s, the
 *    listed findings are `collect --json`'s;
 *  - a click on a tab is answered while the worker fills a 3,000-school workbook;
 *  - no request leaves the page (only file:, blob: and data: URLs), and no CSP violation;
 *  - served by a static web server instead, the page works the same and asks that server only.
 * Whatever the browser, the built bundles pass es-check for ES2020 (Chrome/Edge 109, the oldest
 * stated) and the page's CSP is strict with connect-src 'none'.
 *
 * dist-web/ is built here when absent (a clean clone after `npm ci`), which takes minutes.
 * The browser part is skipped, saying so, only when /usr/bin/chromium is missing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runMain as run } from '../hosts/cli/run-main';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { fillBytes } from '../../src/features/fill/fill';
import { schoolRows } from '../../src/features/verdict/school-rows';
import { summarizeCounty } from '../../src/features/verdict/county-summary';
import { reportHtml } from '../../src/features/report/html';
import { listTemplates } from '../../src/features/templates/index';
import { templateWithRows } from '../../bench/templates-gen';
import { writeTemplateXlsx } from '../../src/features/templates/xlsx-writer';
import { codeFromStrings, cspProblems, htmlPolicy } from './js-scan';
import { writeSampleReturns } from '../features/collect/returns';
import { NS, handWorkbook } from '../fixtures/xlsx/make-fixtures';
import { serve } from './serve';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '../..');
const DIST = path.join(root, 'dist-web');
const WORKER = path.join(root, 'node_modules/.cache/plan-metrics-web/worker.js');
const SAMPLE = path.join(root, 'assets/sample-county.xlsx');
const have = fs.existsSync(CHROMIUM);
if (!have) console.warn(`SKIPPED the browser part of test/browser/web.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium)`);
const describeIf = have ? describe : describe.skip;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-web-'));

beforeAll(() => {
  if (fs.existsSync(path.join(DIST, 'index.html')) && fs.existsSync(WORKER)) return;
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const r = spawnSync(process.execPath, [cli, '--config', 'webpack.web.config.js', '--mode', 'production'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack (web) failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}, 900_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every sheet's cell values, by sheet and ref (empty cells left out). */
function cellValues(bytes: Uint8Array): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of readWorkbook(openXlsx(bytes)).sheets) {
    out[s.name] = Object.fromEntries(s.cells.filter((c) => c.value !== null && c.value !== undefined).map((c) => [c.ref, c.value]));
  }
  return out;
}
const count = (v: Record<string, Record<string, unknown>>) => Object.values(v).reduce((n, s) => n + Object.keys(s).length, 0);

describe('the built page', () => {
  test('both bundles pass es-check es2020 (the syntax of Chrome/Edge 109)', () => {
    const pkg = path.join(root, 'node_modules/es-check');
    const bin = path.join(pkg, JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).bin['es-check']);
    const r = spawnSync(process.execPath, [bin, 'es2020', path.join(DIST, 'web.js'), WORKER], { cwd: root, encoding: 'utf8' });
    expect({ status: r.status, out: r.stdout + r.stderr }).toEqual({ status: 0, out: expect.stringContaining('passed') });
  });

  test('index.html: a strict CSP with connect-src none, one external script, no remote source, nothing inline', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const p = htmlPolicy(html);
    expect(cspProblems(p.csp)).toEqual([]);
    expect(p.csp!.get('connect-src')).toEqual(["'none'"]);
    expect(p.csp!.get('worker-src')).toEqual(['blob:']);
    expect(p.scripts).toEqual(['web.js']);
    expect(p.inline).toEqual([]);
    expect(p.handlers).toEqual([]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // The page's own bundle builds nothing from strings; the worker's sites are all in dependencies'
    // fallbacks (hyperformula's chevrotain, exceljs's regenerator and globalThis shims) that the CSP
    // blocks and that the browser test below shows are never reached (no violation).
    expect(codeFromStrings(fs.readFileSync(path.join(DIST, 'web.js'), 'utf8'))).toEqual([]);
  });
});

describeIf('the page in Chromium, opened from file://', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await page.goto('file://' + path.join(DIST, 'index.html'));
    await page.waitForSelector('[data-testid=fill-input]');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Clicks a download link and returns the file's bytes and suggested name. */
  async function download(testid: string): Promise<{ name: string; bytes: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
    return { name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path())!) };
  }

  test('中文 first, the privacy line, every template of the index listed', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('[data-testid=privacy]')).toMatch(/^所有计算都在这台电脑的浏览器里完成/);
    expect(await page.$$eval('[data-testid=template-list] li', (els) => els.map((e) => e.getAttribute('data-template')))).toEqual(listTemplates().map((t) => t.name));
    expect(await page.isVisible('#old-browser')).toBe(false);
  });

  test('a template downloads as `plan-metrics template` writes it', async () => {
    await page.click('[data-testid=tab-templates]');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=template-plan-tracker]')]);
    const bytes = fs.readFileSync((await d.path())!);
    expect(d.suggestedFilename()).toBe('规划目标跟踪.xlsx');
    const cliOut = path.join(dir, 'tracker.xlsx');
    expect((await run('template', 'plan-tracker', '--out', cliOut)).code).toBe(0);
    expect(cellValues(bytes)).toEqual(cellValues(fs.readFileSync(cliOut)));
  }, 120_000);

  test('the sample county: the filled workbook equals the CLI fill cell for cell, report.html and the misses as the CLI gives them', async () => {
    await page.click('[data-testid=tab-fill]');
    await page.setInputFiles('[data-testid=fill-input]', SAMPLE);
    await page.waitForSelector('[data-testid=fill-download]', { timeout: 120_000 });
    const filled = await download('fill-download');
    await page.waitForSelector('[data-testid=report-download]', { timeout: 120_000 }); // the check and the report follow the workbook
    const report = await download('report-download');
    expect(filled.name).toBe('sample-county-filled.xlsx');

    const cliOut = path.join(dir, 'sample-cli.xlsx');
    expect((await run('fill', SAMPLE, '--out', cliOut)).code).toBe(0);
    const cli = cellValues(fs.readFileSync(cliOut));
    const web = cellValues(filled.bytes);
    const node = fillBytes(fs.readFileSync(SAMPLE));
    expect(count(web)).toBeGreaterThan(node.formulas); // every formula's value and the typed figures: not a vacuous comparison
    expect(web).toEqual(cli);

    // report.html: what `demo` makes of the same fill (schoolRows → summarizeCounty → reportHtml),
    // titled with the file's name.
    const table = node.tables[0];
    expect(report.bytes.toString('utf8')).toBe(reportHtml(summarizeCounty(schoolRows(table)), { title: 'sample-county', source: 'sample-county.xlsx' }));

    // The misses listed in the page are `check --json`'s, in order.
    const check = JSON.parse((await run('check', SAMPLE, '--json')).out) as { checked: number; misses: { sheet: string; cell: string }[] };
    expect(check.misses.length).toBeGreaterThan(0);
    const cells = await page.$$eval('[data-testid=fill-misses] tbody tr td:first-child', (els) => els.map((e) => e.textContent));
    expect(cells).toEqual(check.misses.map((m) => `${m.sheet}!${m.cell}`));
    expect(await page.textContent('[data-testid=fill-status]')).toContain(`检查 ${check.checked} 个，未达标 ${check.misses.length} 个`);
  }, 180_000);

  test('values only: the CLI --values-only fill, cell for cell, with no formula left', async () => {
    await page.check('[data-testid=values-only]'); // re-fills the last workbook
    await page.waitForSelector('[data-testid=fill-download][download="sample-county-values.xlsx"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid=report-download]', { timeout: 120_000 });
    const filled = await download('fill-download');
    const cliOut = path.join(dir, 'sample-values.xlsx');
    expect((await run('fill', SAMPLE, '--out', cliOut, '--values-only')).code).toBe(0);
    expect(cellValues(filled.bytes)).toEqual(cellValues(fs.readFileSync(cliOut)));
    expect(readWorkbook(openXlsx(filled.bytes)).sheets.flatMap((s) => s.cells).filter((c) => c.formula).length).toBe(0);
    await page.uncheck('[data-testid=values-only]');
    await page.waitForSelector('[data-testid=fill-download][download="sample-county-filled.xlsx"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid=report-download]', { timeout: 120_000 });
  }, 180_000);

  test('a formula the engine cannot compute faithfully: the kept-value note shown as `fill` prints it', async () => {
    // Cells of test/features/fill/keep-cached.test.ts: an unknown function and an external link keep
    // their saved values, and so does what depends on them.
    const rows = ['<c r="A1"><f>NOSUCHFN(1)</f><v>41</v></c>', '<c r="A2"><f>[1]Sheet1!A1*2</f><v>84</v></c>', '<c r="A3"><f>A1+1</f><v>42</v></c>', '<c r="A4"><f>ROUND(2.5,0)</f><v>0</v></c>']
      .map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
    const file = path.join(dir, 'keep.xlsx');
    fs.writeFileSync(file, handWorkbook([{ name: 'S', xml: `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>` }]));
    await page.click('[data-testid=tab-fill]');
    await page.setInputFiles('[data-testid=fill-input]', file);
    await page.waitForSelector('[data-testid=fill-download][download="keep-filled.xlsx"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid=report-download]', { timeout: 120_000 });
    const r = await run('fill', file, '--out', path.join(dir, 'keep-cli.xlsx'));
    const notes = r.out.split('\n').slice(1); // the first line is the count of computed formulas
    expect(notes.length).toBe(1);
    expect(notes[0]).toMatch(/^3 个公式无法如实计算，保留了 Excel 保存的值/);
    expect(await page.$$eval('[data-testid=fill-notes] li', (els) => els.map((e) => e.textContent))).toEqual(notes);
    expect(cellValues((await download('fill-download')).bytes)).toEqual(cellValues(fs.readFileSync(path.join(dir, 'keep-cli.xlsx'))));
  }, 120_000);

  test('30 school returns, a broken file and a lock file: the county table and findings of `collect`', async () => {
    const returns = path.join(dir, 'returns');
    await writeSampleReturns(returns);
    const files = fs.readdirSync(returns).map((f) => path.join(returns, f));
    expect(files.some((f) => f.endsWith('broken.xlsx'))).toBe(true);
    await page.click('[data-testid=tab-collect]');
    await page.setInputFiles('[data-testid=collect-input]', files);
    await page.waitForSelector('[data-testid=collect-download]', { timeout: 120_000 });
    const county = await download('collect-download');

    const cliOut = path.join(dir, 'county-cli.xlsx');
    const r = await run('collect', returns, '--out', cliOut, '--json');
    expect(r.code).toBe(1); // findings
    const j = JSON.parse(r.out) as { files: number; rows: number; findings: { file: string; sheet: string; row: number | null; school: string; message: string }[] };
    const web = cellValues(county.bytes);
    expect(Object.keys(web)).toEqual(['学校资源配置', '校验']);
    expect(web).toEqual(cellValues(fs.readFileSync(cliOut)));
    const rows = await page.$$eval('[data-testid=collect-findings] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(rows).toEqual(j.findings.map((f) => [f.file, f.sheet, f.row === null ? '' : String(f.row), f.school, f.message]));
    expect(rows.map((x) => x[0])).toContain('broken.xlsx');
    expect(await page.textContent('[data-testid=collect-status]')).toContain(`汇总 ${j.files} 个文件、${j.rows} 所学校，校验发现 ${j.findings.length} 处问题`);
  }, 240_000);

  test('a whole folder chosen gives the same county table; a file that is no workbook gets the engine\'s 中文 / English error', async () => {
    const returns = path.join(dir, 'returns'); // written by the test above
    await page.setInputFiles('[data-testid=collect-folder-input]', returns);
    await page.waitForSelector('[data-testid=collect-download]', { timeout: 120_000 });
    expect(cellValues((await download('collect-download')).bytes)).toEqual(cellValues(fs.readFileSync(path.join(dir, 'county-cli.xlsx'))));
    expect(await page.textContent('[data-testid=collect-status]')).toContain('~$学校00.xlsx'); // said to be passed over

    await page.click('[data-testid=tab-fill]');
    await page.setInputFiles('[data-testid=fill-input]', { name: 'renamed.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('学校,学生数\n一小,500\n') });
    await page.waitForSelector('[data-testid=fill-error]');
    // The message the CLI's fill would give for these bytes (fillBytes is what it runs after reading the file).
    let engine = '';
    try {
      fillBytes(new TextEncoder().encode('学校,学生数\n一小,500\n'));
    } catch (e) {
      engine = (e as Error).message;
    }
    expect(engine).toMatch(/^[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(await page.textContent('[data-testid=fill-error]')).toBe(`出错了：${engine}`);
  }, 180_000);

  test('the page answers a click while the worker fills a 3,000-school workbook', async () => {
    const big = path.join(dir, 'big.xlsx');
    fs.writeFileSync(big, await writeTemplateXlsx(templateWithRows('school-resources', 3000).spec));
    await page.click('[data-testid=tab-fill]');
    await page.setInputFiles('[data-testid=fill-input]', big);
    // The worker has started: the bar is shown and has reported a stage.
    await page.waitForFunction(() => {
      const p = document.querySelector('[data-testid=fill-progress]') as HTMLProgressElement | null;
      return !!p && !(p.parentElement as HTMLElement).hidden && p.value > 0;
    });
    // A click on another tab is handled at once while the fill is still running.
    const answered = await page.evaluate(() => {
      const t0 = performance.now();
      (document.querySelector('[data-testid=tab-catalog]') as HTMLButtonElement).click();
      return {
        selected: document.querySelector('[data-testid=tab-catalog]')!.getAttribute('aria-selected'),
        stillWorking: !(document.querySelector('[data-testid=fill-progress]')!.parentElement as HTMLElement).hidden,
        ms: performance.now() - t0,
      };
    });
    expect(answered).toMatchObject({ selected: 'true', stillWorking: true });
    // …and the catalog answers typing meanwhile.
    await page.fill('[data-testid=catalog-search]', '生均教學');
    expect(await page.textContent('[data-testid=catalog-results] li .name')).toBe('生均教学及辅助用房面积');
    await page.click('[data-testid=tab-fill]');
    await page.waitForSelector('[data-testid=fill-download][download="big-filled.xlsx"]', { timeout: 300_000 });
    await page.waitForSelector('[data-testid=report-download]', { timeout: 300_000 });
  }, 360_000);

  test('served by a static web server (an intranet\'s): the same page works, nothing but that server and blob:', async () => {
    const server = await serve(DIST);
    const p = await browser.newPage({ acceptDownloads: true });
    const seen: string[] = [];
    const problems: string[] = [];
    p.on('request', (r) => seen.push(r.url()));
    p.on('pageerror', (e) => problems.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    try {
      await p.goto(`${server.url}index.html`);
      await p.setInputFiles('[data-testid=fill-input]', SAMPLE);
      await p.waitForSelector('[data-testid=report-download]', { timeout: 120_000 });
      const [d] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid=fill-download]')]);
      const cliOut = path.join(dir, 'sample-cli-2.xlsx');
      expect((await run('fill', SAMPLE, '--out', cliOut)).code).toBe(0);
      expect(cellValues(fs.readFileSync((await d.path())!))).toEqual(cellValues(fs.readFileSync(cliOut)));
      expect(seen.filter((u) => !u.startsWith(server.url) && !/^(blob|data):/.test(u))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await p.close();
      await server.close();
    }
  }, 180_000);

  test('English switch, and nothing left the page: only file:, blob: and data: requests, no CSP violation, no error', async () => {
    await page.click('[data-testid=lang-switch]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid=tab-fill]')).toBe('Compute a workbook');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
