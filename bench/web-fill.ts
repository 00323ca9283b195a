/**
 * The web page against the CLI on one 10,000-school workbook (issue 27): the school-resources
 * template with 10,000 typed schools (bench/templates-gen.ts), filled once by `plan-metrics fill`
 * (bin/plan-metrics.js, i.e. lib/: run `npm run compile` first) and once in dist-web/index.html
 * opened from file:// in Debian's Chromium (`npm run build:web` first), from choosing the file to the
 * download link of the filled workbook, and on to the misses and report.html (which the CLI's fill
 * does not make). Both filled workbooks are compared cell for cell; both times are printed. One run
 * each, as the issue asks — a measurement to report, not a test.
 *
 *   npx ts-node --transpile-only bench/web-fill.ts [schools=10000]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { templateWithRows } from './templates-gen';
import { writeTemplateXlsx } from '../src/features/templates/xlsx-writer';
import { openXlsx } from '../src/xlsx/open';
import { readWorkbook } from '../src/xlsx/read';

const root = path.resolve(__dirname, '..');
const work = path.join(__dirname, 'work');

/** Every formula cell's value, by sheet!ref. */
function values(bytes: Uint8Array): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const s of readWorkbook(openXlsx(bytes)).sheets) for (const c of s.cells) if (c.value !== null) m.set(`${s.name}!${c.ref}`, c.value);
  return m;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  fs.mkdirSync(work, { recursive: true });
  const input = path.join(work, `web-school-resources-${n}.xlsx`);
  if (!fs.existsSync(input)) fs.writeFileSync(input, await writeTemplateXlsx(templateWithRows('school-resources', n).spec));
  console.log(`${n} schools: ${input} (${(fs.statSync(input).size / 1024 / 1024).toFixed(1)} MB)`);

  const cliOut = path.join(work, `web-cli-${n}.xlsx`);
  let t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/plan-metrics.js'), 'fill', input, '--out', cliOut, '--force'], { encoding: 'utf8' });
  const cliMs = Date.now() - t0;
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`CLI  plan-metrics fill: ${(cliMs / 1000).toFixed(1)} s (process wall time, Node start included)`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto('file://' + path.join(root, 'dist-web/index.html'));
    await page.waitForSelector('[data-testid=fill-input]');
    t0 = Date.now();
    await page.setInputFiles('[data-testid=fill-input]', input);
    await page.waitForSelector('[data-testid=fill-download]', { timeout: 900_000 });
    const webMs = Date.now() - t0;
    console.log(`page fill-input → the filled workbook offered: ${(webMs / 1000).toFixed(1)} s (${(webMs / cliMs).toFixed(2)} × the CLI)`);
    await page.waitForSelector('[data-testid=report-download]', { timeout: 900_000 });
    const allMs = Date.now() - t0;
    console.log(`page fill-input → misses listed and report.html offered too: ${(allMs / 1000).toFixed(1)} s (${(allMs / cliMs).toFixed(2)} × the CLI, which makes neither)`);
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=fill-download]')]);
    const a = values(fs.readFileSync((await d.path())!));
    const b = values(fs.readFileSync(cliOut));
    const differ = [...b].filter(([k, v]) => a.get(k) !== v).length + [...a.keys()].filter((k) => !b.has(k)).length;
    console.log(`cells compared: ${b.size}, differing: ${differ}`);
  } finally {
    await browser.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
