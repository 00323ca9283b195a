import { MetricError } from './errors';

/**
 * 教职工 needed: students ÷ (students per staff member), rounded up.
 * @example
 * staffNeed(950, 19);   // 50 (小学 1:19)
 * staffNeed(1000, 13.5); // 75 (初中 1:13.5 → 74.07…)
 */
export function staffNeed(students: number, ratio: number): number {
  if (students < 0) throw new MetricError('#NUM!', '学生数不能为负数', 'students cannot be negative');
  if (ratio <= 0) throw new MetricError('#NUM!', '师生比应大于0', 'the staffing ratio must be greater than 0');
  return Math.max(0, Math.ceil(students / ratio - 1e-9));
}
