import { MetricError } from './errors';

/**
 * 入学系数 fitted from the past: the mean over the years given of entrants ÷ births, with the
 * births on the line of the year those children enter (births of year t − 6 beside the entrants of
 * year t, as EDU.ENTRANTS reads them). Each year counts the same, as RATES' default does.
 * @example
 * entryRate([1000, 1200], [980, 1200]); // 0.99  ((0.98 + 1) / 2)
 */
export function entryRate(births: number[], entrants: number[]): number {
  if (births.length !== entrants.length) {
    throw new MetricError('#VALUE!', `出生人数有${births.length}个值，入学人数有${entrants.length}个，应一一对应`, `births has ${births.length} values and entrants ${entrants.length}: they must pair up`);
  }
  let sum = 0;
  births.forEach((b, i) => {
    if (b < 0 || entrants[i] < 0) throw new MetricError('#NUM!', `第${i + 1}年的出生人数或入学人数为负数`, `births or entrants of year ${i + 1} are negative`);
    if (b === 0) throw new MetricError('#DIV/0!', `第${i + 1}年的出生人数为0`, `births of year ${i + 1} are 0`);
    sum += entrants[i] / b;
  });
  return Number((sum / births.length).toPrecision(15));
}
