/**
 * One formula computed against a user's workbook — its sheets (学校!B2), names and settings — as if
 * typed on one of its sheets, without writing anything (`plan-metrics eval --workbook`).
 */
import { DetailedCellError } from 'hyperformula';
import type { WorkbookData } from '../../xlsx/types';
import type { Evaluated } from './engine';
import { toEngineFormula } from './formula-text';
import { buildEngine, formulaContext } from './hf-evaluate';
import { resolveStructuredRefs, rewriteStructuredRefs, tableIndex } from '../structured-refs';

/**
 * The formula's value on the sheet named `sheet` of the workbook.
 * @example
 * evaluateOnSheet(readWorkbook(openXlsx(bytes)), '=SUM(学校!B1:B3)', '汇总'); // { value: 60 }
 */
export function evaluateOnSheet(book: WorkbookData, formula: string, sheet: string): Evaluated {
  // Table1[Col], in the workbook's formulas and in the one typed, as the ranges they stand for.
  const wb = resolveStructuredRefs(book);
  const typed = formula.trim().replace(/^=/, '');
  const text = rewriteStructuredRefs(typed, null, tableIndex(wb)) ?? typed;
  const hf = buildEngine(wb);
  try {
    const v = hf.calculateFormula('=' + toEngineFormula(text, formulaContext(wb)), hf.getSheetId(sheet)!);
    const one = (c: unknown) => (c === undefined ? null : (c as number | string | boolean | null));
    if (Array.isArray(v)) {
      for (const row of v) for (const c of row) if (c instanceof DetailedCellError) return { error: c.value, message: c.message ?? '' };
      return { value: v.map((row) => row.map(one)) };
    }
    if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? '' };
    return { value: one(v) };
  } finally {
    hf.destroy();
  }
}
