import type { Standard } from './count-met';
import { MetricError } from './errors';
import type { Measure } from './measure';
import { needToReach } from './need';
import { roundResult } from './precision';

/** One resource indicator as the pass plan sees it: its standard and what it counts. */
export interface PlanStandard extends Standard { measure: Measure }

/**
 * The cheapest additions (one per indicator, in the indicator's own thing) that make a school pass
 * the rule "at least `minMet` of the seven meet the standard, the rest at least `floor` of it".
 * Every choice of at most 7 − minMet indicators allowed to miss is tried: a missed one is raised to
 * `floor` × its standard (or left where it is when already there), every other one to its standard.
 * The price of a choice is Σ additionᵢ × priceᵢ with `prices`; without them Σ additionᵢ ÷ requiredᵢ,
 * each addition weighed as a share of what the standard asks of this school (requiredᵢ = standardᵢ ×
 * students ÷ 100 or × students). Ties keep the choice with the smaller share-weighed total, then the
 * first tried (no indicator missed first, then in the standard's order). A school that passes
 * already costs nothing: seven zeros.
 * @example
 * // 小学, 500 students, 3.0 · 1 · 0.9 · 4.5 · 7.5 · 1800 · 2.3: 高学历 only to 85 % (2.85 → 3
 * // teachers) and 仪器 to 2000 (100,000 元) weigh 3/21 + 0.1 = 0.243 < 6/21 = 0.286 (高学历 to 4.2)
 * // with PRIMARY = planStandards('primary') (src/domain/edu/pass-plan.ts: the catalog's 小学 standards)
 * passPlan([3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3], 500, PRIMARY, 6, 0.85); // [3, 0, 0, 0, 0, 100000, 0]
 */
export function passPlan(values: number[], students: number, standards: PlanStandard[], minMet: number, floor: number, prices?: number[] | null): number[] {
  if (students <= 0) throw new MetricError('#NUM!', '学生数应大于0', 'students must be more than 0');
  if (standards.some((s) => s.direction !== '>=' && s.direction !== '>')) {
    throw new MetricError('#VALUE!', '补短测算只用于「不低于」类指标', 'the plan only raises indicators that must be at least a standard');
  }
  const n = standards.length;
  const full = standards.map((s, i) => needToReach(values[i], s.value, students, s.measure));
  const part = standards.map((s, i) => needToReach(values[i], roundResult(floor * s.value), students, s.measure));
  const required = standards.map((s) => (s.value * students) / s.measure.per);
  const share = (adds: number[]) => adds.reduce((t, a, i) => t + (required[i] > 0 ? a / required[i] : 0), 0);
  const price = (adds: number[]) => (prices ? adds.reduce((t, a, i) => t + a * prices[i], 0) : share(adds));
  let best: number[] | null = null;
  let bestPrice = Infinity;
  let bestShare = Infinity;
  for (const missed of subsets(n, Math.max(0, n - minMet))) {
    const adds = full.map((f, i) => (missed.includes(i) ? part[i] : f));
    const p = price(adds);
    const s = share(adds);
    // Relative tolerance: two choices equal but for rounding are a tie.
    const tol = 1e-12 * Math.max(1, Math.abs(bestPrice === Infinity ? p : bestPrice));
    if (p < bestPrice - tol || (Math.abs(p - bestPrice) <= tol && s < bestShare - 1e-12)) {
      best = adds;
      bestPrice = p;
      bestShare = s;
    }
  }
  return best!;
}

/** Every set of at most k of the indices 0…n−1, the empty set first, then by size, in order. */
function subsets(n: number, k: number): number[][] {
  const out: number[][] = [[]];
  const grow = (from: number, set: number[]) => {
    for (let i = from; i < n; i++) {
      const next = [...set, i];
      out.push(next);
      if (next.length < k) grow(i + 1, next);
    }
  };
  if (k > 0) grow(0, []);
  return out.sort((a, b) => a.length - b.length);
}
