import { resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import { getIndicator } from '../catalog/index';
import { layeredMemo } from '../catalog/layer';
import type { Stage } from '../catalog/types';
import { countMet, type Standard } from '../core/count-met';
import { MetricError } from '../core/errors';
import { parseNumber } from '../core/parse';
import { schoolPass } from '../core/school-pass';
import { RESOURCE_INDICATORS } from '../core/resource-indicators';
import { stage as readStage, toList, type Arg } from './args';

const national = () => resolvePlan('national');

/**
 * A school's stage for the resource rules: 小学 or 初中 (a through-school is split first).
 * @example
 * schoolStage('初中'); // 'junior'
 */
export function schoolStage(x: Arg): Stage {
  const s = readStage(x);
  if (s !== 'primary' && s !== 'junior') {
    throw new MetricError(
      '#VALUE!',
      '优质均衡资源配置指标按小学或初中计算；一贯制学校请按学段拆分（见 EDU.SHARE）',
      'the resource indicators are computed for primary or junior; split a through-school by stage (see EDU.SHARE)',
    );
  }
  return s;
}

/**
 * The national standards of the seven resource indicators for a stage, from the catalog.
 * @example
 * resourceStandards('primary')[3]; // { value: 4.5, direction: '>=' } (生均教学及辅助用房面积)
 */
export function resourceStandards(stage: Stage): Standard[] {
  let std = standardsByStage().get(stage);
  if (!std) standardsByStage().set(stage, (std = Object.freeze(standardsOf(stage)) as Standard[]));
  return std;
}
// Seven catalog lookups per school per call, the same for every school of a stage: made once (per
// layer: a province profile may raise a standard).
const standardsByStage = layeredMemo<Stage, Standard[]>();

function standardsOf(stage: Stage): Standard[] {
  return RESOURCE_INDICATORS.map((id) => {
    const row = selectThreshold(getIndicator(id)!, national(), stage).row;
    return { value: row.value, direction: row.direction };
  });
}

/**
 * A school's seven resource indicator values (a row or column), blanks as null.
 * @example
 * sevenValues([[4.2, 1, 0.9, 4.5, 7.5, 2000, null]]); // [4.2, 1, 0.9, 4.5, 7.5, 2000, null]
 */
export function sevenValues(values: Arg): (number | null)[] {
  const list = toList(values, '七项指标值 / values');
  if (list.length !== 7) {
    throw new MetricError('#VALUE!', `应为7项资源配置指标值，实际${list.length}项`, `expected the 7 resource indicator values, got ${list.length}`);
  }
  return list.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? v : parseNumber(v, `第${i + 1}项指标值 / value ${i + 1}`)));
}

/**
 * EDU.COUNTMET(values, stage): how many of the seven resource indicators the school meets.
 * @example
 * COUNTMET([[4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0]], '小学'); // 6
 */
export function COUNTMET(values: Arg, stage: Arg): number {
  const s = schoolStage(stage);
  return countMet(sevenValues(values), resourceStandards(s));
}

/**
 * EDU.SCHOOLPASS(values, stage): at least 6 of 7 met and each one missed ≥ 85% of its standard.
 * @example
 * SCHOOLPASS([[4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0]], '小学'); // true
 */
export function SCHOOLPASS(values: Arg, stage: Arg): boolean {
  const s = schoolStage(stage);
  const { minMet, floor } = schoolRule(s);
  return schoolPass(sevenValues(values), resourceStandards(s), minMet, floor);
}

/**
 * The school rule of 教督〔2017〕6号 for a stage, from the catalog: how many of the seven a school
 * must meet, and the share of its standard an unmet one must still reach.
 * @example
 * schoolRule('primary'); // { minMet: 6, floor: 0.85 }
 */
export function schoolRule(stage: Stage): { minMet: number; floor: number } {
  let r = rulesByStage().get(stage);
  if (!r) {
    const row = (id: string) => selectThreshold(getIndicator(id)!, national(), stage).row.value;
    rulesByStage().set(stage, (r = Object.freeze({ minMet: row('resource_indicators_met_min'), floor: row('resource_floor_ratio') })));
  }
  return r;
}
// Two catalog lookups per school per call, the same for every school of a stage: made once.
const rulesByStage = layeredMemo<Stage, { minMet: number; floor: number }>();
