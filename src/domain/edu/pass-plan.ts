import { getIndicator } from '../catalog/index';
import { MetricError } from '../core/errors';
import { passPlan, type PlanStandard } from '../core/pass-plan';
import { parseNumber } from '../core/parse';
import { RESOURCE_INDICATORS } from '../core/resource-indicators';
import type { Stage } from '../catalog/types';
import { num, toList, type Arg } from './args';
import { measureFor } from './need';
import { resourceStandards, schoolRule, schoolStage, sevenValues } from './school';

/**
 * The seven standards of a stage with what each counts, from the catalog (made once per stage).
 * @example
 * planStandards('primary')[0]; // { value: 4.2, direction: '>=', measure: { per: 100, whole: true } }
 */
export function planStandards(stage: Stage): PlanStandard[] {
  let s = byStage.get(stage);
  if (!s) {
    s = resourceStandards(stage).map((std, i) => ({ ...std, measure: measureFor(getIndicator(RESOURCE_INDICATORS[i])!) }));
    byStage.set(stage, s);
  }
  return s;
}
const byStage = new Map<Stage, PlanStandard[]>();

/**
 * EDU.PASSPLAN(values, students, stage, [unit_costs]): the seven additions, one row in COUNTMET's
 * order, that make the school pass the 6-of-7 / 85 % rule at the least cost (see passPlan). The rule
 * (how many must be met, the floor of the others) is the catalog's, for the stage.
 * @example
 * PASSPLAN([[3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3]], 500, '小学'); // [[3, 0, 0, 0, 0, 100000, 0]]
 * // at 10,000 元 a teacher and 1 元 an 元 of equipment, 6 teachers (60,000) beat 3 + 100,000 元
 * PASSPLAN([[3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3]], 500, '小学', [[10000, 10000, 10000, 3000, 300, 1, 20000]]); // [[6, 0, 0, 0, 0, 0, 0]]
 */
export function PASSPLAN(values: Arg, students: Arg, stage: Arg, unitCosts?: Arg): number[][] {
  const s = schoolStage(stage);
  const xs = sevenValues(values).map((v, i) => {
    if (v === null) throw new MetricError('#VALUE!', `缺少第${i + 1}项指标值（单元格为空），无法测算`, `value ${i + 1} is missing (blank cell); no plan without it`);
    return v;
  });
  const n = num(students, '学生数 / students');
  const { minMet, floor } = schoolRule(s);
  return [passPlan(xs, n, planStandards(s), minMet, floor, prices(unitCosts))];
}

/** Seven prices, or null when omitted or left all blank (the template's cells before the user types). */
function prices(x: Arg | undefined): number[] | null {
  if (x === undefined || x === null || x === '') return null;
  const list = toList(x, '单价 / unit_costs').map((v, i) => parseNumber(v, `第${i + 1}项单价 / unit cost ${i + 1}`));
  if (list.every((v) => v === null)) return null;
  if (list.length !== 7 || list.some((v) => v === null)) {
    throw new MetricError('#VALUE!', '单价应为7项，全部填写或全部留空', 'give all 7 unit costs, or none');
  }
  if (list.some((v) => v! < 0)) throw new MetricError('#NUM!', '单价不能为负数', 'unit costs cannot be negative');
  return list as number[];
}
