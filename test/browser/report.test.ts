/**
 * The demo's report.html opened in Debian's chromium: it renders its charts with no request at all
 * (nothing to load) and no console error; every text of every chart (the long Chinese indicator
 * names above all) lies inside its SVG and overlaps no other text; the verdict and the follow-up list
 * are shown. The screenshot is kept in test-artifacts/report.png.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { runDemo } from '../../src/hosts/cli/demo';

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
    expect(await page.locator('section:not(.verdict) h2').first().textContent()).toContain(`${summary.byStage.primary.passed} / ${summary.byStage.primary.schools}`);
    // Every text's box (as the browser laid it out, with its real font) inside its SVG, and no two
    // texts of one SVG overlapping. Before the labels were wrapped, 每百名学生拥有体育、艺术(美术、音乐)
    // 专任教师数 began left of x = 0 and was cut off.
    const boxes = await page.$$eval('svg', (svgs) => svgs.map((svg) => {
      const r = svg.getBoundingClientRect();
      return {
        svg: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        texts: Array.from(svg.querySelectorAll('text')).map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        }),
      };
    }));
    const outside: string[] = [];
    const overlaps: string[] = [];
    const TOL = 0.5; // sub-pixel rounding of glyph boxes
    for (const { svg, texts } of boxes) {
      for (const t of texts) {
        expect(t.right - t.left).toBeGreaterThan(0);
        if (t.left < svg.left - TOL || t.right > svg.right + TOL || t.top < svg.top - TOL || t.bottom > svg.bottom + TOL) outside.push(t.text);
      }
      texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > TOL && y > TOL) overlaps.push(`${a.text} × ${b.text}`);
      }));
    }
    expect(boxes.flatMap((b) => b.texts.map((t) => t.text))).toContain('每百名学生拥有体育、艺术(美术、音乐)专任教师数');
    expect(outside).toEqual([]);
    expect(overlaps).toEqual([]);
    // The verdict comes first, then the follow-up tables (the sample county has schools to follow up).
    expect(await page.locator('section.verdict h2').textContent()).toMatch(/^资源配置：/);
    expect(await page.locator('table.follow-up tbody tr').count()).toBe(summary.followUp.byIndicator.length);
    expect(await page.locator('table.by-school tbody tr').count()).toBe(summary.followUp.bySchool.length);
    expect(summary.followUp.byIndicator.length).toBeGreaterThan(0);
    // 「补短测算」 (issue 26) after them: one row per school that needs something.
    expect(await page.locator('table.improvement tbody tr').count()).toBe(summary.improvement.schools.length);
    expect(summary.improvement.schools.length).toBeGreaterThan(0);
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/report.png', fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
