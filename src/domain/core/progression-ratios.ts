import { MetricError } from './errors';

/**
 * 年级升级比 (grade progression ratios) of an enrolment history: for each pair of consecutive years
 * and each grade g = 1 … G−1, E(t+1, g+1) ÷ E(t, g) — the pupils of a grade one year later, one
 * grade up, per pupil of the year before. The ratio is net of everything that moves a cohort
 * (promotion, repetition, transfers in and out), which is why it may exceed 1 where children move
 * in. `history` has a row per year (oldest first) and a column per grade. Returns (years − 1) rows
 * × (G − 1) columns.
 * @example
 * progressionRatios([[100, 90, 80], [110, 98, 90]]);
 * // [[0.98, 1]]   (98 ÷ 100, 90 ÷ 90)
 */
export function progressionRatios(history: number[][]): number[][] {
  checkHistory(history, 2);
  const out: number[][] = [];
  for (let t = 0; t + 1 < history.length; t++) {
    const row: number[] = [];
    for (let g = 0; g + 1 < history[t].length; g++) {
      const before = history[t][g];
      if (before === 0) {
        throw new MetricError('#DIV/0!', `第${t + 1}年第${g + 1}个年级在校生为0，无法计算升级比`, `year ${t + 1}, grade ${g + 1} has no pupils: no progression ratio`);
      }
      row.push(history[t + 1][g + 1] / before);
    }
    out.push(row);
  }
  return out;
}

/**
 * Refuses a history with fewer than `minYears` years or fewer than two grades, or a negative count.
 * @example
 * checkHistory([[100, 90], [110, 95]], 2); // passes
 * checkHistory([[100, 90]], 2);            // throws #VALUE! 历史在校生至少需要连续2年…
 */
export function checkHistory(history: number[][], minYears: number): void {
  if (history.length < minYears) {
    throw new MetricError(
      '#VALUE!',
      `历史在校生至少需要连续${minYears}年（每年一行），只有${history.length}年`,
      `the enrolment history needs at least ${minYears} consecutive years (a row each), got ${history.length}`,
    );
  }
  if ((history[0]?.length ?? 0) < 2) {
    throw new MetricError('#VALUE!', '历史在校生至少需要2个年级（每个年级一列）', 'the enrolment history needs at least 2 grades (a column each)');
  }
  history.forEach((row, t) =>
    row.forEach((e, g) => {
      if (e < 0) throw new MetricError('#NUM!', `第${t + 1}年第${g + 1}个年级在校生为负数`, `enrolment of year ${t + 1}, grade ${g + 1} is negative`);
    }),
  );
}
