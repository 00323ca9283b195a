/**
 * The built-ins whose rules are written here once, for both routes: the fast path calls `fn` with
 * the values it computed (../../fast/builtins.ts), and the HyperFormula override plugin is
 * generated from this table (../../hf/excel-plugin.ts) — a name here replaces HyperFormula's own.
 * A fix to Excel's behaviour is one edit of a row below. Each row cites Microsoft's documentation
 * where HyperFormula departs from it, and has conformance rows (test/conformance/builtins.ts).
 *
 * Arguments arrive as values: a range (or an array expression) as a Matrix, anything else as its
 * value (a one-cell reference too, unless the row asks `refAsRange`). What both routes have done before `fn` runs: the argument count is checked, and every
 * argument is computed in order.
 */
import { addEps, finite } from './numbers';
import { criterion, type Criterion } from './criteria';
import { NotModelled, toNumber } from './coercion';
import { isErr, Matrix, type Err, type Val } from './values';

/** One rule-book function. */
export interface RuleFunction {
  /** Excel's name (upper case). */
  name: string;
  /** Every argument may be a range ('range': a single value arrives as a 1 × 1 one) or any value ('any'). */
  param: 'any' | 'range';
  min: number;
  max: number;
  /**
   * A cell reference (or a one-cell range) argument arrives as a 1 × 1 Matrix, so the rule can tell
   * it from a value given directly (AND / OR ignore text in a reference, one cell included).
   */
  refAsRange?: boolean;
  /** The result from the arguments' values. */
  fn: (args: (Val | Matrix)[]) => Val;
}

const VALUE = { error: '#VALUE!' };

/**
 * The result of a case the rule book does not cover (a criterion it does not read, SUMIF's sum
 * range of another size, an array of criteria): not a value. The fast path leaves the cell to
 * HyperFormula, and HyperFormula's route reports it as not computed faithfully, so the cell keeps
 * the value Excel saved and fill says so (src/engine/hf/hf-evaluate.ts).
 */
export const UNMODELLED: Err = Object.freeze({ error: '#NAME?' });

/** How UNMODELLED reads as an error message (Chinese / English). */
export const UNMODELLED_MESSAGE = '规则库未覆盖此情形 / a case the rule book does not cover';

/**
 * AND / OR as Excel computes them (Microsoft, "AND function": "If an array or reference argument
 * contains text or empty cells, those values are ignored"; "If the specified range contains no
 * logical values, AND returns the #VALUE! error value"). In a range or a reference — a single-cell
 * reference included (`refAsRange`) — only numbers and logicals count (AND(A1:A3) over 1, blank,
 * "x" is TRUE — HyperFormula says FALSE; OR(B7:B9,E8) with E8 "nospaces" is TRUE in POI's
 * FormulaEvalTestData_Copy.xlsx as Excel saved it); a value given directly is coerced ("TRUE" is
 * TRUE, other text #VALUE!); an error is passed on, a direct one first.
 * @example
 * logical([new Matrix(3, 1, [1, null, 'x'])], true); // true
 * logical(['maybe'], false);                         // { error: '#VALUE!' }
 */
export function logical(args: (Val | Matrix)[], isAnd: boolean): Val {
  for (const v of args) if (!(v instanceof Matrix) && isErr(v)) return v;
  let seen = 0;
  let result = isAnd;
  for (const v of args) {
    const fromRange = v instanceof Matrix;
    for (const x of fromRange ? v.v : [v]) {
      if (isErr(x)) return x;
      let b: boolean | undefined;
      if (typeof x === 'boolean') b = x;
      else if (typeof x === 'number') b = x !== 0;
      else if (typeof x === 'string' && !fromRange) {
        const t = x.trim().toUpperCase();
        if (t === 'TRUE' || t === 'FALSE') b = t === 'TRUE';
        else return VALUE;
      }
      if (b === undefined) continue;
      seen++;
      result = isAnd ? result && b : result || b;
    }
  }
  return seen ? result : VALUE;
}

/**
 * SUMPRODUCT as Excel computes it. Microsoft (WorksheetFunction.SumProduct and the "SUMPRODUCT
 * function" page): "The array arguments must have the same dimensions. If they do not, SUMPRODUCT
 * returns the #VALUE! error value" and "SUMPRODUCT treats array entries that are not numeric as if
 * they were zeros." So a number typed as text ("5", " 4") and a logical are 0 — HyperFormula
 * coerces them (SUMPRODUCT over "5", 3, " 4" by 1, 1, 1 gave 12 in fill; Excel and LibreOffice
 * give 3). Arithmetic inside the arguments still coerces: SUMPRODUCT(--A1:A3) is 12.
 * Row by row, each element through every argument in order: the first error met is the result.
 * @example
 * sumproduct([new Matrix(3, 1, ['5', 3, ' 4']), new Matrix(3, 1, [1, 1, 1])]); // 3
 */
