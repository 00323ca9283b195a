/**
 * The student weights of a 一贯制 school's split, from the catalog (student_weight, 《县域义务教育
 * 优质均衡发展督导评估办法》 附件 指标计算说明): 九年一贯制 小学:初中 = 1:1.1, 完全中学 初中:高中 =
 * 1:1.2, 十二年一贯制 1:1.1:1.32. A stage's share of a shared resource is its weighted students over
 * the school's (core share()).
 */
import { rowsOf } from '../../../domain/catalog/index';
import { share } from '../../../domain/core/share';
import type { SchoolStage } from './layout';

const ORDER: readonly SchoolStage[] = ['primary', 'junior', 'senior'];

/**
 * The weights of the stages a school has: 初中:高中 when it has no 小学, else 小学:初中:高中.
 * @example stageWeights(['primary', 'junior']); // { primary: 1, junior: 1.1 }
 * @example stageWeights(['junior', 'senior']); // { junior: 1, senior: 1.2 }
 */
export function stageWeights(stages: readonly SchoolStage[]): Partial<Record<SchoolStage, number>> {
  const scope = stages.includes('primary') ? '小学:初中:高中' : '初中:高中';
  const out: Partial<Record<SchoolStage, number>> = {};
  for (const st of ORDER) {
    if (!stages.includes(st)) continue;
    const w = rowsOf('student_weight').find((r) => r.stage === st && r.scope === scope)?.value;
    out[st] = typeof w === 'number' ? w : 1;
  }
  return out;
}

/**
 * Each stage's share of the school's shared resources (1 for a single-stage school).
 * @example
 * // The 九年一贯制 example: 166 小学, 210 初中 → 小学 166 / (166 + 1.1 × 210) = 166 / 397
 * stageShares({ primary: 166, junior: 210 }).primary; // 0.4181360201511335
 */
export function stageShares(students: Partial<Record<SchoolStage, number>>): Partial<Record<SchoolStage, number>> {
  const stages = ORDER.filter((s) => (students[s] ?? 0) > 0);
  const w = stageWeights(stages);
  const counts = stages.map((s) => students[s] ?? 0);
  const weights = stages.map((s) => w[s] ?? 1);
  const out: Partial<Record<SchoolStage, number>> = {};
  stages.forEach((s, i) => (out[s] = stages.length === 1 ? 1 : share(i, counts, weights)));
  return out;
}
