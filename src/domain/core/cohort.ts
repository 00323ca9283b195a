import { MetricError } from './errors';

/**
 * 年级递进法 (grade-transition / cohort model) of enrolment. With Eₜ[g] the enrolment of grade g in
 * year t (grades 1…G, year 0 = `current`), p[g] the promotion rate and r[g] the repetition rate of
 * grade g:
 *
 *   Eₜ₊₁[1]   = intakeₜ₊₁ + r[1]·Eₜ[1]
 *   Eₜ₊₁[g+1] = p[g]·Eₜ[g] + r[g+1]·Eₜ[g+1]
 *
 * Pupils who neither promote nor repeat leave (drop out, move away, graduate from grade G; p[G] is
 * read but only checked). The model is closed: every rate lies in [0, 1] and p[g] + r[g] ≤ 1 —
 * a share above 1 would count some pupils twice, and is most often 98 typed for 98%. The one
 * exception is a progression ratio fitted from history (EDU.RATES), which is net of repetition and
 * of children moving in: with r[g] = 0, p[g] may lie up to 2. Net migration into a grade otherwise
 * is not modelled here; add it to the result (or to the intakes for grade 1).
 * Pupils are not rounded: fractions are rounded up only where a whole thing is decided (classes,
 * staff, schools). Returns Y rows (years 1…Y) × G columns (grades).
 * @example
 * cohort([100, 90, 80], [110, 120], [1, 1, 1], [0, 0, 0]);
 * // [[110, 100, 90], [120, 110, 100]]
 * cohort([100, 100], [100], [0.9, 0.9], [0.05, 0.1]);
 * // [[105, 100]]  (100 + 0.05·100; 0.9·100 + 0.1·100)
 */
export function cohort(current: number[], intakes: number[], promotion: number[], repetition: number[]): number[][] {
  const G = current.length;
  if (G === 0) throw new MetricError('#VALUE!', '在校生没有年级', 'current enrolment has no grade');
  if (intakes.length === 0) throw new MetricError('#VALUE!', '没有招生年份', 'no intake year');
  if (promotion.length !== G || repetition.length !== G) {
    throw new MetricError('#VALUE!', `升级率和留级率应各有${G}个值（每个年级一个）`, `promotion and repetition need ${G} values each (one per grade)`);
  }
  current.forEach((e, g) => {
    if (e < 0) throw new MetricError('#NUM!', `第${g + 1}个年级的在校生数为负数`, `current enrolment of grade ${g + 1} is negative`);
  });
  intakes.forEach((n, y) => {
    if (n < 0) throw new MetricError('#NUM!', `第${y + 1}年的招生数为负数`, `the intake of year ${y + 1} is negative`);
  });
  for (let g = 0; g < G; g++) {
    const [p, r] = [promotion[g], repetition[g]];
    // A rate above 1 is a progression ratio fitted from history (EDU.RATES: net of repetition and
    // of children moving in), read only with no repetition beside it and below 2 — 98 for 98% is
    // still refused.
    const pMax = r === 0 ? MAX_RATIO : 1;
    if (p < 0 || p > pMax) throw new MetricError('#NUM!', `第${g + 1}个年级的升级率${p}不在0到${pMax}之间`, `promotion rate of grade ${g + 1} (${p}) is not between 0 and ${pMax}`);
    if (r < 0 || r > 1) throw new MetricError('#NUM!', `第${g + 1}个年级的留级率${r}不在0到1之间`, `repetition rate of grade ${g + 1} (${r}) is not between 0 and 1`);
    if (r > 0 && p + r > 1 + 1e-12) throw new MetricError('#NUM!', `第${g + 1}个年级升级率与留级率之和大于1`, `promotion + repetition of grade ${g + 1} exceeds 1`);
  }
  const out: number[][] = [];
  let e = current;
  for (const intake of intakes) {
    const next = new Array<number>(G);
    next[0] = intake + repetition[0] * e[0];
    for (let g = 1; g < G; g++) next[g] = promotion[g - 1] * e[g - 1] + repetition[g] * e[g];
    out.push(next.map(tidy));
    e = next;
  }
  return out;
}

/** The largest progression ratio read (with no repetition): a cohort that doubles in a year is a typing error. */
const MAX_RATIO = 2;

// 15 significant digits, as Excel shows them: 0.07 × 100 is 7, not 7.000000000000001.
function tidy(x: number): number {
  return Number(x.toPrecision(15));
}
