import { MetricError } from './errors';
import { progressionRatios } from './progression-ratios';

/** How the yearly ratios of a grade are summed up into one rate. */
export type RatesMethod = 'mean' | 'last' | 'weighted' | 'low' | 'high';

/** The methods, as typed in a sheet. */
export const RATES_METHODS: RatesMethod[] = ['mean', 'last', 'weighted', 'low', 'high'];

/**
 * Grade progression rates fitted from an enrolment history (a row per year, oldest first, a column
 * per grade): for each grade g = 1 … G−1 the yearly ratios E(t+1, g+1) ÷ E(t, g) summed up by
 * `method` —
 *   mean      the plain average over the years (the default: every year counts the same, so one
 *             odd year moves the rate least, and the rate is the one a person checks by hand);
 *   last      the latest year's ratio only;
 *   weighted  weights 1, 2, …, n from the oldest pair to the latest (recent years count more);
 *   low/high  the lowest / highest year of each grade (the scenario band).
 * The result has G values, one per grade as EDU.COHORT reads its promotion rates; the last is 1 —
 * pupils of the top grade leave the stage, and COHORT reads that value only to check it.
 * @example
 * fitRates([[100, 90, 80], [110, 98, 90], [120, 99, 98]]);
 * // [0.94, 1, 1]   ((98/100 + 99/110) ÷ 2, (90/90 + 98/98) ÷ 2, the top grade's 1)
 * fitRates([[100, 90], [110, 95]], 'last'); // [0.95, 1]
 */
export function fitRates(history: number[][], method: RatesMethod = 'mean'): number[] {
  const ratios = progressionRatios(history);
  const n = ratios.length;
  const G = history[0].length;
  const out: number[] = [];
  for (let g = 0; g + 1 < G; g++) {
    const col = ratios.map((r) => r[g]);
    out.push(summarise(col, method, n));
  }
  out.push(1);
  return out.map((x) => Number(x.toPrecision(15)));
}

function summarise(xs: number[], method: RatesMethod, n: number): number {
  switch (method) {
    case 'mean':
      return xs.reduce((s, x) => s + x, 0) / n;
    case 'last':
      return xs[n - 1];
    case 'weighted': {
      // Σ w·x ÷ Σ w with w = 1 … n, oldest first: the latest pair counts n times the oldest.
      let s = 0;
      xs.forEach((x, i) => (s += (i + 1) * x));
      return s / ((n * (n + 1)) / 2);
    }
    case 'low':
      return Math.min(...xs);
    case 'high':
      return Math.max(...xs);
    default:
      throw new MetricError('#VALUE!', `方法「${method as string}」应为 mean、last、weighted、low 或 high`, `method "${method as string}" must be mean, last, weighted, low or high`);
  }
}
