import { MetricError } from './errors';

/**
 * 学位缺口: MAX(0, demand − supply) × grades.
 * @example
 * // 玉泉区 2020 (seed 000): 5000 children per grade want a place, 3800 public places per grade,
 * // over 6 primary grades → 1200 × 6
 * shortfall(5000, 3800, 6); // 7200
 */
export function shortfall(demand: number, supply: number, grades = 1): number {
  if (demand < 0 || supply < 0) throw new MetricError('#NUM!', '需求和学位数不能为负数', 'demand and places cannot be negative');
  if (grades < 0 || !Number.isInteger(grades)) throw new MetricError('#NUM!', '年级数应为非负整数', 'grades must be a whole number ≥ 0');
  return Math.max(0, demand - supply) * grades;
}
