import { MetricError } from './errors';

/**
 * Places offered by `classCount` classes of `size`.
 * @example
 * capacity(24, 45); // 1080
 */
export function capacity(classCount: number, size: number): number {
  if (classCount < 0) throw new MetricError('#NUM!', '班级数不能为负数', 'classes cannot be negative');
  if (size <= 0) throw new MetricError('#NUM!', '班额应大于0', 'class size must be greater than 0');
  return classCount * size;
}
