/**
 * The workbook through HyperFormula (with the EDU plugin): every formula the fast path did not
 * compute. Its own module because loading HyperFormula costs a fifth of a second, which `fill`
 * does not pay when the fast path computes everything (see ./evaluate).
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { createEngine } from './engine';
import { toEngineFormula, type FormulaContext } from './formula-text';
import { rewriteArgs, type SubtotalCells } from './formula-args';
import type { CellData, CellValue, SheetData, WorkbookData } from '../../xlsx/types';
import { parseRange } from '../../xlsx/refs';
import { writtenError } from '../excel/semantics/errors';
import { UNMODELLED_MESSAGE } from '../excel/semantics/functions';
import { unproven } from '../excel/semantics/proven';
import { notExcelFormula, wrongArity } from '../excel/semantics/not-excel';
import type { FastSheet, Val } from '../fast/fast-sheet';
export { cycleCells, cycleLiteral } from '../keep-cached';

/** Per sheet, values that replace formula cells (by index into sheet.cells): the fast path's. */
export type Constants = Map<string, Pick<FastSheet, 'computed' | 'values'>>;

/** HyperFormula's raw content for one cell. Text stays text (HyperFormula would read "85%" as 0.85). */
function rawContent(c: CellData, ctx: FormulaContext, st?: SubtotalCells): RawCellContent {
  // Not an array formula: implicit intersection at the cell (see formula-text).
  if (c.formula !== undefined) return '=' + rewriteArgs(toEngineFormula(c.formula, ctx, c), st);
  return rawValue(c.value);
}

// An array formula that is a bare reference ({=A1:A5}): HyperFormula gives #VALUE! for `=A1:A5`
// however entered, and spills `=+A1:A5` (unary plus keeps text as text).
const BARE_REF = /^(?:'(?:[^']|'')+'!|[^\s'"!(),;:=<>+\-*/^&%{}[\]#$@]+!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/;

function arrayContent(c: CellData, ctx: FormulaContext, st?: SubtotalCells): RawCellContent {
  const f = rewriteArgs(toEngineFormula(c.formula!, ctx), st);
  return BARE_REF.test(f) ? '=+' + f : '=' + f;
}

function rawValue(v: CellValue | Val): RawCellContent {
  if (v === null) return null;
  if (typeof v === 'string') return `'${v}`;
  if (typeof v === 'object') return v.error; // HyperFormula reads '#N/A' & co. as error values
  return v;
}

/**
 * A value as findTables and check read it: errors as their text.
 * @example
 * gridValue(hf.getCellValue({ sheet: 0, row: 0, col: 0 })); // '#DIV/0!' for =1/0
 */
export function gridValue(v: unknown): string | number | boolean | null {
  if (v instanceof DetailedCellError) return v.value;
  if (v === undefined) return null;
  return v as string | number | boolean | null;
}

/**
 * A value as the patcher writes it. HyperFormula's own errors (#CYCLE!, #ERROR!) become #VALUE!.
 * @example
 * cellValue(hf.getCellValue(a1)); // { error: '#VALUE!' } for a cycle; 4.2 for a number
 */
export function cellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return { error: writtenError(v.value) };
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
 * Builds the engine for a workbook; `constants` replace the formulas already computed.
 * @example
 * const hf = buildEngine(readWorkbook(openXlsxFile('county.xlsx')));
 */
