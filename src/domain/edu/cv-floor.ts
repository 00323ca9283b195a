import { getIndicator } from '../catalog/index';
import { resolveIndicator, resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import { cvFloor } from '../core/cv-floor';
import { MetricError } from '../core/errors';
import { needToReach } from '../core/need';
import { optNum, optStage, text, type Arg } from './args';
import { countyPairs, omitted } from './diffcoef';
import { measureFor } from './need';

/** The county read as DIFFCOEF reads it, with the limit: the argument, else the catalog's for the stage. */
function county(values: Arg, students: Arg, stages?: Arg, stage?: Arg, limit?: Arg) {
  // A stage without the stages range names the limit only: every school given is of that stage.
  const pairs = omitted(stages) ? countyPairs(values, students) : countyPairs(values, students, stages, stage);
  let c = omitted(limit) ? null : optNum(limit as Arg, '差异系数上限 / limit');
  if (c === null) {
    const st = omitted(stage) ? undefined : optStage(stage as Arg);
    if (!st) throw new MetricError('#VALUE!', '请给出学段（按目录取差异系数上限）或上限', 'give the stage (for the catalog limit) or the limit');
    c = selectThreshold(getIndicator('school_diff_coef')!, resolvePlan('national'), st).row.value;
  }
  return { ...pairs, L: cvFloor(pairs.v, pairs.p, c) };
}

/**
 * EDU.CVFLOOR(values, students, [stages], [stage], [limit]): the level L such that raising every
 * school below L up to L brings the student-weighted 差异系数 to the limit (by default the
 * catalog's for the stage: 0.50 小学, 0.45 初中); the smallest value when already within it.
 * @example
 * CVFLOOR([[4], [6]], [[100], [300]], , , 0.1); // 4.68999266282097
 * CVFLOOR([[4], [6]], [[100], [300]], , '小学'); // 4 (CV 0.157 ≤ 0.50: nothing to raise)
 */
export function CVFLOOR(values: Arg, students: Arg, stages?: Arg, stage?: Arg, limit?: Arg): number {
  return county(values, students, stages, stage, limit).L;
}

/**
 * EDU.CVNEED(indicator, values, students, [stages], [stage], [limit]): the total addition that
 * raises every school below CVFLOOR's level to it, in the indicator's own thing: teachers and rooms
 * rounded up school by school, m² and 元 as computed.
 * @example
 * // L = 4.68999…: the school of 4 m² with 100 students gets 0.68999… × 100 m²
 * CVNEED('生均用房', [[4], [6]], [[100], [300]], , , 0.1); // 68.999266282 (468.999266282097 − 400 m², to 12 significant digits of the 469 asked)
 */
export function CVNEED(indicator: Arg, values: Arg, students: Arg, stages?: Arg, stage?: Arg, limit?: Arg): number {
  const m = measureFor(resolveIndicator(text(indicator, '指标 / indicator')));
  const { v, p, L } = county(values, students, stages, stage, limit);
  return v.reduce((t, x, i) => t + needToReach(x, L, p[i], m), 0);
}
