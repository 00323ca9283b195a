import { divide } from './divide';

/**
 * 每百名学生拥有…: count ÷ students × 100.
 * @example
 * per100(21, 500); // 4.2  (21 qualified teachers for 500 students)
 */
export function per100(count: number, students: number): number {
  return Number((divide(count, students, '学生数 / students') * 100).toPrecision(15));
}