export function buildEngine(wb: WorkbookData, constants?: Constants): HyperFormula {
  const ctx = formulaContext(wb);
  const subtotalCells = subtotals(wb);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const covered = arrayCovered(s);
    const st = subtotalCells.size ? { cells: subtotalCells, sheet: s.name } : undefined;
    const fixed = constants?.get(s.name);
    const rows: RawCellContent[][] = [];
    s.cells.forEach((c, i) => {
      if (c.formula === undefined && c.value === null) return;
      if (covered.size && covered.has(`${c.row},${c.col}`)) return;
      (rows[c.row] ??= [])[c.col] = fixed?.computed[i] ? rawValue(fixed.values[i]) : c.arrayRef ? arrayContent(c, ctx, st) : rawContent(c, ctx, st);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets[s.name] = rows;
  }
  // The 1904 date system (Mac workbooks): serial 0 is 1904-01-01, so DATE() and DATEVALUE() agree with the cells.
  const hf = createEngine(sheets, wb.date1904 ? { nullDate: { year: 1904, month: 1, day: 1 } } : {});
  for (const n of wb.definedNames) {
    // Print areas and filter ranges are Excel's own; a name HyperFormula cannot read stays unknown
    // (formulas using it show #NAME?), it does not stop the workbook.
    if (n.name.startsWith('_xlnm.')) continue;
    try {
      const scope = n.localSheet === undefined ? undefined : hf.getSheetId(wb.sheets[n.localSheet]?.name ?? '');
      hf.addNamedExpression(ctx.names?.get(n.name.toUpperCase()) ?? n.name, '=' + toEngineFormula(n.formula, ctx), scope);
    } catch {
      /* not representable in HyperFormula */
    }
  }
  return hf;
}

/**
 * What formula text needs from this workbook: its sheets (3-D references), an ASCII alias for
 * each defined name HyperFormula would refuse (学生数 → PM_NAME_0), and whether row 1048576 is empty.
 * @example
 * formulaContext(wb).names?.get('学生数'); // 'PM_NAME_0'
 */
export function formulaContext(wb: WorkbookData): FormulaContext {
  const names = new Map<string, string>();
  for (const n of wb.definedNames) {
    const key = n.name.toUpperCase();
    if (!names.has(key) && !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.name)) names.set(key, `PM_NAME_${names.size}`);
  }
  const worksheets = wb.sheets.filter((s) => s.kind === 'worksheet');
  const lastRowEmpty = worksheets.every((s) => s.cells.every((c) => c.row < 1_048_575));
  return { names, sheets: worksheets.map((s) => s.name), lastRowEmpty };
}

/** Per sheet, the cells whose formula calls SUBTOTAL: a SUBTOTAL over them leaves them out. */
function subtotals(wb: WorkbookData): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const s of wb.sheets) {
    for (const c of s.cells) {
      if (c.formula === undefined || !/SUBTOTAL\s*\(/i.test(c.formula)) continue;
      if (!out.has(s.name)) out.set(s.name, new Set());
      out.get(s.name)!.add(c.row * 16_384 + c.col);
    }
  }
  return out;
}

/** What HyperFormula computed: per sheet, its exported values (rows of cells, as getSheetValues). */
export interface HfResult {
  sheets: Map<string, unknown[][]>;
  /**
   * Per sheet, the formula cells (by index into sheet.cells) whose result HyperFormula cannot
   * give faithfully, with why (Chinese / English): they keep Excel's cached value (see ./evaluate).
   */
  unfaithful: Map<string, Map<number, string>>;
  /** Per sheet, for each array formula (key row × 16384 + col), the size of the array it gave (1 × 1 for one value). */
  arrays: Map<string, Map<number, { h: number; w: number }>>;
}

const WHY_EXTERNAL = '引用其他工作簿 / refers to another workbook';
const WHY_STRUCTURED = '结构化引用（表格列名）未解析 / a structured (table) reference not resolved';
const WHY_NAME = '引擎不支持的函数或名称 / a function or name the engine lacks';
const WHY_PARSE = '引擎无法解析的公式 / a formula the engine cannot parse';
const WHY_RULES = '规则库未覆盖的情形（如按日期文本的条件） / a case the rule book does not cover (such as a criterion that is a date typed as text)';
const WHY_DEPENDS = '依赖无法如实计算的单元格 / depends on a cell that cannot be computed faithfully';

// Another workbook: [1]Sheet1!A1 as Excel stores it, '[book.xlsx]Sheet 1'!A1 or
// ['file:///C:/book.xlsx']Sheet1!A1 as other writers do — a bracket right after a quote, or a
// bracketed name followed by a sheet name and '!'. (Structured references have been resolved
// into ranges by now, see ../structured-refs.ts; any left name no table of this workbook.)
const EXTERNAL = /\[\d+\]|'\[|\[[^[\]]*\][^[\]'"(),;:=<>+\-*/^&%{}\s!]*'?!/;

/**
 * Why a formula cannot be computed faithfully from its text alone, or undefined. A '[' outside a
 * string literal is an external link (`[1]Sheet1!A1`) or a structured reference (`Table1[Col]`,
 * `[@Col]`): HyperFormula reads neither.
 * @example
 * unmodelled('[1]Sheet1!A1*2'); // '引用其他工作簿 / refers to another workbook'
 * unmodelled("SUM('[b.xlsx]Sheet0'!A1:B1)"); // '引用其他工作簿 / refers to another workbook'
 * unmodelled('Table9[Col]+Sheet2!A1'); // '结构化引用（表格列名）未解析 / a structured (table) reference not resolved'
 * unmodelled('"[x]"&A1');       // undefined
 */
export function unmodelled(formula: string): string | undefined {
  if (!formula.includes('[')) return undefined;
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (!bare.includes('[')) return undefined;
  return EXTERNAL.test(bare) ? WHY_EXTERNAL : WHY_STRUCTURED;
}

