/**
 * Computing a user's workbook headless. Two engines, one answer:
 * - the fast path (./fast) computes the formulas it can read — EDU calls, arithmetic, comparisons
 *   and the common built-ins (./fast/builtins), the columns a county table repeats for every
 *   school — with HyperFormula's semantics, calling the EDU core directly;
 * - HyperFormula, with the EDU plugin, computes everything else, with the fast path's results
 *   given to it as values. When the fast path computes every formula, HyperFormula is not even
 *   loaded.
 * Tests compare the two on the same workbooks (test/features/fill/fast-path.test.ts); `engine:
 * 'hyperformula'` forces the plain route.
 */
import type { CellValue, WorkbookData } from '../xlsx/types';
import { cellRef, MAX_COLS, parseRange } from '../xlsx/refs';
import { reported } from './excel/semantics/numbers';
import { writtenError } from './excel/semantics/errors';
import { computeSheet, inputVal, Unsupported, type FastSheet, type Val } from './fast/fast-sheet';
import { resolveStructuredRefs } from './structured-refs';
import type * as HfModule from './hf/hf-evaluate';

/** The computed workbook: per sheet, each formula cell's value (and each cell an array formula fills). */
export interface Evaluation {
  /** Per sheet, by A1 reference. Built from `keyed` when first read. */
  readonly values: Map<string, Map<string, CellValue>>;
  /** Per sheet, by row × 16384 + col (0-based): what the patcher takes, with no references to parse. */
  keyed: Map<string, Map<number, CellValue>>;
  /** Per sheet, every cell's value after computing (formula cells computed, others as read). */
  grids: Map<string, (string | number | boolean | null)[][]>;
  formulaCount: number;
  /** How many formulas the fast path computed (the rest went through HyperFormula). */
  fastCount: number;
  /**
   * Formula cells not computed faithfully (a function or reference the engine lacks, an external
   * link, a structured reference, or a cell depending on one): fill leaves them as Excel wrote
   * them, and they are not in `formulaCount`. `written` is true where there was no cached value,
   * so HyperFormula's error was written instead.
   */
  kept: KeptCell[];
  /** Of those, the cells on a circular reference, per sheet (A1 refs): fill's note names them apart. */
  cycles?: Map<string, string[]>;
}

/** A formula cell left with Excel's cached value, and why. */
export interface KeptCell {
  sheet: string;
  ref: string;
  why: string;
  written: boolean;
}

export interface EvaluateOptions {
  /** 'hyperformula' computes everything in HyperFormula (for comparison); default 'auto'. */
  engine?: 'auto' | 'hyperformula';
}

