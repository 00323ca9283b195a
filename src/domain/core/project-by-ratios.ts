/**
 * Enrolment carried forward by grade progression ratios: each year grade 1 is that year's intake
 * and grade g+1 is ratio[g] × grade g of the year before (a ratio net of repetition and migration,
 * so it may exceed 1). The rates EDU.RATES fits, applied as EDU.COHORT applies them with no
 * repetition. Returns a row per intake year.
 * @example
 * projectByRatios([100, 90, 80], [110, 120], [0.9, 1, 1]);
 * // [[110, 90, 90], [120, 99, 90]]
 */
export function projectByRatios(current: number[], intakes: number[], ratios: number[]): number[][] {
  const out: number[][] = [];
  let e = current;
  for (const intake of intakes) {
    const next = e.map((_, g) => (g === 0 ? intake : ratios[g - 1] * e[g - 1]));
    out.push(next);
    e = next;
  }
  return out;
}
