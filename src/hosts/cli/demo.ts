/**
 * `plan-metrics demo` (= `npm run demo`): fills the bundled sample county (assets/sample-county.xlsx)
 * into out/ — the filled workbook and report.html, the county's compliance at a glance.
 */
import * as path from 'path';
import { summarizeCounty, type CountySummary } from '../../features/verdict/county-summary';
import { schoolRows } from '../../features/verdict/school-rows';
import { reportHtml } from '../../features/report/html';
import { fillWorkbook } from '../../features/fill/fill';
import { writeAtomic } from '../../xlsx/safe-write';

/**
 * Where the bundled sample lives (works from src/ under ts-node and from lib/src/ when compiled).
 * @example
 * samplePath(); // '/…/assets/sample-county.xlsx'
 */
export function samplePath(): string {
  const candidates = [path.resolve(__dirname, '../../../assets/sample-county.xlsx'), path.resolve(__dirname, '../../../../assets/sample-county.xlsx')];
  return candidates.find((p) => require('fs').existsSync(p)) ?? candidates[0];
}

// schoolRows moved to features (the web page makes the same report): re-exported for old callers.
export { schoolRows };

export interface DemoResult { workbook: string; report: string; summary: CountySummary; formulas: number; rules: number }

/**
 * @example
 * const r = runDemo('out'); // writes out/sample-county-filled.xlsx and out/report.html
 */
export function runDemo(outDir: string): DemoResult {
  const input = samplePath();
  const workbook = path.join(outDir, 'sample-county-filled.xlsx');
  const filled = fillWorkbook(input, { out: workbook, force: true });
  const table = filled.tables[0];
  const summary = summarizeCounty(table ? schoolRows(table) : []);
  const report = path.join(outDir, 'report.html');
  writeAtomic(report, reportHtml(summary, { title: '示例县', source: path.basename(input) }), { force: true });
  return { workbook, report, summary, formulas: filled.formulas, rules: filled.rules.length };
}
