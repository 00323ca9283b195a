import { MetricError } from './errors';

/**
 * 入学人数 from births: births of the year six years before school entry × the entry rate
 * (入学系数: entrants ÷ those births). The rate may exceed 1 where children move in
 * (随迁子女) — this is where migration enters a projection — but it cannot be negative.
 * The caller lines up the years: the births of year t − 6 give the entrants of year t.
 * @example
 * entrants(5000, 0.98); // 4900
 * entrants(4000, 1.25); // 5000 (a district children move into)
 */
export function entrants(births: number, rate = 1): number {
  if (births < 0) throw new MetricError('#NUM!', '出生人数不能为负数', 'births cannot be negative');
  if (rate < 0) throw new MetricError('#NUM!', '入学系数不能为负数', 'the entry rate cannot be negative');
  return Number((births * rate).toPrecision(15));
}
