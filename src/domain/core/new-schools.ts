import { MetricError } from './errors';

/**
 * 新建学校数: schools of a standard size (places per school) needed to close a place shortfall,
 * rounded up.
 * @example
 * newSchools(7200, 2160); // 4 (4 schools of 48 classes × 45)
 * newSchools(0, 2160);    // 0
 */
export function newSchools(shortfall: number, schoolSize: number): number {
  if (shortfall < 0) throw new MetricError('#NUM!', '学位缺口不能为负数', 'the shortfall cannot be negative');
  if (schoolSize <= 0) throw new MetricError('#NUM!', '学校规模（学位数）应大于0', 'the school size (places) must be greater than 0');
  // 1e-9 keeps 4320 / 2160 from rounding up to 3 when the division lands a hair above 2; max(0, …)
  // keeps a shortfall of 0 from giving −0 (⌈−1e-9⌉).
  return Math.max(0, Math.ceil(shortfall / schoolSize - 1e-9));
}
