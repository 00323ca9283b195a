/**
 * The shapes the reader hands out and the patcher takes in. Rows and columns are 0-based
 * everywhere (A1 is row 0, col 0); `ref` is the A1 text.
 */
import type { DefinedName, SheetKind, SheetState } from './workbook-part';
import type { TableDef } from './table-parts';

export type { DefinedName, SheetKind, SheetState, TableDef };

/** An Excel error value as stored in a cell: '#N/A', '#DIV/0!', '#VALUE!' … */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: a number, text, a logical value, an error, or nothing (null). */
export type CellValue = number | string | boolean | CellError | null;

/** The kind of a cell's value. A formula cell has the kind of its cached result. */
export type CellKind = 'number' | 'string' | 'boolean' | 'error' | 'blank';

/** One cell of a worksheet. */
export interface CellData {
  /** 'B7'. */
  ref: string;
  /** 0-based. */
  row: number;
  /** 0-based. */
  col: number;
  type: CellKind;
  /**
   * The value; for a formula cell, the result Excel last saved. Dates are serial numbers (see
   * WorkbookData.isDateStyle); a `t="d"` ISO date cell is converted to its serial number.
   */
  value: CellValue;
  /**
   * The formula without the leading '=', as stored (future functions keep their `_xlfn.` prefix).
   * A cell of a shared-formula block gets the master's formula moved to it. Absent for a value.
   */
  formula?: string;
  /** For the top-left cell of an array formula (`{=…}` / a legacy CSE formula): its range. */
  arrayRef?: string;
  /** Index into the cell formats of styles.xml (the `s` attribute); 0 by default. */
  styleIndex: number;
}

/** One sheet of a workbook. */
export interface SheetData {
  name: string;
  /** Part name, e.g. 'xl/worksheets/sheet1.xml'. */
  partPath: string;
  state: SheetState;
  kind: SheetKind;
  /** Every `<c>` of the part (including style-only cells), in row-major order. */
  cells: CellData[];
  /** Merged ranges, e.g. 'A1:C1'. */
  merges: string[];
  /** The `<dimension ref>` as written; informative only, never used to size anything. */
  dimension?: string;
  /** 0-based indexes of hidden rows. */
  hiddenRows: number[];
  /** The Excel tables (ListObjects) on the sheet, from its table parts; absent when none. */
  tables?: TableDef[];
}

/** A workbook as read. */
export interface WorkbookData {
  sheets: SheetData[];
  definedNames: DefinedName[];
  /** True when serial dates count from 1904. */
  date1904: boolean;
  /** True when the workbook has Excel iterate circular references (`<calcPr iterate="1">`). */
  iterate?: boolean;
  /**
   * True when the cell format `styleIndex` displays numbers as dates or times.
   * @example
   * wb.isDateStyle(cell.styleIndex); // true for a cell formatted yyyy-mm-dd
   */
  isDateStyle(styleIndex: number): boolean;
  /**
   * The number format code of a cell format ('General', '0.00%', 'yyyy"年"m"月"d"日"' …).
   * @example
   * wb.numFmt(cell.styleIndex); // '0.00%'
   */
  numFmt(styleIndex: number): string;
}

/** Edits for patchWorkbook. */
export interface WorkbookEdits {
  /** Sheet name → (A1 reference → value). A formula cell keeps its formula and gets the value as its result. */
  values: Map<string, Map<string, CellValue>>;
  /** The same as `values`, keyed by row × 16384 + col (0-based): what a computed workbook hands over. */
  keyedValues?: Map<string, Map<number, CellValue>>;
  /**
   * Sheet name → raw `<conditionalFormatting>` elements to add. Their `dxfId`s count from
   * `dxfBaseId(pkg)` for the `dxfs` added with them.
   */
  conditionalFormats?: Map<string, string>;
  /** Raw `<dxf>` elements to append to styles.xml. */
  dxfs?: string[];
}
