/**
 * The drafted rows as a new workbook with one sheet, 「规划目标」, in the columns a user's own plan
 * sheet has (规划 · 指标 · 学段 · 年份 · 数值 · 方向 · 单位 · 类别 · 出处) and a 状态 column: every row
 * is 待确认 until a person has checked it against the document. Written with exceljs (a NEW workbook).
 */
import ExcelJS from 'exceljs';
import { PLAN_COLUMNS, PLAN_SHEET, sheetRow } from './sheet-row';
import type { DraftRow } from './types';

export { PLAN_COLUMNS, PLAN_SHEET, sheetRow } from './sheet-row';

/**
 * A new .xlsx holding the 「规划目标」 sheet of `rows`.
 * @example
 * const bytes = await planSheetXlsx('某县', '规划.docx', rows); // bytes of a workbook with one sheet, 规划目标
 */
export async function planSheetXlsx(plan: string, document: string, rows: DraftRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...PLAN_COLUMNS]).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(sheetRow(plan, document, r));
    // 0.95 shows as 95%, 0.9535 as 95.35% (a format with an optional decimal would leave "95.%").
    if (r.unit === '%') row.getCell(5).numFmt = Number.isInteger(Number((r.value * 100).toFixed(9))) ? '0%' : '0.0#%';
  }
  const widths = [10, 28, 8, 7, 10, 5, 7, 6, 60, 24];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(9).alignment = { wrapText: false };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
