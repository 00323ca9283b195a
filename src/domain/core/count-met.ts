import { meets, type Direction } from './compare';

/** One resource indicator's standard for a school's stage. */
export interface Standard { value: number; direction: Direction }

/**
 * How many of a school's indicator values meet their standards. A blank (null) counts as not met:
 * a school that did not report a figure has not shown it meets the standard.
 * @example
 * countMet([4.5, 1, 0.8], [{value: 4.2, direction: '>='}, {value: 1, direction: '>='}, {value: 0.9, direction: '>='}]); // 2
 */
export function countMet(values: (number | null)[], standards: Standard[]): number {
  let n = 0;
  values.forEach((v, i) => {
    if (v !== null && meets(v, standards[i].direction, standards[i].value)) n++;
  });
  return n;
}