// Functions that look at a cell's formula rather than its value: with the fast path's results
// given to HyperFormula as plain values they would answer differently, so such a workbook is
// computed by HyperFormula alone.
const READS_FORMULAS = /\b(ISFORMULA|FORMULATEXT|CELL)\s*\(/i;

/**
 * Computes every formula of the workbook.
 * @example
 * const ev = evaluateWorkbook(readWorkbook(openXlsxFile('county.xlsx')));
 * ev.values.get('学校资源配置')?.get('K5'); // 4.2
 */
export function evaluateWorkbook(input: WorkbookData, opts: EvaluateOptions = {}): Evaluation {
  // Table1[Col] & co. become the A1 ranges they stand for, from the workbook's table parts.
  const wb = resolveStructuredRefs(input);
  const fast = opts.engine === 'hyperformula' ? null : computeFast(wb);
  if (fast && [...fast.values()].every((f) => f.left.length === 0)) return fromFast(wb, fast);
  return withHyperFormula(wb, fast);
}

/** The fast path over every worksheet, or null when HyperFormula must compute the whole workbook. */
function computeFast(wb: WorkbookData): Map<string, FastSheet> | null {
  const out = new Map<string, FastSheet>();
  try {
    for (const s of wb.sheets) if (s.kind === 'worksheet') out.set(s.name, computeSheet(s));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  for (const s of wb.sheets) {
    const f = out.get(s.name);
    if (f?.left.some((i) => READS_FORMULAS.test(s.cells[i].formula!))) return null;
  }
  return out;
}

/** A fast-path value as the patcher writes it (HyperFormula's cellValue, see hf-evaluate). */
function outValue(v: Val): CellValue {
  if (v === null) return '';
  if (typeof v === 'number') return reported(v);
  if (typeof v === 'object') return { error: writtenError(v.error) };
  return v;
}

/** A value as it appears in a grid (HyperFormula's getSheetValues through gridValue). */
function gridOf(v: Val): string | number | boolean | null {
  if (v !== null && typeof v === 'object') return v.error;
  return typeof v === 'number' ? reported(v) : v;
}

/** Every formula computed by the fast path: the grids are built from the cells, as HyperFormula would report them. */
function fromFast(wb: WorkbookData, fast: Map<string, FastSheet>): Evaluation {
  const keyed = new Map<string, Map<number, CellValue>>();
  const grids = new Map<string, (string | number | boolean | null)[][]>();
  let formulaCount = 0;
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const f = fast.get(s.name)!;
    const out = new Map<number, CellValue>();
    const grid: (string | number | boolean | null)[][] = [];
    const cells = s.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      let v: Val;
      if (f.computed[i]) {
        v = f.values[i];
        out.set(c.row * MAX_COLS + c.col, outValue(v));
        formulaCount++;
      } else {
        if (c.value === null) continue;
        v = inputVal(c.value);
      }
      // HyperFormula's getSheetValues leaves out the blanks at the end of a row.
      const g = gridOf(v);
      if (g === null) continue;
      const row = (grid[c.row] ??= []);
      while (row.length < c.col) row.push(null);
      row[c.col] = g;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    keyed.set(s.name, out);
    grids.set(s.name, grid);
  }
  return evaluation(keyed, grids, formulaCount, formulaCount);
}

/** An Evaluation whose `values` (by A1 reference) are made from `keyed` only if someone reads them. */
function evaluation(keyed: Map<string, Map<number, CellValue>>, grids: Evaluation['grids'], formulaCount: number, fastCount: number, kept: KeptCell[] = []): Evaluation {
  let values: Map<string, Map<string, CellValue>> | undefined;
  return {
    kept,
    keyed,
    grids,
    formulaCount,
    fastCount,
    get values() {
      values ??= new Map([...keyed].map(([name, m]) => [name, new Map([...m].map(([k, v]) => [cellRef(Math.floor(k / MAX_COLS), k % MAX_COLS), v]))]));
      return values;
    },
  };
}

/** HyperFormula computes what the fast path left (everything, when `fast` is null). */
function withHyperFormula(wb: WorkbookData, fast: Map<string, FastSheet> | null): Evaluation {
  // Loaded here, not at the top: see hf-evaluate.ts.
  const hfm = require('./hf/hf-evaluate') as typeof HfModule;
  const hf = hfm.hfSheetValues(wb, fast ?? undefined);
  // A formula left to HyperFormula may have spilled into a blank the fast path read as blank: then
  // the fast results may be wrong, and HyperFormula computes everything.
  if (fast) {
    for (const [name, f] of fast) {
      const sheet = hf.sheets.get(name)!;
      for (const key of f.blankReads) {
        const v = sheet[Math.floor(key / MAX_COLS)]?.[key % MAX_COLS];
        if (v !== null && v !== undefined) return withHyperFormula(wb, null);
      }
    }
  }
  const keyed = new Map<string, Map<number, CellValue>>();
  const grids = new Map<string, (string | number | boolean | null)[][]>();
  let formulaCount = 0;
  let fastCount = 0;
  const cycles = new Map<string, string[]>();
  const noCycles = hfm.cycleLiteral(wb);
  const kept: KeptCell[] = [];
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet') continue;
    const raw = hf.sheets.get(s.name)!;
    const unfaithful = hf.unfaithful.get(s.name);
    const out = new Map<number, CellValue>();
    const at = (row: number, col: number) => hfm.cellValue(raw[row]?.[col] ?? null);
    const fixed = fast?.get(s.name);
    const cycle = noCycles ? new Set<number>() : hfm.cycleCells(s, raw);
    s.cells.forEach((c, i) => {
      if (c.formula === undefined) return;
      formulaCount++;
      if (fixed?.computed[i]) {
        fastCount++;
        out.set(c.row * MAX_COLS + c.col, outValue(fixed.values[i]));
        return;
      }
      const onCycle = cycle.has(c.row * MAX_COLS + c.col);
      // A circular reference keeps what Excel saved (see keep-cached.ts), as does a formula the
      // engine cannot compute faithfully (see hf-evaluate.ts).
      const why = onCycle ? WHY_CYCLE : unfaithful?.get(i);
      if (onCycle) cycles.set(s.name, [...(cycles.get(s.name) ?? []), c.ref]);
      if (why !== undefined) {
        // Not in `out`: the patcher leaves the cell exactly as Excel wrote it (with valuesOnly, its
        // cached value), and check reads Excel's value. Only with no cached value is the engine's
        // error written, and the reason reported.
        formulaCount--;
        const written = c.value === null;
        kept.push({ sheet: s.name, ref: c.ref, why, written });
        if (written) out.set(c.row * MAX_COLS + c.col, at(c.row, c.col));
        else {
          while (raw.length <= c.row) raw.push([]);
          const row = raw[c.row];
          while (row.length < c.col) row.push(null);
          // Grids hold errors as their text, as gridValue gives HyperFormula's.
          row[c.col] = typeof c.value === 'object' && c.value !== null ? c.value.error : c.value;
        }
        return;
      }
      out.set(c.row * MAX_COLS + c.col, at(c.row, c.col));
      if (c.arrayRef) {
        // As Excel fills a legacy array formula's range: one value in every cell, one row in every
        // row, one column in every column; past the array's size, #N/A.
        const r = parseRange(c.arrayRef);
        const { h, w } = hf.arrays.get(s.name)?.get(c.row * MAX_COLS + c.col) ?? { h: 1, w: 1 };
        // Every value is read before any is written back: the grid below is HyperFormula's own
        // array (`raw`), and an error written there as its text would be read back as text.
        const fills: [number, number, CellValue][] = [];
        if (r) for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) {
          if (row === c.row && col === c.col) continue;
          const dr = h === 1 ? 0 : row - r.r1;
          const dc = w === 1 ? 0 : col - r.c1;
          const v: CellValue = dr >= h || dc >= w ? { error: '#N/A' } : at(r.r1 + dr, r.c1 + dc);
          out.set(row * MAX_COLS + col, v);
          fills.push([row, col, v]);
        }
        for (const [row, col, v] of fills) {
          // The grid (what check reads) shows the range as Excel does, too.
          const line = (raw[row] ??= []);
          while (line.length < col) line.push(null);
          line[col] = typeof v === 'object' && v !== null ? v.error : v;
        }
      }
    });
    keyed.set(s.name, out);
    grids.set(s.name, raw.map((r) => r.map(hfm.gridValue)));
  }
  const ev = evaluation(keyed, grids, formulaCount, fastCount, kept);
  if (cycles.size) ev.cycles = cycles;
  return ev;
}

const WHY_CYCLE = '循环引用 / a circular reference';
