/**
 * Turning one worksheet part into SheetData: values decoded by their stored type, shared strings
 * looked up, shared formulas expanded to every cell of their block, array formulas marked, merged
 * ranges, hidden rows and the dimension collected. Built for big sheets: one small object per cell
 * (of one hidden class, with error values shared), no per-cell strings beyond the reference and
 * the formula, and the <dimension> is only reported, never used to size anything.
 */
import { WorkbookError, corrupt } from './errors';
import { ShiftTemplate, compileShift } from './formula-shift';
import { MAX_COLS, cellRef } from './refs';
import { formulaText, valueNumber, valueText } from './cell-values';
import { CellScan, F_ARRAY, F_DATATABLE, F_SHARED, T_B, T_D, T_E, T_INLINE, T_N, T_S, T_STR, scanSheet } from './sheet-scan';
import { CellData, CellError, CellKind, CellValue } from './types';
import { XmlSource } from './xml-source';
import { decodeXstring } from './xml-text';

/** Everything a sheet read needs from the rest of the workbook. */
export interface SheetReadContext {
  sharedStrings: readonly string[];
  date1904: boolean;
  /** Cells still allowed before limits.maxCells is reached; decremented as cells are read. */
  budget: { left: number; max: number };
}

/** What readSheetPart returns (SheetData without the workbook-level fields). */
export interface SheetContent {
  cells: CellData[];
  merges: string[];
  dimension?: string;
  hiddenRows: number[];
}

/**
 * A cell record. A class, so that the million of them share one shape. `formula` and `arrayRef`
 * are own properties only on the cells that have them: a value cell is two fields smaller (16
 * bytes in Node, whose V8 does not compress pointers), which on a 1.25-million-cell sheet is 20 MB
 * less for the garbage collector to copy. `ref` is worked out when asked for, not stored: nothing
 * on `fill`'s path asks, and 1.5 million 'K12345' strings were 40 MB at 50,000 schools.
 */
class Cell implements CellData {
  get ref(): string {
    return cellRef(this.row, this.col);
  }
  row: number;
  col: number;
  type: CellKind;
  value: CellValue;
  styleIndex: number;
  declare formula?: string;
  declare arrayRef?: string;
  constructor(row: number, col: number, type: CellKind, value: CellValue, styleIndex: number) {
    this.row = row;
    this.col = col;
    this.type = type;
    this.value = value;
    this.styleIndex = styleIndex;
  }
}

const errorValues = new Map<string, CellError>();

/**
 * The shared, frozen value object for an Excel error code.
 * @example
 * errorValue('#N/A'); // { error: '#N/A' } (the same object every time)
 */
export function errorValue(code: string): CellError {
  let e = errorValues.get(code);
  if (!e) {
    e = Object.freeze({ error: code });
    errorValues.set(code, e);
  }
  return e;
}

/**
 * Reads one worksheet part.
 * @example
 * const { cells } = readSheetPart(pkg.source('xl/worksheets/sheet1.xml'), 'xl/worksheets/sheet1.xml',
 *   { sharedStrings: [], date1904: false, budget: { left: 1e6, max: 1e6 } });
 */
