/**
 * `roundResult` must round exactly as HyperFormula rounds the numbers it reports (smartRounding with
 * precisionRounding 14), or an EDU result and a built-in formula on the same inputs could differ in
 * the last digit. The oracle is HyperFormula itself: the same numbers typed into a sheet of an
 * engine with the product's configuration, read back through `getSheetValues`.
 */
import fc from 'fast-check';
import { createEngine } from '../../src/engine/hf/engine';
import { roundResult } from '../../src/domain/core/precision';
import { fcSeed } from '../setup/fc-seed';

// Numbers of every magnitude HyperFormula's rounding handles (below 1e-280 roundResult gives 0 on
// purpose, where HyperFormula's multiplier overflows: tested in test/unit), and the quotients a
// county sheet produces.
const anyMagnitude = fc
  .tuple(fc.double({ min: 1, max: 10, noNaN: true, maxExcluded: true }), fc.integer({ min: -280, max: 307 }), fc.boolean())
  .map(([m, e, neg]) => (neg ? -1 : 1) * m * Math.pow(10, e))
  .filter((x) => Number.isFinite(x) && Math.abs(x) >= 1e-280);
const quotient = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(1, 100)).map(([a, b, k]) => (a / b) * k);
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) >= 1e-280);
const numbers = fc.sample(fc.oneof(anyMagnitude, quotient, anyDouble), { seed: fcSeed(20_261_123), numRuns: 30_000 });

test('roundResult gives, bit for bit, what HyperFormula reports for the same number', () => {
  const hf = createEngine({ S: numbers.map((x) => [x]) });
  try {
    const reported = hf.getSheetValues(0).map((row) => row[0]);
    const differ = numbers.map((x, i) => ({ x, ours: roundResult(x), hf: reported[i] })).filter((d) => !Object.is(d.ours, d.hf));
    expect(differ.slice(0, 5)).toEqual([]);
  } finally {
    hf.destroy();
  }
  // The sample spans the magnitudes the table of powers of ten must cover.
  const exponents = new Set(numbers.map((x) => Math.floor(Math.log10(Math.abs(x)))));
  expect(Math.min(...exponents)).toBeLessThan(-250);
  expect(Math.max(...exponents)).toBeGreaterThan(300);
});
