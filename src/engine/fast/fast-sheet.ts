/**
 * Computing the formulas of one sheet the fast path reads (./parse-formula) without HyperFormula.
 *
 * Why: a province's table repeats the same few EDU formulas down tens of thousands of rows.
 * HyperFormula parses each of them, builds a dependency graph of every cell and sorts it before it
 * computes anything — two thirds of `fill`'s time at 10,000 schools, and gigabytes at 50,000. Here
 * each formula is read by a small parser (or recognised as the one above it filled down), its
 * references resolved to the cells it needs, and the core function called directly: the same
 * `callSpec` the HyperFormula plugin calls, through the same marshaller (src/domain/edu/marshal.ts),
 * fed exactly the values HyperFormula would feed it.
 *
 * A formula cell whose value depends on something this path does not compute (a formula it does
 * not recognise, an array formula's area) is left for HyperFormula, and so is everything that
 * depends on it. A cycle, or anything else unexpected, gives up on the whole workbook (`Unsupported`)
 * so that HyperFormula computes it all: the fast path may decline, it may never differ.
 */
import { MAX_COLS, parseRange } from '../../xlsx/refs';
import type { CellValue, SheetData } from '../../xlsx/types';
import { isShifted } from './formula-cursor';
import { parseFormula, type FastFormula } from './parse-formula';
import { Decline, evalFormula } from './eval-node';
import { ERROR_LITERALS } from '../excel/semantics/errors';
import type { Val } from '../excel/semantics/values';

/** A formula the fast path computes (./parse-formula). */
type Shape = FastFormula;

/** A computed value: HyperFormula's view of a cell (an error value is `{ error }`); see the rule book. */
export type { Val };
/** The error literals a cell holds as errors (the rule book's, ../excel/semantics/errors.ts). */
export { ERROR_LITERALS as HF_ERROR_LITERALS };

/** Thrown when the fast path must hand the whole workbook to HyperFormula. */
export class Unsupported extends Error {}

/** What the fast path computed in one sheet. */
export interface FastSheet {
  /** By index into sheet.cells: true for the formula cells computed here. */
  computed: Uint8Array;
  /** By index into sheet.cells: the computed values (where `computed`). */
  values: Val[];
  /** Indexes of the formula cells left for HyperFormula. */
  left: number[];
  /**
   * Blank cells the computed formulas read, as row × 16384 + col. Under HyperFormula they must
   * still be blank (a formula left to it could spill into them): the caller checks.
   */
  blankReads: number[];
}

/** Ranges larger than this (cells) are left to HyperFormula rather than walked cell by cell. */
const MAX_RANGE_CELLS = 2_000_000;

/**
 * An input cell as HyperFormula holds it (evaluate.ts gives it text as text, errors as literals).
 * @example
 * inputVal({ error: '#DIV/0!' }); // { error: '#DIV/0!' }
 * inputVal({ error: '#NULL!' });  // '#NULL!' (HyperFormula has no such error: it is text there)
 */
export function inputVal(v: CellValue): Val {
  if (v !== null && typeof v === 'object') return ERROR_LITERALS.has(v.error) ? { error: v.error } : v.error;
  // HyperFormula stores -0 as 0.
  return v === 0 ? 0 : v;
}

const NEW = 0;
const VISITING = 1;
const DONE = 2;
const LEFT = 3;

/**
 * Computes every recognised formula of a sheet whose inputs are values or other recognised
 * formulas. Throws Unsupported when HyperFormula must do the whole workbook.
 * @example
 * const r = computeSheet(sheet); // sheet: B2 = 500, C2 = 21, D2 = EDU.PER100(C2,B2)
 * r.values[2];                 // 4.2 (D2 is sheet.cells[2])
 */
