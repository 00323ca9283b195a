/**
 * Computing a user's workbook headless: every sheet's cells go into one HyperFormula instance (with
 * the EDU plugin), and every formula cell's value comes back as the patcher writes it. Formulas keep
 * Excel's text; only what HyperFormula cannot read is translated (see engine/formula-text).
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { createEngine } from '../engine/engine';
import { toEngineFormula } from '../engine/formula-text';
import type { CellData, CellValue, SheetData, WorkbookData } from '../xlsx/types';
import { parseRange } from '../xlsx/refs';

/** The computed workbook: per sheet, each formula cell's value (and each cell an array formula fills). */
export interface Evaluation {
  values: Map<string, Map<string, CellValue>>;
  /** Per sheet, every cell's value after computing (formula cells computed, others as read). */
  grids: Map<string, (string | number | boolean | null)[][]>;
  formulaCount: number;
}

/** HyperFormula's raw content for one cell. Text stays text (HyperFormula would read "85%" as 0.85). */
function rawContent(c: CellData): RawCellContent {
  if (c.formula !== undefined) return '=' + toEngineFormula(c.formula);
  const v = c.value;
  if (v === null) return null;
  if (typeof v === 'string') return `'${v}`;
  if (typeof v === 'object') return v.error; // HyperFormula reads '#N/A' & co. as error values
  return v;
}

function gridValue(v: unknown): string | number | boolean | null {
  if (v instanceof DetailedCellError) return v.value;
  if (v === undefined) return null;
  return v as string | number | boolean | null;
}

function cellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return { error: v.value === '#ERROR!' || v.value === '#CYCLE!' || v.value === '#LIC!' ? '#VALUE!' : v.value };
  if (v === null || v === undefined) return '';
  return v as number | string | boolean;
}

/** The cells an array formula fills besides its top-left one: HyperFormula fills them itself. */
function arrayCovered(sheet: SheetData): Set<string> {
  const covered = new Set<string>();
  for (const c of sheet.cells) {
    if (!c.arrayRef) continue;
    const r = parseRange(c.arrayRef);
    if (!r) continue;
    for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) if (row !== c.row || col !== c.col) covered.add(`${row},${col}`);
  }
  return covered;
}

/**
 * Builds the engine for a workbook.
 * @example
 * const hf = buildEngine(readWorkbook(openXlsxFile('county.xlsx')));
 */
export function buildEngine(wb: WorkbookData): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const covered = arrayCovered(s);
    const rows: RawCellContent[][] = [];
    for (const c of s.cells) {
      if (c.formula === undefined && c.value === null) continue;
      if (covered.has(`${c.row},${c.col}`)) continue;
      (rows[c.row] ??= [])[c.col] = rawContent(c);
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets[s.name] = rows;
  }
  const hf = createEngine(sheets);
  for (const n of wb.definedNames) {
    // Print areas and filter ranges are Excel's own; a name HyperFormula cannot read stays unknown
    // (formulas using it show #NAME?), it does not stop the workbook.
    if (n.name.startsWith('_xlnm.')) continue;
    try {
      const scope = n.localSheet === undefined ? undefined : hf.getSheetId(wb.sheets[n.localSheet]?.name ?? '');
      hf.addNamedExpression(n.name, '=' + n.formula, scope);
    } catch {
      /* not representable in HyperFormula */
    }
  }
  return hf;
}

/**
 * Computes every formula of the workbook.
 * @example
 * const ev = evaluateWorkbook(readWorkbook(openXlsxFile('county.xlsx')));
 * ev.values.get('学校资源配置')?.get('K5'); // 4.2
 */
export function evaluateWorkbook(wb: WorkbookData): Evaluation {
  const hf = buildEngine(wb);
  try {
    const values = new Map<string, Map<string, CellValue>>();
    const grids = new Map<string, (string | number | boolean | null)[][]>();
    let formulaCount = 0;
    for (const s of wb.sheets) {
      if (s.kind !== 'worksheet') continue;
      const id = hf.getSheetId(s.name)!;
      const out = new Map<string, CellValue>();
      const grid = hf.getSheetValues(id).map((r) => r.map(gridValue));
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        formulaCount++;
        out.set(c.ref, cellValue(hf.getCellValue({ sheet: id, row: c.row, col: c.col })));
        if (c.arrayRef) {
          const r = parseRange(c.arrayRef);
          if (r) for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) {
            if (row === c.row && col === c.col) continue;
            out.set(refOf(row, col), cellValue(hf.getCellValue({ sheet: id, row, col })));
          }
        }
      }
      values.set(s.name, out);
      grids.set(s.name, grid);
    }
    return { values, grids, formulaCount };
  } finally {
    hf.destroy();
  }
}

function refOf(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}
