/**
 * Excel's rounding family on the number Excel itself sees. Excel keeps a result to 15 significant
 * digits before ROUND, ROUNDUP, INT and their kin act on it, and rounds in decimal: 0.29*100 is
 * 28.999999999999996 in binary but 29 in Excel, so INT(0.29*100) is 29 there (HyperFormula, which
 * floors the binary value, says 28). Everything here first takes the value to 15 significant digits
 * (`snap15`), then moves the decimal point by text (`shift`), never by multiplying by 10^n, which is
 * what loses ROUND(1.005,2) = 1.01 (1.005 * 100 is 100.49999999999999).
 * Pure: no Office, HyperFormula or Node imports.
 */

/**
 * The value at 15 significant digits, as Excel holds a result.
 * @example
 * snap15(0.29 * 100); // 29 (the product is 28.999999999999996)
 * snap15(1 / 3);      // 0.333333333333333
 */
export function snap15(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(15));
}

/** x × 10^n done in decimal text, exact for the ≤ 17 digits a double prints with. */
function shift(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || n === 0) return x;
  const [m, e] = x.toExponential().split('e');
  return Number(`${m}e${Number(e) + n}`);
}

type Direction = 'half' | 'up' | 'down';

/**
 * Excel's ROUND ('half': half away from zero), ROUNDUP ('up': away from zero) and ROUNDDOWN /
 * TRUNC ('down': toward zero) of x to `places` decimals (negative places round left of the point).
 * @example
 * roundExcel(1.005, 2, 'half');     // 1.01
 * roundExcel(0.1 * 3 * 10, 0, 'up'); // 3 (the product is 3.0000000000000004)
 * roundExcel(0.29 * 100, 0, 'down'); // 29
 * roundExcel(21.9 / 0.2, 0, 'half'); // 110 (the quotient is 109.49999999999999)
 * roundExcel(1234, -2, 'half');      // 1200
 */
export function roundExcel(x: number, places: number, direction: Direction): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Excel truncates a fractional number of places: ROUND(2.567, 1.9) = 2.6.
  const n = Math.trunc(places);
  const sign = x < 0 ? -1 : 1;
  const scaled = shift(snap15(Math.abs(x)), n);
  const whole = direction === 'half' ? Math.floor(scaled + 0.5) : direction === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  const r = sign * shift(whole, -n);
  return r === 0 ? 0 : r;
}

/**
 * Excel's INT: the largest integer ≤ the 15-digit value.
 * @example
 * intExcel(0.29 * 100); // 29
 * intExcel(-2.5);       // -3
 */
export function intExcel(x: number): number {
  const r = Math.floor(snap15(x));
  return r === 0 ? 0 : r;
}

/**
 * The multiple of `significance` reached from x by `step` (Math.floor, Math.ceil or half away from
 * zero), the quotient taken to 15 digits first: FLOOR(0.29*100,1) = 29, CEILING(0.1*3,0.1) = 0.3.
 * @example
 * multipleExcel(0.29 * 100, 1, Math.floor); // 29
 * multipleExcel(0.7, 0.1, Math.ceil);       // 0.7 (0.7/0.1 is 6.999999999999999)
 */
export function multipleExcel(x: number, significance: number, step: (q: number) => number): number {
  const q = snap15(x / significance);
  const r = snap15(step(q) * significance);
  return r === 0 ? 0 : r;
}

/**
 * Half away from zero, for MROUND's quotient.
 * @example
 * halfAwayFromZero(-2.5); // -3
 */
export function halfAwayFromZero(q: number): number {
  return q < 0 ? -Math.floor(-q + 0.5) : Math.floor(q + 0.5);
}

/**
 * Excel's MOD: n − d × INT(n / d), the quotient at 15 digits, so MOD(0.29*100, 1) is 0 and not
 * 0.999999999999996; the sign follows the divisor. `d` must not be 0 (the caller's #DIV/0!).
 * @example
 * modExcel(-3, 2);          // 1
 * modExcel(0.29 * 100, 1);  // 0
 */
export function modExcel(n: number, d: number): number {
  const r = n - d * Math.floor(snap15(n / d));
  // What is left within the last of 15 digits of n is rounding noise, not a remainder.
  if (Math.abs(r) <= Math.abs(n) * 1e-15) return 0;
  return snap15(r);
}

/**
 * Excel's EVEN ('even') and ODD ('odd'): away from zero to the next even or odd integer.
 * @example
 * evenOddExcel(1.5, 'even'); // 2
 * evenOddExcel(-1, 'odd');   // -1
 * evenOddExcel(0, 'odd');    // 1
 */
export function evenOddExcel(x: number, parity: 'even' | 'odd'): number {
  const a = Math.ceil(snap15(Math.abs(x)));
  const want = parity === 'even' ? 0 : 1;
  const r = a % 2 === want ? a : a + 1;
  return x < 0 ? -r : r;
}