export function computeSheet(sheet: SheetData): FastSheet {
  const cells = sheet.cells;
  const n = cells.length;
  // Cell index by row, then column: a few dozen columns per row, so plain arrays beat a Map.
  const index: number[][] = [];
  const at = (row: number, col: number): number | undefined => index[row]?.[col];
  const calls: (Shape | null)[] = new Array(n).fill(null);
  const state = new Uint8Array(n);
  // What each cell is, read once: the cells come in many shapes, and reading a property of each
  // again and again is what made this slow. 0 blank, 1 a value, 2 a formula.
  const kind = new Uint8Array(n);
  const covered = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    (index[c.row] ??= [])[c.col] = i;
    if (c.formula === undefined) {
      kind[i] = c.value === null ? 0 : 1;
      continue;
    }
    kind[i] = 2;
    // An array formula (and the area it fills) is HyperFormula's.
    if (c.arrayRef) {
      state[i] = LEFT;
      coverArray(c.arrayRef, c.row, c.col, covered);
    }
  }

  const values = new Array<Val>(n);
  const blankReads: number[] = [];
  // Depth-first over the dependencies with an explicit stack (a running total down 50,000 rows
  // would overflow the call stack); each cell keeps a cursor (argument, offset in its range).
  // A formula is read when first reached and forgotten once computed, so only the formulas on
  // the stack are held at any time — not a parsed copy of every formula of the sheet.
  const argAt = new Int32Array(n);
  const offAt = new Int32Array(n);
  const stack: number[] = [];

  // The last formula read in each column, and the row it was read at: the next formula down the
  // column is usually the same one filled down, recognised by `isShifted` without reading it again.
  // `shift[i]` is how many rows formula i is moved from the call it shares.
  const lastInCol = new Map<number, { call: Shape; row: number }>();
  const shift = new Int32Array(n);

  /** Reads formula `i` and puts it on the stack; false (and LEFT) when it is not ours. */
  const enter = (i: number): boolean => {
    const c = cells[i];
    const f = c.formula!;
    const last = lastInCol.get(c.col);
    let call: Shape | null = null;
    if (last && isShifted(last.call, f, c.row - last.row) && fitsBudget(last.call, c.row - last.row)) {
      call = last.call;
      shift[i] = c.row - last.row;
    } else {
      call = parseFormula(f);
      if (call && !fitsBudget(call)) call = null;
      if (call) lastInCol.set(c.col, { call, row: c.row });
    }
    if (!call) {
      state[i] = LEFT;
      return false;
    }
    calls[i] = call;
    state[i] = VISITING;
    stack.push(i);
    return true;
  };

  // The cell the cursor of `i` points at (depRow, depCol); false past the last argument.
  let depRow = 0;
  let depCol = 0;
  const dep = (i: number): boolean => {
    const args = calls[i]!.deps;
    for (;;) {
      const a = args[argAt[i]];
      if (!a) return false;
      if (a.kind === 'cell' && offAt[i] === 0) {
        depRow = a.rowAbs ? a.row : a.row + shift[i];
        depCol = a.col;
        return true;
      }
      if (a.kind === 'range') {
        const r1 = a.r1Abs ? a.r1 : a.r1 + shift[i];
        const r2 = a.r2Abs ? a.r2 : a.r2 + shift[i];
        const w = a.c2 - a.c1 + 1;
        const off = offAt[i];
        // A range whose ends moved past each other (A$9:A2 filled down) is empty here; the
        // formula is read afresh instead (isShifted only accepts rows that stay in the grid).
        if (r2 >= r1 && off < w * (r2 - r1 + 1)) {
          depRow = r1 + Math.floor(off / w);
          depCol = a.c1 + (off % w);
          return true;
        }
      }
      argAt[i]++;
      offAt[i] = 0;
    }
  };

  for (let root = 0; root < n; root++) {
    if (kind[root] !== 2 || state[root] !== NEW || !enter(root)) continue;
    while (stack.length) {
      const i = stack[stack.length - 1];
      let pushed = false;
      let left = false;
      for (; dep(i); offAt[i]++) {
        if (covered.size && covered.has(depRow * MAX_COLS + depCol)) {
          left = true;
          break;
        }
        const j = at(depRow, depCol);
        if (j === undefined || kind[j] !== 2) {
          if (j === undefined || kind[j] === 0) blankReads.push(depRow * MAX_COLS + depCol);
          continue;
        }
        if (state[j] === DONE) continue;
        // A cycle: HyperFormula reports it (#CYCLE!); let it do the whole workbook.
        if (state[j] === VISITING) throw new Unsupported('cycle');
        if (state[j] === NEW && enter(j)) {
          pushed = true;
          break;
        }
        left = true; // j is HyperFormula's
        break;
      }
      if (pushed) continue;
      stack.pop();
      if (left) state[i] = LEFT;
      else {
        try {
          values[i] = evalFormula(calls[i]!.node, { valueAt, dRow: shift[i] });
          state[i] = DONE;
        } catch (e) {
          // A case the fast evaluator does not model: this cell (and what reads it) is HyperFormula's.
          if (!(e instanceof Decline)) throw e;
          state[i] = LEFT;
        }
      }
      calls[i] = null;
    }
  }

  function valueAt(row: number, col: number): Val {
    const j = at(row, col);
    if (j === undefined) return null;
    return kind[j] === 2 ? values[j] : inputVal(cells[j].value);
  }

  const computed = new Uint8Array(n);
  const leftCells: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kind[i] !== 2) continue;
    if (state[i] === DONE) computed[i] = 1;
    else leftCells.push(i);
  }
  return { computed, values, left: leftCells, blankReads: leftCells.length ? blankReads : [] };
}

/** The call's ranges (moved by dRow) are the right way round and not too large to walk. */
function fitsBudget(call: Shape, dRow = 0): boolean {
  let total = 0;
  for (const a of call.deps) {
    if (a.kind !== 'range') continue;
    const r1 = a.r1Abs ? a.r1 : a.r1 + dRow;
    const r2 = a.r2Abs ? a.r2 : a.r2 + dRow;
    if (r2 < r1) return false;
    total += (r2 - r1 + 1) * (a.c2 - a.c1 + 1);
  }
  return total <= MAX_RANGE_CELLS;
}

function coverArray(ref: string, row: number, col: number, covered: Set<number>): void {
  const r = parseRange(ref);
  if (!r || (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > MAX_RANGE_CELLS) throw new Unsupported('array range');
  for (let y = r.r1; y <= r.r2; y++) for (let x = r.c1; x <= r.c2; x++) if (y !== row || x !== col) covered.add(y * MAX_COLS + x);
}
