import { MetricError } from './errors';

/**
 * 学位富余 (empty places), the mirror of the shortfall: MAX(0, supply − demand) × grades. Also
 * serves for staff (教职工富余: the staff there are against the staff the ratio needs).
 * @example
 * surplus(3800, 5000, 6); // 7200 (the 玉泉区 shortfall example turned round)
 * surplus(5000, 3800);    // 0
 */
export function surplus(demand: number, supply: number, grades = 1): number {
  if (demand < 0 || supply < 0) throw new MetricError('#NUM!', '需求和学位数不能为负数', 'demand and places cannot be negative');
  if (grades < 0 || !Number.isInteger(grades)) throw new MetricError('#NUM!', '年级数应为非负整数', 'grades must be a whole number ≥ 0');
  return Math.max(0, supply - demand) * grades;
}
