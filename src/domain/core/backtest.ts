import { MetricError } from './errors';
import { fitRates, type RatesMethod } from './fit-rates';
import { checkHistory } from './progression-ratios';
import { projectByRatios } from './project-by-ratios';

/**
 * Back-test of the grade-progression forecast on an enrolment history (a row per year, oldest
 * first, a column per grade): from each year o with at least one year before it (o = 2 … Y − h in
 * 1-based years), fit the rates on years 1 … o only, carry year o's enrolment `horizon` years
 * forward with the real 一年级 of each of those years as the intake (so only the rates are tested,
 * not the births), and compare the stage's total with the real total of year o + h. Returns the mean
 * absolute percentage error as a fraction (0.012 = 1.2 %) and how many forecasts it averages.
 * @example
 * // Rates exactly 0.9 each year: every forecast is right.
 * backtest([[100, 100], [100, 90], [100, 90]], 1); // { mape: 0, forecasts: 1 }
 */
export function backtest(history: number[][], horizon: number, method: RatesMethod = 'mean'): { mape: number; forecasts: number } {
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new MetricError('#NUM!', `预测年数应为不小于1的整数，不是${horizon}`, `the horizon must be a whole number ≥ 1, not ${horizon}`);
  }
  // Two years to fit the first rates, then `horizon` years to compare.
  checkHistory(history, horizon + 2);
  const total = (row: number[]) => row.reduce((s, x) => s + x, 0);
  let sum = 0;
  let forecasts = 0;
  for (let o = 1; o + horizon < history.length; o++) {
    const rates = fitRates(history.slice(0, o + 1), method);
    const intakes = history.slice(o + 1, o + 1 + horizon).map((r) => r[0]);
    const projected = projectByRatios(history[o], intakes, rates);
    const actual = total(history[o + horizon]);
    if (actual === 0) {
      throw new MetricError('#DIV/0!', `第${o + horizon + 1}年在校生合计为0，无法计算误差百分比`, `year ${o + horizon + 1} has no pupils: no percentage error`);
    }
    sum += Math.abs(total(projected[horizon - 1]) - actual) / actual;
    forecasts++;
  }
  return { mape: Number((sum / forecasts).toPrecision(15)), forecasts };
}
