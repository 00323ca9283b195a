import { attainment } from './compare';
import { countMet, type Standard } from './count-met';

/**
 * 优质均衡 school rule: at least `minMet` (6) of the seven resource indicators meet the standard and
 * every one that does not is at least `floor` (85%) of its standard. A blank fails the floor.
 * @example
 * const std = [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3].map((value) => ({ value, direction: '>=' as const }));
 * schoolPass([4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0], std, 6, 0.85); // true  (2.0/2.3 = 87%)
 * schoolPass([4.2, 1, 0.9, 4.5, 7.5, 2000, 1.9], std, 6, 0.85); // false (1.9/2.3 = 82.6%)
 */
export function schoolPass(values: (number | null)[], standards: Standard[], minMet: number, floor: number): boolean {
  if (countMet(values, standards) < minMet) return false;
  return values.every((v, i) => {
    if (v === null) return false;
    const a = attainment(v, standards[i].direction, standards[i].value);
    return a !== null && a >= floor - 1e-9;
  });
}
