/**
 * The drafted rows as a SheetSpec (src/features/templates/types.ts), the sheet description the task
 * pane renders through Office.js: the same 「规划目标」 columns and rows as the CLI's workbook.
 */
import { cellRef } from '../../xlsx/refs';
import type { CellSpec, SheetSpec } from '../templates/types';
import { PLAN_COLUMNS, PLAN_SHEET, sheetRow } from './sheet-row';
import type { DraftRow } from './types';

const WIDTHS = [10, 28, 8, 7, 10, 5, 7, 6, 60, 24];

/**
 * The 「规划目标」 sheet of `rows`: a header row, then one row per drafted number (every one 待确认).
 * @example
 * planSheetSpec('某县', '规划.docx', rows).cells[0]; // { ref: 'A1', value: '规划', style: 'header' }
 */
export function planSheetSpec(plan: string, document: string, rows: DraftRow[]): SheetSpec {
  const cells: CellSpec[] = PLAN_COLUMNS.map((h, c) => ({ ref: cellRef(0, c), value: h, style: 'header' }));
  rows.forEach((r, i) => {
    sheetRow(plan, document, r).forEach((v, c) => {
      if (v === null || v === '') return;
      // Input styles: every cell is the user's to confirm or correct. 数值 of a percentage stays the
      // fraction, shown as a percentage.
      const style = c === 4 ? (r.unit === '%' ? 'inputPercent' : 'input') : c === 3 ? 'input' : 'inputText';
      cells.push({ ref: cellRef(i + 1, c), value: v, style });
    });
  });
  return {
    name: PLAN_SHEET,
    cells,
    merges: [],
    columnWidths: Object.fromEntries(WIDTHS.map((w, c) => [cellRef(0, c).replace(/\d+$/, ''), w])),
    frozen: { rows: 1, cols: 0 },
  };
}
