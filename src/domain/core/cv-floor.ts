import { diffCoef } from './diff-coef';
import { MetricError } from './errors';

/**
 * The water-filling floor of a county: the level L such that raising every school below L up to L
 * brings the student-weighted 差异系数 (diffCoef) down to `limit`; the smallest value when the
 * county is within the limit already (nothing to raise). Raising the lowest schools first is the
 * least total addition for the limit (docs/improvement-plan.md gives the argument).
 *
 * How: with the schools sorted by value and L between the k-th and the (k+1)-th, the first k sit at
 * L and CV² + 1 = (W·L² + S₂) / (W·L + S₁)², where W is their share of the students and S₁, S₂ are
 * Σ wᵢxᵢ and Σ wᵢxᵢ² over the rest. CV falls as L rises (d(CV²+1)/dL = 2W(Lμ − E[X²])/μ³ ≤ 0, as
 * L ≤ every xᵢ left), so the segment where it crosses the limit is found by walking up the sorted
 * values, and there CV = limit is the quadratic (W − (1+c²)W²)L² − 2(1+c²)W·S₁·L + S₂ − (1+c²)S₁² = 0.
 * @example
 * // two schools, 4 (100 students) and 6 (300): CV = 0.157459 (see diffCoef); for a limit of 0.1
 * // the school of 4 is raised to L: √(.25·.75)·(6 − L) = 0.1·(.25L + 4.5), L = 2.148076/0.458013
 * cvFloor([4, 6], [100, 300], 0.1); // 4.689992662820967
 * cvFloor([4, 6], [100, 300], 0.5); // 4 (within the limit: nothing to raise)
 */
export function cvFloor(values: number[], students: number[], limit: number): number {
  if (!(limit >= 0) || !Number.isFinite(limit)) throw new MetricError('#NUM!', '差异系数上限应为非负数', 'the limit must be a number ≥ 0');
  if (values.some((v) => v < 0)) throw new MetricError('#NUM!', '指标值不能为负数', 'values cannot be negative');
  const cv = diffCoef(values, students); // also refuses no school, 0 students, a mean of 0
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const xs = order.map((i) => values[i]);
  if (cv <= limit) return xs[0];
  if (limit === 0) return xs[xs.length - 1];
  const P = students.reduce((a, b) => a + b, 0);
  const ws = order.map((i) => students[i] / P);
  const c1 = 1 + limit * limit;
  // S₁, S₂ over the schools not (yet) raised: start with all of them, take one off per step.
  let S1 = 0;
  let S2 = 0;
  for (let j = 0; j < xs.length; j++) {
    S1 += ws[j] * xs[j];
    S2 += ws[j] * xs[j] * xs[j];
  }
  let W = 0;
  for (let k = 1; k < xs.length; k++) {
    W += ws[k - 1];
    S1 -= ws[k - 1] * xs[k - 1];
    S2 -= ws[k - 1] * xs[k - 1] * xs[k - 1];
    const lo = xs[k - 1];
    const hi = xs[k];
    // g(L) = CV²+1 − (1+c²) scaled by μ²: ≥ 0 while CV ≥ the limit.
    const g = (L: number) => W * L * L + S2 - c1 * (W * L + S1) ** 2;
    if (W === 0 || g(hi) > 0) continue;
    return root(W - c1 * W * W, -2 * c1 * W * S1, S2 - c1 * S1 * S1, lo, hi, g);
  }
  // Not reached: with every school raised, CV is 0 < limit (the last segment always crosses).
  return xs[xs.length - 1];
}

/** The root of aL² + bL + c in [lo, hi] (where g changes sign), by the stable formula; bisection if rounding put it outside. */
function root(a: number, b: number, c: number, lo: number, hi: number, g: (L: number) => number): number {
  const tol = 1e-9 * Math.max(1, Math.abs(hi));
  const inside = (x: number) => Number.isFinite(x) && x >= lo - tol && x <= hi + tol;
  const candidates: number[] = [];
  if (Math.abs(a) < 1e-300) candidates.push(-c / b);
  else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const q = -(b + (b >= 0 ? 1 : -1) * Math.sqrt(disc)) / 2;
      candidates.push(q / a, c / q);
    }
  }
  const hit = candidates.filter(inside);
  if (hit.length) {
    // Of two roots in the segment (only by rounding), the one where g is nearest 0.
    const best = hit.reduce((x, y) => (Math.abs(g(x)) <= Math.abs(g(y)) ? x : y));
    return Math.min(hi, Math.max(lo, best));
  }
  let l = lo;
  let h = hi;
  for (let i = 0; i < 200 && h - l > 0; i++) {
    const m = (l + h) / 2;
    if (m === l || m === h) break;
    if (g(m) > 0) l = m;
    else h = m;
  }
  return (l + h) / 2;
}
