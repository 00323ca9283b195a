/**
 * The thresholds a column is checked against, from the catalog: for each stage a 学段 cell can
 * name, the row selectThreshold picks (the same row EDU.MEETS uses), grouped by equal threshold so
 * a rule stays short. Without a 学段 column an indicator is checked only when every stage has the
 * same threshold (骨干教师 ≥ 1 for 小学 and 初中 alike); otherwise it needs a stage and is skipped.
 */
import { getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold } from '../../domain/catalog/select';
import type { Indicator, Plan } from '../../domain/catalog/types';
import { stageName } from '../../domain/core/stage';
import { CELL_STAGES } from './stage-cells';
import type { StageThreshold } from './types';

/** The thresholds of one column, or why it has none. */
export type ColumnThresholds =
  | { ok: true; indicator: Indicator; plan: Plan; thresholds: StageThreshold[] }
  | { ok: false; reason: string; reasonEn: string };

/**
 * The thresholds of an indicator per stage group. With `byStage` false the result is one
 * threshold with no stages (it applies to every row), or a reason it cannot be checked.
 * @example
 * columnThresholds('teaching_space_per_student', 'national', true);
 * // { ok: true, thresholds: [{ stages: ['primary'], value: 4.5, direction: '>=', … }, { stages: ['junior'], value: 5.8, … }], … }
 * columnThresholds('teaching_space_per_student', 'national', false).ok; // false: 小学 4.5, 初中 5.8 — needs a stage
 * columnThresholds('backbone_teachers_per100', 'national', false);       // one threshold ≥ 1, stages []
 */
export function columnThresholds(indicatorId: string, planId: string | undefined, byStage: boolean): ColumnThresholds {
  const indicator = getIndicator(indicatorId);
  if (!indicator) return { ok: false, reason: `目录中没有指标 ${indicatorId}`, reasonEn: `no indicator ${indicatorId} in the catalog` };
  let plan: Plan;
  try {
    plan = resolvePlan(planId);
  } catch {
    return { ok: false, reason: `找不到规划「${planId}」`, reasonEn: `no plan "${planId}"` };
  }
  const groups: StageThreshold[] = [];
  for (const stage of CELL_STAGES) {
    let sel;
    try {
      sel = selectThreshold(indicator, plan, stage);
    } catch {
      continue; // no standard or target for this stage
    }
    const same = groups.find((g) => g.value === sel.row.value && g.direction === sel.row.direction);
    if (same) same.stages.push(stage);
    else groups.push({ stages: [stage], value: sel.row.value, direction: sel.row.direction, rowId: sel.row.id, fallback: sel.fallback });
  }
  if (groups.length === 0) {
    return {
      ok: false,
      reason: `「${indicator.name}」在${whereZh(plan)}中没有标准或目标值`,
      reasonEn: `"${indicator.name_en}" has no standard or target in ${whereEn(plan)}`,
    };
  }
  if (byStage) return { ok: true, indicator, plan, thresholds: groups };
  if (groups.length === 1) return { ok: true, indicator, plan, thresholds: [{ ...groups[0], stages: [] }] };
  const list = groups.map((g) => `${g.stages.map(stageName).join('/')} ${g.direction} ${g.value}`).join('，');
  return {
    ok: false,
    reason: `「${indicator.name}」按学段有不同标准（${list}），表中没有学段列`,
    reasonEn: `"${indicator.name_en}" has a different threshold per stage (${groups.map((g) => `${g.stages.join('/')} ${g.direction} ${g.value}`).join(', ')}); the table has no stage column`,
  };
}

/**
 * Where a threshold was looked for, for messages: the national standards, or a plan and them.
 * @example whereZh(resolvePlan('南雄市')); // '南雄市及国家标准'
 */
export function whereZh(plan: Plan): string {
  return plan.id === 'national' ? '国家标准' : `${plan.name}及国家标准`;
}

/** @example whereEn(resolvePlan(null)); // 'the national standards' */
export function whereEn(plan: Plan): string {
  return plan.id === 'national' ? 'the national standards' : `${plan.name_en} or the national standards`;
}
