import { MetricError } from './errors';

/**
 * Classes needed for `students` at `size` per class, rounded up.
 * @example
 * classes(91, 45); // 3
 * classes(90, 45); // 2
 */
export function classes(students: number, size: number): number {
  if (students < 0) throw new MetricError('#NUM!', '学生数不能为负数', 'students cannot be negative');
  if (size <= 0) throw new MetricError('#NUM!', '班额应大于0', 'class size must be greater than 0');
  // 1e-9 keeps 90/45 from rounding up to 3 when the division lands a hair above 2.
  // max(0, …): 0 students is 0 classes, not the -0 that ceil(-1e-9) gives.
  return Math.max(0, Math.ceil(students / size - 1e-9));
}
