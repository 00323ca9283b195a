/**
 * Excel's arithmetic as both routes compute it: the relative epsilon under which a sum cancels and
 * two numbers compare equal, and the 15 significant digits results are reported at. HyperFormula
 * is configured from these (../../hf/engine.ts, `precisionEpsilon`, `precisionRounding`); the fast
 * path computes with them. test/engine/rule-book.test.ts checks the epsilon is HyperFormula's own
 * default and names the departures: results keep Excel's 15 significant digits where HyperFormula's
 * default keeps 11, found at the right power of ten (see `reported`). Why not read them from HyperFormula at run
 * time: loading it costs a fifth of a second that `fill` does not pay when the fast path computes
 * everything (../../evaluate.ts).
 */
import { PRECISION_DIGITS, roundResult } from '../../../domain/core/precision';
import { isErr, type Err } from './values';

/**
 * Relative epsilon under which a sum or difference cancels to 0: 0.1+0.2-0.3 is 0, as in Excel
 * and LibreOffice (HyperFormula's `precisionEpsilon`; comparisons use COMPARE_EPSILON).
 */
export const EPSILON = 1e-13;

/** Digits after the first significant one that results keep (HyperFormula's `precisionRounding`). */
export { PRECISION_DIGITS };

/**
 * A number as it is reported: 15 significant digits (../../../domain/core/precision.ts, the one
 * rounding every route uses — the EDU functions, the fast path, and HyperFormula, whose exporter
 * ../../hf/engine.ts points at it because its own takes 999999.999999999 for 1000000).
 * @example
 * reported((9 / 1000) * 100); // 0.9
 * reported(42);               // 42
 */
export const reported: (v: number) => number = roundResult;

/**
 * HyperFormula's addWithEpsilonRaw: a sum within EPSILON of cancelling is 0.
 * @example
 * addEps(0.1 + 0.2, -0.3); // 0
 */
export function addEps(a: number, b: number): number {
  const r = a + b;
  return Math.abs(r) < EPSILON * Math.abs(a) ? 0 : r;
}

/**
 * The same for a difference.
 * @example
 * subEps(0.3, 0.1 + 0.2); // 0
 */
export function subEps(a: number, b: number): number {
  const r = a - b;
  return Math.abs(r) < EPSILON * Math.abs(a) ? 0 : r;
}

/**
 * The relative tolerance under which two numbers compare equal: 2^-48, LibreOffice's
 * rtl::math::approxEqual — about 14.5 significant digits, inside the 15 Excel keeps (Microsoft,
 * "Floating-point arithmetic may give inaccurate results in Excel": 15 digits of precision).
 * HyperFormula's 1e-13 (13 digits) called 1.11111111111111 and 1.1111111111111 equal; Excel saved
 * FALSE for =1.11111111111111=1.1111111111111 (POI's FormulaEvalTestData_Copy.xlsx, F35), and
 * LibreOffice agrees. The last bits of one operation still compare equal: 9/1000*100 = 0.9
 * (0.8999999999999999, 1.2e-16 apart) and 0.1+0.2 = 0.3. A departure from HyperFormula's default,
 * named in test/engine/rule-book.test.ts; sums still cancel under EPSILON (`addEps`).
 */
export const COMPARE_EPSILON = 2 ** -48;

/**
 * Comparison of two numbers: −1, 0 or 1, equal within COMPARE_EPSILON of both (approxEqual);
 * HyperFormula's floatCmp is given this one (../../hf/excel-coercion.ts).
 * @example
 * floatCmp((9 / 1000) * 100, 0.9);             // 0
 * floatCmp(1.11111111111111, 1.1111111111111); // 1
 */
export function floatCmp(left: number, right: number): number {
  if (left === right) return 0;
  const d = Math.abs(left - right);
  if (d < Math.abs(left) * COMPARE_EPSILON && d < Math.abs(right) * COMPARE_EPSILON) return 0;
  return left > right ? 1 : -1;
}

/**
 * A number result as the engine leaves it: NaN and ±Infinity are #NUM!, −0 is 0.
 * @example
 * finite(1 / 0); // { error: '#NUM!' }
 */
export function finite(x: number): number | Err {
  if (!Number.isFinite(x)) return { error: '#NUM!' };
  return x === 0 ? 0 : x;
}

export { isErr };
