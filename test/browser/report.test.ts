/**
 * The demo's report.html opened in Debian's chromium: it renders its charts with no request at all
 * (nothing to load) and no console error; the screenshot is kept in test-artifacts/report.png.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { runDemo } from '../../src/workbook/demo';

const CHROMIUM = '/usr/bin/chromium';
const have = fs.existsSync(CHROMIUM);
if (!have && process.env.CI) throw new Error('CI must install chromium (see .ci/run)');

(have ? test : test.skip)('report.html renders offline with its SVG charts', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const { report, summary } = runDemo(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('file://' + report);
    expect(await page.locator('svg').count()).toBe(4); // met/missed and 差异系数, for 小学 and 初中
    expect(await page.locator('h2').first().textContent()).toContain(`${summary.byStage.primary.passed} / ${summary.byStage.primary.schools}`);
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/report.png', fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
