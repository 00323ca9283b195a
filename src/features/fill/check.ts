/**
 * `check`: find every cell of a recognised indicator column that misses its threshold for its
 * row's stage — on the computed values, so computed indicator columns are checked too.
 */
import { cellRef } from '../../xlsx/refs';
import { checkMisses } from '../school-table/highlight';
import type { XlsxLimits } from '../../xlsx/open';
import { readWorkbook } from '../../xlsx/read';
import { evaluateWorkbook } from '../../engine/evaluate';
import { openXlsxFile } from '../../xlsx/open-file';
import { findTables, type FoundTable } from './tables';
import { withCatalogLayer, type PlanFinding } from '../../domain/catalog/layer';
import { userLayer } from '../own-plan/load';
import { isPlanSheetName } from '../../domain/catalog/user-plan';

export interface CheckMiss {
  sheet: string; cell: string; indicator: string; stage: string | null; value: number; threshold: number;
  /** The cell's text when the number was typed as text: compared as EDU functions read it. */
  storedAsText?: string;
}
export interface CheckReport {
  checked: number;
  misses: CheckMiss[];
  /** Numbers typed as text (not compared: convert them). */
  textNumbers: { sheet: string; cell: string; indicator: string; text: string }[];
  /** Bad rows of the user's plan (「规划目标」 sheet, --catalog files), with sheet and row. */
  findings: PlanFinding[];
}

/**
 * @example
 * checkWorkbook('county.xlsx', { plan: 'national' }).misses[0];
 * // { sheet: '学校资源配置', cell: 'N7', indicator: 'teaching_space_per_student', stage: 'primary', value: 4.1, threshold: 4.5 }
 */
export function checkWorkbook(input: string, opts: { plan?: string; limits?: XlsxLimits; catalog?: string[]; profile?: string } = {}): CheckReport {
  const wb = readWorkbook(openXlsxFile(input, opts.limits));
  const layer = userLayer(wb, { catalog: opts.catalog, profile: opts.profile });
  return withCatalogLayer(layer, () => {
    const evaluation = evaluateWorkbook(wb);
    const tables = findTables(evaluation.grids, new Map(wb.sheets.map((s) => [s.name, s.merges])));
    return { ...checkTables(tables, { plan: opts.plan }), findings: layer?.findings ?? [] };
  });
}

/**
 * The check of tables already found on computed values — what fill found (fillBytes's `tables`),
 * so a host that has just filled a workbook lists its misses without computing it twice. The
 * user's plan sheet (「规划目标」) is never checked as a school table.
 * @example
 * checkTables(fillBytes(bytes).tables, { plan: 'national' }).misses.length; // as checkWorkbook gives
 */
export function checkTables(tables: readonly FoundTable[], opts: { plan?: string; findings?: PlanFinding[] } = {}): CheckReport {
  const report: CheckReport = { checked: 0, misses: [], textNumbers: [], findings: opts.findings ?? [] };
  for (const t of tables.filter((x) => !isPlanSheetName(x.sheet))) {
    const r = checkMisses(t.grid, t.detected, { plan: opts.plan, firstDataRow: t.firstDataRow, lastDataRow: t.lastDataRow });
    report.checked += r.checked;
    for (const m of r.misses) {
      report.misses.push({ sheet: t.sheet, cell: cellRef(m.row, m.col), indicator: m.indicatorId, stage: m.stage, value: m.value, threshold: m.threshold, ...(m.storedAsText !== undefined ? { storedAsText: m.storedAsText } : {}) });
    }
    for (const x of r.textNumbers) report.textNumbers.push({ sheet: t.sheet, cell: cellRef(x.row, x.col), indicator: x.indicatorId, text: x.text });
  }
  return report;
}
