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
 * Relative epsilon: 9/1000*100 >= 0.9 is TRUE and 0.1+0.2-0.3 is 0, as in Excel and LibreOffice
 * (HyperFormula's `precisionEpsilon`).
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
 * HyperFormula's floatCmp: −1, 0 or 1, equal within EPSILON.
 * @example
 * floatCmp((9 / 1000) * 100, 0.9); // 0
 */
export function floatCmp(left: number, right: number): number {
  const mod = 1 + EPSILON;
  if (right >= 0 && left * mod >= right && left <= right * mod) return 0;
  if (right <= 0 && left * mod <= right && left >= right * mod) return 0;
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
