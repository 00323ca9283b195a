/**
 * The built-ins whose rules are written here once, for both routes: the fast path calls `fn` with
 * the values it computed (../../fast/builtins.ts), and the HyperFormula override plugin is
 * generated from this table (../../hf/excel-plugin.ts) — a name here replaces HyperFormula's own.
 * A fix to Excel's behaviour is one edit of a row below. Each row cites Microsoft's documentation
 * where HyperFormula departs from it, and has conformance rows (test/conformance/builtins.ts).
 *
 * Arguments arrive as values: a range (or an array expression) as a Matrix, anything else as its
 * value. What both routes have done before `fn` runs: the argument count is checked, and every
 * argument is computed in order.
 */
import { finite } from './numbers';
import { isErr, Matrix, type Val } from './values';

/** One rule-book function. */
export interface RuleFunction {
  /** Excel's name (upper case). */
  name: string;
  /** Every argument may be a range ('range': a single value arrives as a 1 × 1 one) or any value ('any'). */
  param: 'any' | 'range';
  min: number;
  max: number;
  /** The result from the arguments' values. */
  fn: (args: (Val | Matrix)[]) => Val;
}

const VALUE = { error: '#VALUE!' };

/**
 * AND / OR as Excel computes them (Microsoft, "AND function": "If an array or reference argument
 * contains text or empty cells, those values are ignored"; "If the specified range contains no
 * logical values, AND returns the #VALUE! error value"). In a range only numbers and logicals count
 * (AND(A1:A3) over 1, blank, "x" is TRUE — HyperFormula says FALSE); a value given directly is
 * coerced ("TRUE" is TRUE, other text #VALUE!); an error is passed on, a direct one first.
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

const MANY = 255;

/** The table: by name. */
export const RULE_FUNCTIONS: readonly RuleFunction[] = [
  { name: 'AND', param: 'any', min: 1, max: MANY, fn: (args) => logical(args, true) },
  { name: 'OR', param: 'any', min: 1, max: MANY, fn: (args) => logical(args, false) },
  { name: 'SUMPRODUCT', param: 'range', min: 1, max: MANY, fn: sumproduct },
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
