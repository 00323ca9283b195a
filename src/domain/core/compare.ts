/**
 * The one comparison of a value with a threshold. Every "does it meet the standard" in the product
 * goes through here, so "以上" (≥), "不超过" (≤) and "低于" (strict <) mean the same everywhere.
 */
/** How a value is compared with its threshold: value `direction` threshold means met. */
export type Direction = '>=' | '<=' | '<' | '>' | '=';
export const DIRECTIONS: readonly Direction[] = ['>=', '<=', '<', '>', '='];

// Values computed in floating point (e.g. 4.5 m² from 900/200) may sit a hair off the threshold.
const EPS = 1e-9;

/**
 * True when `value` meets `threshold` in `direction`.
 * @example
 * meets(4.5, '>=', 4.5);  // true
 * meets(0.15, '<', 0.15); // false (低于 is strict)
 * meets(46, '<=', 45);    // false
 */
export function meets(value: number, direction: Direction, threshold: number): boolean {
  const tol = EPS * Math.max(1, Math.abs(threshold));
  switch (direction) {
    case '>=':
      return value >= threshold - tol;
    case '>':
      return value > threshold + tol;
    case '<=':
      return value <= threshold + tol;
    case '<':
      return value < threshold - tol;
    case '=':
      return Math.abs(value - threshold) <= tol;
  }
}

/**
 * Attainment ratio: value ÷ threshold for ≥ / > indicators, threshold ÷ value for ≤ / < ones, so
 * that ≥ 1 reads as "met" either way. Returns null when the ratio is undefined (a zero divisor).
 * @example
 * attainment(3.6, '>=', 4.5); // 0.8
 * attainment(50, '<=', 45);   // 0.9
 */
export function attainment(value: number, direction: Direction, threshold: number): number | null {
  if (direction === '>=' || direction === '>') return threshold === 0 ? null : value / threshold;
  if (direction === '<=' || direction === '<') return value === 0 ? null : threshold / value;
  // '=': how close, as the smaller over the larger.
  if (value === 0 && threshold === 0) return 1;
  const big = Math.max(Math.abs(value), Math.abs(threshold));
  return Math.min(Math.abs(value), Math.abs(threshold)) / big;
}

/**
 * What is missing to meet the threshold, in the indicator's unit; 0 when met.
 * For ≥ it is how far below, for ≤ how far above, for = the distance.
 * @example
 * gap(3.6, '>=', 4.5); // 0.9 (to 15 digits)
 * gap(48, '<=', 45);   // 3
 * gap(5, '>=', 4.5);   // 0
 */
export function gap(value: number, direction: Direction, threshold: number): number {
  const d = direction === '>=' || direction === '>' ? threshold - value : direction === '=' ? Math.abs(value - threshold) : value - threshold;
  return d > 0 ? Number(d.toPrecision(15)) : 0;
}
