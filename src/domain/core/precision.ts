/**
 * The precision results are reported at: 15 significant digits, as Excel shows numbers. Every
 * route reports numbers through roundResult — both adapters' EDU results, the fast path, and
 * HyperFormula, whose exporter is given this function (../../engine/hf/engine.ts) — so the routes
 * can be compared exactly and a value computed as 0.8999999999999999 is the 0.9 a statistician typed.
 */

/** Digits after the first significant one; HyperFormula's `precisionRounding` uses the same meaning. */
export const PRECISION_DIGITS = 14;

/**
 * Rounds to 15 significant digits with HyperFormula's arithmetic (Exporter.cellValueRounding),
 * except that the first significant digit is found exactly (see exponentOf).
 * @example
 * roundResult((9 / 1000) * 100); // 0.9 (the division gives 0.8999999999999999)
 * roundResult(1 / 3);            // 0.333333333333333
 * roundResult(5e-324);           // 0
 * roundResult(999999.999999999); // 999999.999999999 (Math.log10 of it is exactly 6)
 */
export function roundResult(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = value < 0 ? -value : value;
  // Below 1e-280 the multiplier below overflows (and HyperFormula's own rounding of the result
  // would give NaN): no education figure is that small, so it is 0.
  if (magnitude < 1e-280) return 0;
  // Whole numbers below 10^15 already have 15 digits or fewer (and fill reports many of them).
  if (magnitude < 1e15 && Number.isInteger(magnitude)) return value;
  const multiplier = POWERS_OF_TEN[PRECISION_DIGITS - exponentOf(magnitude) + POWER_OFFSET];
  return value < 0 ? -Math.round(magnitude * multiplier) / multiplier : Math.round(magnitude * multiplier) / multiplier;
}

/**
 * The power of ten of a positive number's first significant digit. Math.log10 rounds: it gives
 * exactly 6 for 999999.999999999, whose first digit is at 10^5, and rounding that to 15 digits
 * at 10^6 would make it 1000000 — HyperFormula's own exporter does, for a number typed into a
 * cell (a reason ../../engine/hf/engine.ts gives it roundResult). One step either way fixes it.
 * @example
 * exponentOf(4.2);              // 0
 * exponentOf(999999.999999999); // 5 (Math.floor(Math.log10(…)) gives 6)
 * exponentOf(0.05);             // -2
 */
export function exponentOf(magnitude: number): number {
  const e = Math.floor(Math.log10(magnitude));
  if (POWERS_OF_TEN[e + POWER_OFFSET] > magnitude) return e - 1;
  if (POWERS_OF_TEN[e + 1 + POWER_OFFSET] <= magnitude) return e + 1;
  return e;
}

// Math.pow(10, k) for every k roundResult can need (|k| ≤ 14 + 308), worked out once: the same
// numbers HyperFormula's Math.pow gives, so results are bit for bit its own, at 60 ns a call
// instead of 150 (every EDU result passes through here; bench/micro.ts).
const POWER_OFFSET = 330;
const POWERS_OF_TEN = Float64Array.from({ length: 2 * POWER_OFFSET + 1 }, (_, i) => Math.pow(10, i - POWER_OFFSET));
