import { placesNeeded } from './places-needed';
import { staffNeed } from './staff-need';

/**
 * 教职工 needed per year: the year's total enrolment (all grades) ÷ students per staff member,
 * rounded up. The staffing standard is set on the whole school, so grades are summed first.
 * @example
 * staffByYear([[500, 450], [475, 475]], 19); // [50, 50]
 */
export function staffByYear(enrolment: number[][], ratio: number): number[] {
  // + 0: staffNeed(0, …) is ⌈−1e-9⌉ = −0, which Excel and HyperFormula would show differently.
  return placesNeeded(enrolment).map((total) => staffNeed(total, ratio) + 0);
}