export function sumproduct(args: (Val | Matrix)[]): Val {
  const arrays: Matrix[] = [];
  for (const a of args) {
    if (!(a instanceof Matrix) && isErr(a)) return a;
    arrays.push(a instanceof Matrix ? a : new Matrix(1, 1, [a]));
  }
  const { h, w } = arrays[0];
  for (const m of arrays) if (m.h !== h || m.w !== w) return VALUE;
  let ret = 0;
  for (let k = 0; k < h * w; k++) {
    let acc = 1;
    for (const m of arrays) {
      const v = m.v[k];
      if (isErr(v)) return v;
      acc = typeof v === 'number' ? acc * v : 0;
    }
    ret += acc;
  }
  return finite(ret);
}

/**
 * PRODUCT as Excel computes it (Microsoft, "PRODUCT function": "If an argument is an array or
 * reference, only numbers in the array or reference are multiplied. Empty cells, logical values,
 * and text in the array or reference are ignored"). With no number at all Excel gives 0, not the
 * empty product 1 HyperFormula gives: PRODUCT(E8:E9) over two texts and PRODUCT(D7:D10) over
 * blanks are 0 in POI's FormulaEvalTestData_Copy.xlsx as Excel saved it (AGGREGATE's PRODUCT,
 * function 6, is 0 so too). A value given directly is made a number (`toNumber`: "2" is 2, "x"
 * #VALUE!); a reading not written there is UNMODELLED. The first error met is the result.
 * @example
 * product([new Matrix(2, 1, ['x', null])]); // 0: no number
 * product([new Matrix(2, 1, [2, 'x']), '3']); // 6
 */
export function product(args: (Val | Matrix)[]): Val {
  let acc = 1;
  let seen = 0;
  for (const a of args) {
    if (a instanceof Matrix) {
      for (const x of a.v) {
        if (isErr(x)) return x;
        if (typeof x !== 'number') continue;
        acc *= x;
        seen++;
      }
      continue;
    }
    let x: number | Err;
    try {
      x = toNumber(a);
    } catch (e) {
      if (e instanceof NotModelled) return UNMODELLED;
      throw e;
    }
    if (isErr(x)) return x;
    acc *= x;
    seen++;
  }
  return seen ? finite(acc) : 0;
}

/**
 * LARGE / SMALL(array, k) as Excel computes them: the numbers of a range or reference (text,
 * logicals and blanks ignored, the first error the result), while a value given directly is made a
 * number — LARGE(TRUE,1) is 1 in POI's FormulaEvalTestData_Copy.xlsx as Excel saved it;
 * HyperFormula made TRUE a one-cell range with no number (#NUM!). k is truncated (as HyperFormula
 * does); Microsoft, LARGE: "If k ≤ 0 or if k is greater than the number of data points, LARGE
 * returns the #NUM! error value."
 * @example
 * kth([true, 1], true);                           // 1
 * kth([new Matrix(3, 1, [5, 'x', 9]), 2], false); // 9: the second smallest of 5 and 9
 */
export function kth(args: (Val | Matrix)[], largest: boolean): Val {
  const e = firstError(args);
  if (e) return e;
  const xs: number[] = [];
  const [data, kArg] = args;
  if (data instanceof Matrix) {
    for (const x of data.v) {
      if (isErr(x)) return x;
      if (typeof x === 'number') xs.push(x);
    }
  } else {
    const x = number(data);
    if (typeof x !== 'number') return x;
    xs.push(x);
  }
  if (kArg instanceof Matrix) return UNMODELLED; // an array of k: one result each, not written here
  const kx = number(kArg);
  if (typeof kx !== 'number') return kx;
  const k = Math.trunc(kx);
  if (k < 1 || k > xs.length) return { error: '#NUM!' };
  xs.sort((a, b) => a - b);
  return largest ? xs[xs.length - k] : xs[k - 1];
}

/** A value given directly as a number (`toNumber`), UNMODELLED for a reading not written there. */
function number(v: Val): number | Err {
  try {
    return toNumber(v);
  } catch (e) {
    if (e instanceof NotModelled) return UNMODELLED;
    throw e;
  }
}