export function readSheetPart(xml: XmlSource | string, part: string, ctx: SheetReadContext): SheetContent {
  const cells: CellData[] = [];
  const merges: string[] = [];
  const hiddenRows: number[] = [];
  let dimension: string | undefined;
  const sst = ctx.sharedStrings;
  const budget = ctx.budget;
  // Shared formula masters by si; dependants seen before their master wait in `pending`.
  const masters = new Map<number, { row: number; col: number; tpl: ShiftTemplate }>();
  let pending: { cell: Cell; si: number }[] | null = null;
  let lastKey = -1;
  let sorted = true;

  scanSheet(xml, part, {
    dimension(ref) {
      dimension = ref;
    },
    merge(ref) {
      merges.push(ref);
    },
    rowStart(row, _s, _e, _empty, hidden) {
      if (hidden) hiddenRows.push(row);
    },
    cell(c: CellScan, src: XmlSource) {
      if (--budget.left < 0) {
        throw new WorkbookError('limit', `单元格数量超过上限 ${budget.max}`, `the workbook has more than ${budget.max} cells (the limit)`);
      }
      const key = c.row * MAX_COLS + c.col;
      if (key <= lastKey) sorted = false;
      lastKey = key;

      let type: CellKind = 'blank';
      let value: CellValue = null;
      switch (c.t) {
        case T_N: {
          const n = valueNumber(c, src);
          if (n !== null) {
            if (n === n) {
              type = 'number';
              value = n;
            } else {
              // Not a number where one belongs; keep the text rather than invent a value.
              type = 'string';
              value = valueText(c, src);
            }
          }
          break;
        }
        case T_S: {
          const i = valueNumber(c, src);
          if (i !== null) {
            const str = sst[i];
            const ref = cellRef(c.row, c.col);
            if (str === undefined) throw corrupt(part, `单元格 ${ref} 指向不存在的共享字符串 ${valueText(c, src)}`, `cell ${ref} points to a missing shared string ${valueText(c, src)}`);
            type = 'string';
            value = str;
          }
          break;
        }
        case T_STR: {
          const v = valueText(c, src);
          type = 'string';
          value = v === null ? '' : decodeXstring(v);
          break;
        }
        case T_INLINE: {
          const v = c.isText !== null ? c.isText : valueText(c, src);
          type = 'string';
          value = v === null ? '' : c.isText !== null ? v : decodeXstring(v);
          break;
        }
        case T_B: {
          const v = valueText(c, src);
          if (v !== null && v !== '') {
            type = 'boolean';
            value = v === '1' || v === 'true';
          }
          break;
        }
        case T_E: {
          const v = valueText(c, src);
          if (v !== null && v !== '') {
            type = 'error';
            value = errorValue(v);
          }
          break;
        }
        case T_D: {
          const v = valueText(c, src);
          if (v !== null && v !== '') {
            const serial = isoToSerial(v, ctx.date1904);
            if (serial === null) {
              type = 'string';
              value = v;
            } else {
              type = 'number';
              value = serial;
            }
          }
          break;
        }
      }

      let formula: string | undefined;
      let arrayRef: string | undefined;
      if (c.fStart >= 0) {
        const fText = formulaText(c, src);
        if (c.fType === F_SHARED && c.fSi >= 0) {
          if (fText !== null && fText !== '') {
            formula = fText;
            masters.set(c.fSi, { row: c.row, col: c.col, tpl: compileShift(fText) });
          } else {
            const m = masters.get(c.fSi);
            if (m) formula = m.tpl.at(c.row - m.row, c.col - m.col);
          }
        } else if (c.fType === F_ARRAY) {
          formula = fText ?? undefined;
          if (c.fRef !== null) arrayRef = c.fRef;
        } else if (c.fType !== F_DATATABLE && fText !== null && fText !== '') formula = fText;
      }
      const cell = new Cell(c.row, c.col, type, value, c.s);
      if (formula !== undefined) cell.formula = formula;
      if (arrayRef !== undefined) cell.arrayRef = arrayRef;
      if (c.fStart >= 0 && c.fType === F_SHARED && formula === undefined && c.fSi >= 0) (pending ??= []).push({ cell, si: c.fSi });
      cells.push(cell);
    },
  });

  if (pending) {
    // Dependants written before their master (Excel never does this; some tools might).
    for (const { cell, si } of pending as { cell: Cell; si: number }[]) {
      const m = masters.get(si);
      if (m) cell.formula = m.tpl.at(cell.row - m.row, cell.col - m.col);
    }
  }
  if (!sorted) cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const out: SheetContent = { cells, merges, hiddenRows };
  if (dimension !== undefined) out.dimension = dimension;
  return out;
}

/**
 * The serial number of an ISO 8601 date-time as a `t="d"` cell stores it, or null. Keeps Excel's
 * 1900 leap-year quirk (serial 60 is the non-existent 1900-02-29).
 * @example
 * isoToSerial('2024-09-01', false);          // 45536
 * isoToSerial('2024-09-01T12:00:00', false); // 45536.5
 */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, 0) + (m[6] ? +m[6] * 1000 : 0);
  if (Number.isNaN(ms)) return null;
  if (date1904) return (ms - Date.UTC(1904, 0, 1)) / 86400000;
  let serial = (ms - Date.UTC(1899, 11, 30)) / 86400000;
  if (serial < 61) serial -= 1;
  return serial;
}