/**
 * Why HyperFormula's #N/A for a wrong argument count keeps the saved value (../excel/semantics/
 * not-excel.ts): only where the error arose in this cell — one passed on from another cell (its
 * address says where) is that cell's.
 */
function wrongCount(hf: HyperFormula, v: unknown, formula: string, at: { sheet: number; row: number; col: number }): string | undefined {
  if (!(v instanceof DetailedCellError) || v.address === undefined) return undefined;
  const origin = hf.simpleCellAddressFromString(v.address, at.sheet);
  if (!origin || origin.sheet !== at.sheet || origin.row !== at.row || origin.col !== at.col) return undefined;
  return wrongArity(v.value, v.message, formula);
}

/** Why HyperFormula's own result says it did not model the formula, or undefined. */
function unmodelledResult(v: unknown): string | undefined {
  if (!(v instanceof DetailedCellError)) return undefined;
  if (v.value === '#NAME?') return v.message === UNMODELLED_MESSAGE ? WHY_RULES : WHY_NAME;
  if (v.value === '#ERROR!') return WHY_PARSE;
  return undefined;
}

const WHY_NESTED = 'SUBTOTAL/AGGREGATE 区域内含有 SUBTOTAL（Excel 会跳过）/ SUBTOTAL or AGGREGATE over a range holding SUBTOTALs (Excel skips them)';
const SUBTOTAL_CALL = /\b(SUBTOTAL|AGGREGATE)\s*\(/i;

/** The formula cells of a sheet that call SUBTOTAL or AGGREGATE: one pass, whatever is asked of them after. */
function subtotalCalls(sheet: SheetData): Set<CellData> {
  return new Set(sheet.cells.filter((d) => d.formula !== undefined && SUBTOTAL_CALL.test(d.formula)));
}

const WHY_HIDDEN = 'SUBTOTAL/AGGREGATE 区域内有隐藏或筛选掉的行（Excel 会跳过）/ SUBTOTAL or AGGREGATE over hidden or filtered-out rows (Excel skips them)';

/**
 * SUBTOTAL and AGGREGATE skip the SUBTOTALs inside their range in Excel (a grand total over
 * subtotals), and the rows a filter hid (function numbers 101–111 every hidden row); HyperFormula
 * adds them in. Such a cell is reported as not modelled. `hidden` gives a sheet's hidden rows.
 */
function nestedSubtotal(hf: HyperFormula, calls: Set<CellData>, sheetId: number, c: CellData, hidden: (sheet: number) => readonly number[]): string | undefined {
  if (!calls.has(c)) return undefined;
  let precedents: unknown[];
  try {
    precedents = hf.getCellPrecedents({ sheet: sheetId, row: c.row, col: c.col });
  } catch {
    return undefined;
  }
  for (const p of precedents as { sheet?: number; row?: number; start?: { sheet: number; row: number; col: number }; end?: { row: number; col: number } }[]) {
    const sheet = p.start?.sheet ?? p.sheet;
    const r1 = p.start?.row ?? p.row;
    const r2 = p.end?.row ?? p.row;
    if (sheet !== undefined && r1 !== undefined && r2 !== undefined && hidden(sheet).some((r) => r >= r1 && r <= r2)) return WHY_HIDDEN;
    if (!p.start || !p.end || p.start.sheet !== sheetId) continue;
    const { start, end } = p;
    for (const d of calls) if (d !== c && d.row >= start.row && d.row <= end.row && d.col >= start.col && d.col <= end.col) return WHY_NESTED;
  }
  return undefined;
}

/**
 * The formula cells HyperFormula computed that are not faithful, and every cell that depends on
 * them (transitively, through HyperFormula's own dependency graph). Only cells left to
 * HyperFormula are looked at: the fast path computes its own formulas exactly.
 */
function findUnfaithful(hf: HyperFormula, wb: WorkbookData, constants: Constants | undefined, sheets: Map<string, unknown[][]>): Map<string, Map<number, string>> {
  const result = new Map<string, Map<number, string>>();
  const byAddress = new Map<string, { sheet: string; index: number }>();
  const queue: { sheet: number; row: number; col: number }[] = [];
  const hiddenBySheet = new Map<number, readonly number[]>();
  for (const s of wb.sheets) if (s.kind === 'worksheet' && s.hiddenRows.length) hiddenBySheet.set(hf.getSheetId(s.name)!, s.hiddenRows);
  const hidden = (sheet: number) => hiddenBySheet.get(sheet) ?? [];
  // The defined names that stand for a range (nums = S!$A$1:$A$3): where one value is taken, Excel intersects them.
  const rangeNames = new Set(wb.definedNames.filter((n) => n.formula.includes(':') && BARE_REF.test(n.formula)).map((n) => n.name.toUpperCase()));
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const fixed = constants?.get(s.name);
    const values = sheets.get(s.name)!;
    const sheetId = hf.getSheetId(s.name)!;
    const found = new Map<number, string>();
    const calls = subtotalCalls(s);
    s.cells.forEach((c, i) => {
      if (c.formula === undefined || fixed?.computed[i]) return;
      const why = unmodelled(c.formula) ?? notExcelFormula(c.formula) ?? unproven(c.formula, c.arrayRef !== undefined, rangeNames) ?? unmodelledResult(values[c.row]?.[c.col]) ?? wrongCount(hf, values[c.row]?.[c.col], c.formula, { sheet: sheetId, row: c.row, col: c.col }) ?? nestedSubtotal(hf, calls, sheetId, c, hidden);
      if (!why) return;
      found.set(i, why);
      queue.push({ sheet: sheetId, row: c.row, col: c.col });
    });
    result.set(s.name, found);
  }
  if (!queue.length) return result;
  // Only now, with something to follow: the formula cells by address (160,000 keys for a county table).
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const fixed = constants?.get(s.name);
    const sheetId = hf.getSheetId(s.name)!;
    s.cells.forEach((c, i) => {
      if (c.formula !== undefined && !fixed?.computed[i]) byAddress.set(`${sheetId},${c.row},${c.col}`, { sheet: s.name, index: i });
    });
  }
  const seen = new Set<string>();
  const todo: any[] = [...queue];
  while (todo.length) {
    const at = todo.pop();
    let deps: unknown[];
    try {
      deps = hf.getCellDependents(at);
    } catch {
      continue;
    }
    for (const d of deps as { sheet: number; row?: number; col?: number; start?: { sheet: number; row: number; col: number }; end?: unknown }[]) {
      const key = d.start ? `r${d.start.sheet},${d.start.row},${d.start.col}:${JSON.stringify(d.end)}` : `${d.sheet},${d.row},${d.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      todo.push(d);
      const cell = d.start ? undefined : byAddress.get(key);
      if (cell) {
        const m = result.get(cell.sheet)!;
        // A #NAME? that came from the cell depended on is that cell's, not this one's own.
        const own = m.get(cell.index);
        if (own === undefined || own === WHY_NAME || own === WHY_PARSE || own === WHY_RULES) m.set(cell.index, WHY_DEPENDS);
      }
    }
  }
  return result;
  /** Per sheet, for each array formula (key row × 16384 + col), the size of the array it gave (1 × 1 for one value). */
  arrays: Map<string, Map<number, { h: number; w: number }>>;
}

/** How many rows and columns of its range the array formula at `c` filled in HyperFormula. */
function arrayShape(hf: HyperFormula, sheet: number, c: CellData): { h: number; w: number } {
  const r = parseRange(c.arrayRef!);
  const part = (row: number, col: number) => hf.isCellPartOfArray({ sheet, row, col });
  if (!r || !part(c.row, c.col)) return { h: 1, w: 1 };
  let h = 1;
  while (c.row + h <= r.r2 && part(c.row + h, c.col)) h++;
  let w = 1;
  while (c.col + w <= r.c2 && part(c.row, c.col + w)) w++;
  return { h, w };
}

/**
 * Computes the workbook in HyperFormula and returns every sheet's values.
 * @example
 * hfSheetValues(wb).sheets.get('学校资源配置')?.[4]?.[10]; // 4.2 (K5)
 */
export function hfSheetValues(wb: WorkbookData, constants?: Constants): HfResult {
  const hf = buildEngine(wb, constants);
  try {
    const sheets = new Map<string, unknown[][]>();
    const arrays = new Map<string, Map<number, { h: number; w: number }>>();
    for (const s of wb.sheets) {
      if (s.kind !== 'worksheet') continue;
      const id = hf.getSheetId(s.name)!;
      sheets.set(s.name, hf.getSheetValues(id));
      const shapes = new Map<number, { h: number; w: number }>();
      for (const c of s.cells) if (c.arrayRef && c.formula !== undefined) shapes.set(c.row * 16_384 + c.col, arrayShape(hf, id, c));
      arrays.set(s.name, shapes);
    }
    return { sheets, arrays, unfaithful: findUnfaithful(hf, wb, constants, sheets) };
  } finally {
    hf.destroy();
  }
}
