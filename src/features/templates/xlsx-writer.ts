/**
 * Writing template sheets to a new .xlsx with exceljs: formulas as formulas (Excel, or the headless
 * engine, computes them on open), the named styles, line charts (./xlsx-chart), widths, heights, merges, frozen panes, drop-down
 * lists and the miss rules as conditional formats. Only for new workbooks: a user's workbook is
 * patched elsewhere, never re-written through an object model (docs/design.md §3).
 */
import ExcelJS from 'exceljs';
import { parseRangeRef, cellRef } from '../../xlsx/refs';
import { dxfMiss } from '../school-table/types';
import { STYLES, type StyleDef } from './styles';
import type { SheetSpec } from './types';
import { addCharts } from './xlsx-chart';

/** #RRGGBB → exceljs ARGB. @example argb('#FFC7CE'); // 'FFFFC7CE' */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

function applyStyle(cell: ExcelJS.Cell, s: StyleDef): void {
  if (s.font) cell.font = { ...(s.font.bold ? { bold: true } : {}), ...(s.font.italic ? { italic: true } : {}), ...(s.font.size ? { size: s.font.size } : {}), ...(s.font.color ? { color: { argb: argb(s.font.color) } } : {}) };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.align || s.wrap) cell.alignment = { ...(s.align ? { horizontal: s.align } : {}), ...(s.wrap ? { wrapText: true } : {}), vertical: 'middle' };
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.frozen ? [{ state: 'frozen', xSplit: spec.frozen.cols, ySplit: spec.frozen.rows }] : [],
  });
  for (const [letter, width] of Object.entries(spec.columnWidths)) ws.getColumn(letter).width = width;
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  const spillAt = new Map((spec.spills ?? []).map((s) => [s.ref, s.range]));
  for (const c of spec.cells) {
    const cell = ws.getCell(c.ref);
    const spill = spillAt.get(c.ref);
    if (c.formula !== undefined && spill) cell.value = { formula: c.formula, shareType: 'array', ref: spill } as unknown as ExcelJS.CellFormulaValue;
    else if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) cell.value = c.value;
    if (c.style) applyStyle(cell, STYLES[c.style]);
  }
  for (const m of spec.merges) ws.mergeCells(m);
  for (const v of spec.dataValidations ?? []) {
    const r = parseRangeRef(v.range);
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.list.join(',')}"`],
      // Not strict: other spellings (小學, primary) go in without a prompt; the list is a help.
      showErrorMessage: v.strict,
      // ECMA-376 Part 1 §18.18.23 (ST_DataValidationErrorStyle) allows stop, warning, information only;
      // 'stop' refuses a value off the list, which is what a strict list means.
      errorStyle: 'stop',
    };
    // One per cell: exceljs folds alike validations back into ranges when it writes.
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(cellRef(row, col)).dataValidation = validation;
  }
  (spec.conditionalFormats ?? []).forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [{
        type: 'expression',
        priority: i + 1,
        formulae: [rule.formula],
        // A differential format's solid fill is read from bgColor; fgColor is set too for readers that look there.
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(dxfMiss.fill) }, fgColor: { argb: argb(dxfMiss.fill) } }, font: { color: { argb: argb(dxfMiss.font) } } },
      }],
    });
  });
}

/**
 * A new .xlsx holding the sheets, in order.
 * @example
 * const buf = await writeTemplateXlsx(buildTemplate('school-resources'));
 * fs.writeFileSync('学校资源配置.xlsx', buf); // (the caller writes; this module touches no files)
 */
export async function writeTemplateXlsx(spec: SheetSpec | SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Plan Metrics 规划指标';
  // No formula has a cached result yet: ask Excel, WPS and LibreOffice to calculate on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  const sheets = Array.isArray(spec) ? spec : [spec];
  for (const s of sheets) addSheet(wb, s);
  const out = await wb.xlsx.writeBuffer();
  // exceljs writes no charts: their parts are added to its package (place-forecast's line chart).
  const bytes = addCharts(new Uint8Array(out as ArrayBuffer), sheets);
  // Node: a Buffer, as callers have always had. The web page's worker has no global Buffer; there
  // the bytes are all the page needs (for a Blob).
  const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  return NodeBuffer ? NodeBuffer.from(bytes) : (bytes as Buffer);
}