/**
 * CHOOSE's index_num: truncated, then 1 … count, else #VALUE! (Microsoft, "CHOOSE function": "If
 * index_num is a fraction, it is truncated to the lowest integer before being used" and "If
 * index_num is less than 1 or greater than the number of the last value in the list, CHOOSE
 * returns the #VALUE! error value"). HyperFormula took 1.9 for no integer (#NUM!) and gave #NUM!
 * past the list; Excel saved 5 for CHOOSE(1.9,5,6) in POI's FormulaEvalTestData_Copy.xlsx.
 * @example
 * chooseIndex(1.9, 2); // 1
 * chooseIndex(3, 2);   // { error: '#VALUE!' }
 */
export function chooseIndex(x: number, count: number): number | Err {
  const i = Math.trunc(x);
  return i < 1 || i > count ? VALUE : i;
}

/**
 * SUBSTITUTE(text, old_text, new_text, [instance_num]) as Excel computes it (Microsoft,
 * "SUBSTITUTE function": "If you specify instance_num, only that instance of old_text is replaced.
 * Otherwise, every occurrence"). instance_num is truncated (SUBSTITUTE("teststr","t","T",1.9) is
 * "Teststr"), below 1 #VALUE!; an empty old_text replaces nothing (the text comes back unchanged) —
 * both as Excel saved them in POI's FormulaEvalTestData_Copy.xlsx, where HyperFormula gave
 * "teststr" and "!testblankmatch". Occurrences are counted without overlapping, left to right.
 * @example
 * substitute('teststr', 't', 'T', 1.9); // 'Teststr'
 * substitute('abc', '', '!');           // 'abc'
 */
export function substitute(text: string, old: string, replacement: string, instance?: number): string | Err {
  if (instance !== undefined && Math.trunc(instance) < 1) return VALUE;
  if (old === '') return text;
  if (instance === undefined) return text.split(old).join(replacement);
  const n = Math.trunc(instance);
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(old, at < 0 ? 0 : at + old.length);
    if (at < 0) return text;
  }
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}

/** An argument as a range: a single value (a one-cell range arrives so) is 1 × 1. */
function grid(a: Val | Matrix): Matrix {
  return a instanceof Matrix ? a : new Matrix(1, 1, [a]);
}

/** The first argument that is itself an error value (HyperFormula's runFunction returns it first). */
function firstError(args: (Val | Matrix)[]): Err | undefined {
  for (const a of args) if (!(a instanceof Matrix) && isErr(a)) return a;
  return undefined;
}

/** A criterion argument's test; undefined when it is not written here (an array of criteria included). */
function test(c: Val | Matrix): Criterion | undefined {
  return c instanceof Matrix ? undefined : criterion(c);
}

/**
 * The cells where every (range, criterion) pair matches, by index (row by row); #VALUE! when the
 * ranges differ in size (Microsoft, COUNTIFS: "Each additional range must have the same number of
 * rows and columns as the criteria_range1 argument"); UNMODELLED for a criterion not written here.
 */
function matching(pairs: [Val | Matrix, Val | Matrix][], h: number, w: number): boolean[] | Err {
  const tests: [Matrix, Criterion][] = [];
  for (const [r, c] of pairs) {
    const m = grid(r);
    if (m.h !== h || m.w !== w) return VALUE;
    const t = test(c);
    if (!t) return UNMODELLED;
    tests.push([m, t]);
  }
  const out: boolean[] = new Array(h * w);
  for (let k = 0; k < h * w; k++) out[k] = tests.every(([m, t]) => t(m.v[k]));
  return out;
}

/** The matched numbers of `values` added (text, logicals and blanks add nothing), and how many; the first matched error. */
function sumMatched(values: Matrix, hit: boolean[]): [number, number] | Err {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < hit.length; k++) {
    if (!hit[k]) continue;
    const v = values.v[k];
    if (isErr(v)) return v;
    if (typeof v === 'number') {
      sum = addEps(sum, v);
      n++;
    }
  }
  return [sum, n];
}

/**
 * COUNTIF / COUNTIFS: the cells meeting every criterion (see ./criteria.ts for how a criterion reads).
 * @example
 * countIfs([new Matrix(3, 1, ['5', 5, '小学']), '5']); // 2: the text "5" and the number 5
 */
