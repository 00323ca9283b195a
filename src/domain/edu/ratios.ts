import { per100 } from '../core/per100';
import { perStudent } from '../core/per-student';
import { rate } from '../core/rate';
import { num, type Arg } from './args';

/** EDU.PER100(count, students). @example PER100(21, 500); // 4.2 */
export function PER100(count: Arg, students: Arg): number {
  return per100(num(count, '数量 / count'), num(students, '学生数 / students'));
}

/** EDU.PERSTUDENT(amount, students). @example PERSTUDENT('2,250', 500); // 4.5 */
export function PERSTUDENT(amount: Arg, students: Arg): number {
  return perStudent(num(amount, '总量 / amount'), num(students, '学生数 / students'));
}

/** EDU.RATE(part, whole). @example RATE(850, 1000); // 0.85 */
export function RATE(part: Arg, whole: Arg): number {
  return rate(num(part, '部分 / part'), num(whole, '总数 / whole'));
}
