import { classes } from './classes';
import { MetricError } from './errors';

/**
 * 班级数 per year: each grade's classes rounded up on its own, then summed — a class does not mix
 * grades, so 46 pupils in each of two grades need 4 classes of 45, not ⌈92 / 45⌉ = 3.
 * @example
 * classesByYear([[46, 46], [90, 45]], 45); // [4, 3]
 */
export function classesByYear(enrolment: number[][], size: number): number[] {
  return enrolment.map((year, y) =>
    year.reduce((n, e, g) => {
      if (e < 0) throw new MetricError('#NUM!', `第${y + 1}年第${g + 1}个年级的学生数为负数`, `enrolment of year ${y + 1}, grade ${g + 1} is negative`);
      return n + classes(e, size);
    }, 0),
  );
}