export function countIfs(args: (Val | Matrix)[]): Val {
  const e = firstError(args);
  if (e) return e;
  if (args.length % 2) return { error: '#N/A' };
  const first = grid(args[0]);
  const pairs: [Val | Matrix, Val | Matrix][] = [];
  for (let k = 0; k < args.length; k += 2) pairs.push([args[k], args[k + 1]]);
  const hit = matching(pairs, first.h, first.w);
  return isErr(hit) ? hit : hit.filter(Boolean).length;
}

/**
 * SUMIF(range, criterion, [sum_range]) and AVERAGEIF: the numbers of sum_range (or range) where
 * range meets the criterion. Excel resizes a sum_range of another size to the range's shape
 * (Microsoft, SUMIF: "the sum_range argument does not have to be the same size and shape as the
 * range argument"); HyperFormula gives #VALUE! — not written here, so UNMODELLED.
 * @example
 * sumIf([new Matrix(2, 1, ['小学', '初中']), '小学', new Matrix(2, 1, [100, 200])], false); // 100
 */
export function sumIf(args: (Val | Matrix)[], average: boolean): Val {
  const e = firstError(args);
  if (e) return e;
  const range = grid(args[0]);
  const values = args.length > 2 ? grid(args[2]) : range;
  if (values.h !== range.h || values.w !== range.w) return UNMODELLED;
  const hit = matching([[range, args[1]]], range.h, range.w);
  if (isErr(hit)) return hit;
  return total(values, hit, average);
}

/**
 * SUMIFS(sum_range, range1, criterion1, …) and AVERAGEIFS: every range the sum_range's size.
 * @example
 * sumIfs([new Matrix(2, 1, [100, 200]), new Matrix(2, 1, ['小学', '初中']), '初中'], false); // 200
 */
export function sumIfs(args: (Val | Matrix)[], average: boolean): Val {
  const e = firstError(args);
  if (e) return e;
  if (args.length < 3 || args.length % 2 === 0) return { error: '#N/A' };
  const values = grid(args[0]);
  const pairs: [Val | Matrix, Val | Matrix][] = [];
  for (let k = 1; k < args.length; k += 2) pairs.push([args[k], args[k + 1]]);
  const hit = matching(pairs, values.h, values.w);
  if (isErr(hit)) return hit;
  return total(values, hit, average);
}

function total(values: Matrix, hit: boolean[], average: boolean): Val {
  const r = sumMatched(values, hit);
  if (isErr(r)) return r;
  if (!average) return finite(r[0]);
  return r[1] ? finite(r[0] / r[1]) : { error: '#DIV/0!' };
}

const MANY = 255;

/** The table: by name. */
export const RULE_FUNCTIONS: readonly RuleFunction[] = [
  { name: 'AND', param: 'any', min: 1, max: MANY, refAsRange: true, fn: (args) => logical(args, true) },
  { name: 'OR', param: 'any', min: 1, max: MANY, refAsRange: true, fn: (args) => logical(args, false) },
  { name: 'LARGE', param: 'any', min: 2, max: 2, refAsRange: true, fn: (args) => kth(args, true) },
  { name: 'SMALL', param: 'any', min: 2, max: 2, refAsRange: true, fn: (args) => kth(args, false) },
  { name: 'PRODUCT', param: 'any', min: 1, max: MANY, refAsRange: true, fn: product },
  { name: 'SUMPRODUCT', param: 'range', min: 1, max: MANY, fn: sumproduct },
  { name: 'COUNTIF', param: 'any', min: 2, max: 2, fn: countIfs },
  { name: 'COUNTIFS', param: 'any', min: 2, max: MANY, fn: countIfs },
  { name: 'SUMIF', param: 'any', min: 2, max: 3, fn: (args) => sumIf(args, false) },
  { name: 'AVERAGEIF', param: 'any', min: 2, max: 3, fn: (args) => sumIf(args, true) },
  { name: 'SUMIFS', param: 'any', min: 3, max: MANY, fn: (args) => sumIfs(args, false) },
  { name: 'AVERAGEIFS', param: 'any', min: 3, max: MANY, fn: (args) => sumIfs(args, true) },
];

/**
 * A rule-book function by name.
 * @example
 * ruleFunction('SUMPRODUCT')?.param; // 'range'
 */
export function ruleFunction(name: string): RuleFunction | undefined {
  return BY_NAME.get(name);
}
const BY_NAME = new Map(RULE_FUNCTIONS.map((f) => [f.name, f]));
