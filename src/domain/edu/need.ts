import { resolveIndicator, resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import type { Indicator } from '../catalog/types';
import { MetricError } from '../core/errors';
import { measureOf, type Measure } from '../core/measure';
import { needToReach } from '../core/need';
import { num, optStage, optText, text, type Arg } from './args';

/**
 * What an indicator counts (see measureOf); #VALUE! for one that is no count per student or per 100
 * students, or that must stay under its standard — nothing added to a school raises it to its standard.
 * @example
 * measureFor(resolveIndicator('生均用房')); // { per: 1, whole: false }
 */
export function measureFor(ind: Indicator): Measure {
  const m = measureOf(ind.unit);
  if (!m || (ind.direction !== '>=' && ind.direction !== '>')) {
    throw new MetricError(
      '#VALUE!',
      `「${ind.name}」不是每百名学生或生均的「不低于」类指标，无法按所需增加量计算`,
      `"${ind.name_en}" is no at-least indicator per student or per 100 students, so there is nothing to add`,
    );
  }
  return m;
}

/**
 * EDU.NEED(indicator, value, students, [stage], [plan]): what a school must get to bring `value` up
 * to the catalog's standard, in the indicator's own thing — teachers and rooms whole, rounded up;
 * m² and 元 as computed; 0 when met. Worked at Excel's 15 digits before rounding up.
 * @example
 * NEED('生均教学及辅助用房面积', 3.5, 600, '小学');         // 600 (m²: (4.5 − 3.5) × 600)
 * NEED('每百名学生拥有高于规定学历教师数', 3.0, 600, '小学'); // 8   (7.2 teachers)
 * NEED('每百名学生拥有高于规定学历教师数', 3.0, 500, '小学'); // 6   (exactly 6.0)
 */
export function NEED(indicator: Arg, value: Arg, students: Arg, stage?: Arg, plan?: Arg): number {
  const ind = resolveIndicator(text(indicator, '指标 / indicator'));
  const row = selectThreshold(ind, resolvePlan(optText(plan, '规划 / plan')), optStage(stage)).row;
  const m = measureFor(ind);
  return needToReach(num(value, '指标值 / value'), row.value, num(students, '学生数 / students'), m);
}
