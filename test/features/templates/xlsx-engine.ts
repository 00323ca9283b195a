/**
 * Test helper: an .xlsx read back with exceljs and put into HyperFormula with the EDU plugin, as
 * the headless engine would see it: formulas as formulas, text kept text (no "85%" → 0.85).
 */
import ExcelJS from 'exceljs';
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { createEngine } from '../../../src/engine/hf/engine';

export interface LoadedWorkbook {
  hf: HyperFormula;
  workbook: ExcelJS.Workbook;
  /** The value of a cell ('K5') on sheet `sheet` (default the first). */
  value(ref: string, sheet?: number): unknown;
}

/** Reads `buf` and builds an engine over every sheet. */
export async function loadIntoEngine(buf: Buffer): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's other cells echo the top-left value in exceljs: only the master holds it.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        (rows[r - 1] ??= [])[c - 1] = raw(cell);
      });
    });
    sheets[ws.name] = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  });
  const hf = createEngine(sheets);
  const names = Object.keys(sheets);
  return {
    hf,
    workbook,
    value(ref: string, sheet = 0) {
      const addr = hf.simpleCellAddressFromString(ref, hf.getSheetId(names[sheet])!);
      return hf.getCellValue(addr!);
    },
  };
}

function raw(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v !== null && 'formula' in v) return `=${(v as { formula: string }).formula}`;
  if (typeof v === 'string') return v === '' ? null : `'${v}`;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in (v as object)) return `'${(v as { richText: { text: string }[] }).richText.map((t) => t.text).join('')}`;
  return String(v);
}
