/**
 * Runs one conformance row through each adapter and reports the outcome in one shape, so the two
 * can be compared exactly: a value (number, text, boolean, matrix) or an error code with message.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import * as excel from '../../src/hosts/excel/functions';
import { createEngine } from '../../src/engine/hf/engine';
import { specOf } from '../../src/domain/edu/table';
import type { Case, CaseArg, Scalar } from './case';

export type Outcome = { value: unknown } | { error: string; message: string };

/** Trailing omitted arguments are not written at all (`EDU.F(a)` rather than `EDU.F(a,)`). */
function trimmed(args: CaseArg[]): CaseArg[] {
  const a = [...args];
  while (a.length && a[a.length - 1] === undefined) a.pop();
  return a;
}

/**
 * Through the Excel adapter, as Excel calls a custom function: an omitted argument is null, a blank
 * cell in a range is "" (what the runtime hands over), a range is any[][].
 */
export function runExcel(c: Case): Outcome {
  const fn = (excel as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn.toLowerCase()];
  const args = trimmed(c.args).map((a) => (Array.isArray(a) ? a.map((r) => r.map((x) => (x === null ? '' : x))) : a ?? null));
  try {
    return { value: fn(...args) };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (!err.code) throw e; // not a CustomFunctions.Error: a crash, which the test must see
    return { error: err.code, message: err.message ?? '' };
  }
}

function literal(x: Scalar): string {
  if (x === undefined) return '';
  if (typeof x === 'number') return String(x);
  if (typeof x === 'boolean') return x ? 'TRUE()' : 'FALSE()';
  if (typeof x === 'string') return `"${x.replace(/"/g, '""')}"`;
  throw new Error('null is placed in a cell, not written as a literal');
}

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's raw content for HyperFormula: text is forced to stay text (no "85%" → 0.85 parsing). */
function cell(x: Scalar): RawCellContent {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string') return `'${x}`;
  return x;
}

/** The formula a row becomes in a workbook, with its range arguments placed on a Data sheet. */
export function toWorkbook(c: Case): { formula: string; data: RawCellContent[][] } {
  const data: RawCellContent[][] = [];
  let nextCol = 0;
  const put = (m: Scalar[][]): string => {
    const c0 = nextCol;
    m.forEach((r, i) => {
      r.forEach((x, j) => {
        (data[i] ??= [])[c0 + j] = cell(x);
      });
    });
    nextCol += Math.max(1, ...m.map((r) => r.length)) + 1;
    const w = Math.max(1, ...m.map((r) => r.length));
    return `Data!$${colName(c0)}$1:$${colName(c0 + w - 1)}$${m.length}`;
  };
  const parts = trimmed(c.args).map((a) => {
    if (Array.isArray(a)) return put(a);
    if (a === null) return put([[null]]).replace(/:.*$/, ''); // a blank cell reference
    // HyperFormula's string literals take backslash escapes and no doubled quotes; such text goes
    // in a cell instead, which is how it reaches a function in a real workbook anyway.
    if (typeof a === 'string' && /["\\]/.test(a)) return put([[a]]).replace(/:.*$/, '');
    return literal(a);
  });
  for (let i = 0; i < data.length; i++) data[i] ??= [];
  return { formula: `=EDU.${c.fn}(${parts.join(',')})`, data };
}

/**
 * Through HyperFormula, as a formula in a workbook. The Data sheet comes first, as input cells
 * usually stand before the formulas that read them: HyperFormula sizes a spill from them at parse time.
 */
export function runHF(c: Case): Outcome {
  const { formula, data } = toWorkbook(c);
  const hf = createEngine({ Data: data.length ? data : [[]], Sheet1: [[formula]] });
  try {
    return readOutcome(hf, hf.getSheetId('Sheet1')!, c.fn);
  } finally {
    hf.destroy();
  }
}

/**
 * The outcome of the formula in A1 of `sheet` (a value, a spilled matrix, or an error), for EDU
 * function `fn`. Shared with the fuzz test's batches (test/property/batch-hf.ts).
 */
export function readOutcome(hf: HyperFormula, sheet: number, fn: string): Outcome {
  const v = hf.getCellValue({ sheet, row: 0, col: 0 });
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? '' };
  const dims = hf.getSheetDimensions(sheet);
  if (dims.height > 1 || dims.width > 1) {
    const m = hf.getSheetValues(sheet);
    return { value: m.map((r) => r.map((x) => (x === null ? '' : x))) };
  }
  // A matrix function's 1 × 1 spill reads back from HyperFormula as its one value; Excel hands
  // the custom function's [[x]] over as is.
  if (specOf(fn)?.result === 'matrix') return { value: [[v]] };
  return { value: v };
}
