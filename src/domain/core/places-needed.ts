import { MetricError } from './errors';

/**
 * 学位需求 per year: the sum over grades of each year's enrolment (one row per year, one column per
 * grade, as EDU.COHORT spills it).
 * @example
 * placesNeeded([[110, 100, 90], [120, 110, 100]]); // [300, 330]
 */
export function placesNeeded(enrolment: number[][]): number[] {
  return enrolment.map((year, y) => {
    let sum = 0;
    year.forEach((e, g) => {
      if (e < 0) throw new MetricError('#NUM!', `第${y + 1}年第${g + 1}个年级的学生数为负数`, `enrolment of year ${y + 1}, grade ${g + 1} is negative`);
      sum += e;
    });
    return Number(sum.toPrecision(15));
  });
}
