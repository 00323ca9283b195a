import { diffCoef } from '../core/diff-coef';
import { MetricError } from '../core/errors';
import { parseNumber } from '../core/parse';
import { toList, type Arg } from './args';

/**
 * EDU.DIFFCOEF(values, students): student-weighted 差异系数. A pair with a blank on either side is
 * skipped (a school that did not report); ranges of different sizes are #VALUE!.
 * @example
 * DIFFCOEF([[4], [6]], [[100], [300]]); // 0.15745916432444337 (reported as 0.157459164324443)
 */
export function DIFFCOEF(values: Arg, students: Arg): number {
  const xs = toList(values, '指标值 / values');
  const ps = toList(students, '学生数 / students');
  if (xs.length !== ps.length) {
    throw new MetricError('#VALUE!', `指标值（${xs.length}个）与学生数（${ps.length}个）区域大小不同`, `values (${xs.length}) and students (${ps.length}) differ in size`);
  }
  const v: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    // A finite number (nearly every cell) is taken as it is; only others build a message.
    const xi = xs[i];
    const pi = ps[i];
    const x = typeof xi === 'number' && Number.isFinite(xi) ? xi : parseNumber(xi, `第${i + 1}个指标值 / value ${i + 1}`);
    const n = typeof pi === 'number' && Number.isFinite(pi) ? pi : parseNumber(pi, `第${i + 1}个学生数 / students ${i + 1}`);
    if (x === null || n === null) continue;
    v.push(x);
    p.push(n);
  }
  return diffCoef(v, p);
}
