/**
 * `plan-metrics demo` (= `npm run demo`): fills the bundled sample county (assets/sample-county.xlsx)
 * into out/ — the filled workbook and report.html, the county's compliance at a glance.
 */
import * as path from 'path';
import { parseNumber } from '../../domain/core/parse';
import { parseStage } from '../../domain/core/stage';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { summarizeCounty, type CountySummary, type SchoolFigures } from '../../features/verdict/county-summary';
import { reportHtml } from '../../features/report/html';
import { isMetricError } from '../../domain/core/errors';
import type { FoundTable } from '../../features/fill/tables';
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

/**
 * The schools of a recognised table, as the county summary reads them.
 * @example
 * schoolRows(fill.tables[0]).length; // 50 for the sample county
 */
export function schoolRows(t: FoundTable): SchoolFigures[] {
  const colOf = new Map<string, number>();
  for (const c of t.detected.columns) if (!colOf.has(c.indicatorId) || c.match === 'name') colOf.set(c.indicatorId, c.col);
  const num = (v: unknown): number | null => {
    try {
      return typeof v === 'number' || typeof v === 'string' ? parseNumber(v) : null;
    } catch (e) {
      if (isMetricError(e)) return null; // an error value or text: not a figure
      throw e;
    }
  };
  const rows: SchoolFigures[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const line = t.grid[r] ?? [];
    const stageText = t.detected.stageCol === null ? null : line[t.detected.stageCol];
    if (typeof stageText !== 'string') continue;
    let stage;
    try {
      stage = parseStage(stageText);
    } catch {
      continue;
    }
    rows.push({
      name: String(line[0] ?? ''),
      stage,
      students: t.detected.studentsCol === null ? null : num(line[t.detected.studentsCol]),
      values: RESOURCE_INDICATORS.map((id) => (colOf.has(id) ? num(line[colOf.get(id)!]) : null)),
    });
  }
  return rows;
}

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
