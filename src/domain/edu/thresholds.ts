import { resolveIndicator, resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import { attainment, gap, meets } from '../core/compare';
import { MetricError } from '../core/errors';
import { num, optStage, optText, text, type Arg } from './args';

function threshold(indicator: Arg, stage: Arg, plan: Arg) {
  const ind = resolveIndicator(text(indicator, '指标 / indicator'));
  return selectThreshold(ind, resolvePlan(optText(plan, '规划 / plan')), optStage(stage)).row;
}

/**
 * EDU.THRESHOLD(indicator, [stage], [plan]): the catalog's threshold.
 * @example
 * THRESHOLD('生均教学及辅助用房面积', '初中'); // 5.8
 */
export function THRESHOLD(indicator: Arg, stage?: Arg, plan?: Arg): number {
  return threshold(indicator, stage, plan).value;
}

/**
 * EDU.MEETS(indicator, value, [stage], [plan]): TRUE when value meets the threshold in its direction.
 * @example
 * MEETS('生均用房', 4.4, '小学'); // false (standard 4.5)
 */
export function MEETS(indicator: Arg, value: Arg, stage?: Arg, plan?: Arg): boolean {
  const row = threshold(indicator, stage, plan);
  return meets(num(value, '值 / value'), row.direction, row.value);
}

/**
 * EDU.COMPLIANCE(indicator, value, [stage], [plan]): value ÷ threshold (≥) or threshold ÷ value (≤).
 * @example
 * COMPLIANCE('生均用房', 3.6, '小学'); // 0.8
 */
export function COMPLIANCE(indicator: Arg, value: Arg, stage?: Arg, plan?: Arg): number {
  const row = threshold(indicator, stage, plan);
  const a = attainment(num(value, '值 / value'), row.direction, row.value);
  if (a === null) throw new MetricError('#DIV/0!', '除数为0，达成度无定义', 'attainment is undefined (division by 0)');
  return Number(a.toPrecision(15));
}

/**
 * EDU.GAP(indicator, value, [stage], [plan]): what is missing to meet the threshold; 0 when met.
 * @example
 * GAP('生均用房', 3.6, '小学'); // 0.9
 */
export function GAP(indicator: Arg, value: Arg, stage?: Arg, plan?: Arg): number {
  const row = threshold(indicator, stage, plan);
  return gap(num(value, '值 / value'), row.direction, row.value);
}
