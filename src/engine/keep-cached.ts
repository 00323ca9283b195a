/**
 * Circular references: Excel computes them only with iteration on (`<calcPr iterate="1">`), and
 * without it keeps the values it had and warns. HyperFormula has no iteration and marks every cell
 * of a cycle #CYCLE!. Either way the faithful answer is the value Excel cached — after iterating,
 * that is its converged value — so those cells keep it, and the user is told.
 */
import type { SheetData, WorkbookData } from '../xlsx/types';
import { MAX_COLS } from '../xlsx/refs';

/**
 * The formula cells of `sheet` (keys row × 16384 + col) that HyperFormula found on a cycle.
 * @example
 * cycleCells(sheet, hfValues); // Set { 1 } when B1 = C1+A1 and C1 = B1+1
 */
export function cycleCells(sheet: SheetData, values: unknown[][]): Set<number> {
  const keep = new Set<number>();
  for (const c of sheet.cells) {
    if (c.formula === undefined) continue;
    const v = values[c.row]?.[c.col];
    // HyperFormula's DetailedCellError, by shape: importing hyperformula here would load it for every fill.
    if (v !== null && typeof v === 'object' && (v as { type?: unknown }).type === 'CYCLE') keep.add(c.row * MAX_COLS + c.col);
  }
  return keep;
}

/**
 * The note fill shows for the cells kept, one line, Chinese then English.
 * @example
 * cycleNote(new Map([['Loop', ['B1', 'C1']]]), false);
 * // '「Loop」B1, C1 是循环引用，保留 Excel 保存的值 / Loop: B1, C1 are circular references; the values Excel saved are kept'
 */
export function cycleNote(kept: Map<string, string[]>, iterate: boolean): string {
  const where = [...kept].map(([s, refs]) => `${s}!${refs.slice(0, 5).join(',')}${refs.length > 5 ? `…(${refs.length})` : ''}`).join('; ');
  const why = iterate ? '（工作簿启用了迭代计算）' : '';
  const whyEn = iterate ? ' (the workbook iterates them)' : '';
  return `${where} 是循环引用${why}，保留 Excel 保存的值 / ${where} are circular references${whyEn}; the values Excel saved are kept`;
}

/**
 * True when some cell holds the error value #CYCLE! as typed (no Excel error, but a file can carry
 * it): HyperFormula reports it the way it reports a cycle, so no cell is taken for one then.
 * @example
 * cycleLiteral(wb); // false for any workbook Excel saved
 */
export function cycleLiteral(wb: WorkbookData): boolean {
  return wb.sheets.some((s) => s.cells.some((c) => c.formula === undefined && c.value !== null && typeof c.value === 'object' && c.value.error === '#CYCLE!'));
}
