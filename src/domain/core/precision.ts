/**
 * The precision results are reported at: 15 significant digits, as Excel shows numbers. Both
 * adapters report EDU results through this, and HyperFormula rounds its own results the same way
 * (smartRounding with precisionRounding 14 — the same arithmetic), so the two can be compared
 * exactly and a value computed as 0.8999999999999999 is the 0.9 a statistician typed.
 */

/** Digits after the first significant one; HyperFormula's `precisionRounding` uses the same meaning. */
export const PRECISION_DIGITS = 14;

/**
 * Rounds to 15 significant digits with exactly HyperFormula's arithmetic (Exporter.cellValueRounding).
 * @example
 * roundResult((9 / 1000) * 100); // 0.9 (the division gives 0.8999999999999999)
 * roundResult(1 / 3);            // 0.333333333333333
 * roundResult(5e-324);           // 0
 */
export function roundResult(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = value < 0 ? -value : value;
  // Below 1e-280 the multiplier below overflows (and HyperFormula's own rounding of the result
  // would give NaN): no education figure is that small, so it is 0.
  if (magnitude < 1e-280) return 0;
  const multiplier = POWERS_OF_TEN[PRECISION_DIGITS - Math.floor(Math.log10(magnitude)) + POWER_OFFSET];
  return value < 0 ? -Math.round(magnitude * multiplier) / multiplier : Math.round(magnitude * multiplier) / multiplier;
}

// Math.pow(10, k) for every k roundResult can need (|k| ≤ 14 + 308), worked out once: the same
// numbers HyperFormula's Math.pow gives, so results are bit for bit its own, at 60 ns a call
// instead of 150 (every EDU result passes through here; bench/micro.ts).
const POWER_OFFSET = 330;
const POWERS_OF_TEN = Float64Array.from({ length: 2 * POWER_OFFSET + 1 }, (_, i) => Math.pow(10, i - POWER_OFFSET));
