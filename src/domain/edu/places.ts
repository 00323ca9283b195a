import { getIndicator, rowsOf } from '../catalog/index';
import { resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import type { Stage } from '../catalog/types';
import { capacity } from '../core/capacity';
import { classes } from '../core/classes';
import { MetricError } from '../core/errors';
import { parseNumber } from '../core/parse';
import { share } from '../core/share';
import { shortfall } from '../core/shortfall';
import { staffNeed } from '../core/staff-need';
import { num, optNum, scalar, stage as readStage, type Arg } from './args';

/** A national default for a stage (standard class size, students per staff member). */
function nationalDefault(indicatorId: string, stage: Stage): number {
  return selectThreshold(getIndicator(indicatorId)!, resolvePlan('national'), stage).row.value;
}

/**
 * EDU.SHORTFALL(demand, supply, [grades]): MAX(0, demand − supply) × grades.
 * @example
 * SHORTFALL(5000, 3800, 6); // 7200 (玉泉区 2020 小学, seed 000)
 */
export function SHORTFALL(demand: Arg, supply: Arg, grades?: Arg): number {
  return shortfall(num(demand, '需求 / demand'), num(supply, '学位数 / supply'), optNum(grades, '年级数 / grades', 1));
}

/**
 * EDU.CLASSES(students, stage, [size]): classes needed, rounded up; size defaults to the stage's
 * standard class size (小学 45, 初中 50, 高中 50, 幼儿园 30).
 * @example
 * CLASSES(1000, '小学'); // 23
 */
export function CLASSES(students: Arg, stage: Arg, size?: Arg): number {
  const s = readStage(stage);
  return classes(num(students, '学生数 / students'), optNum(size, '班额 / size') ?? nationalDefault('standard_class_size', s));
}

/**
 * EDU.CAPACITY(classes, stage, [size]): places offered, classes × size.
 * @example
 * CAPACITY(24, '初中'); // 1200
 */
export function CAPACITY(classCount: Arg, stage: Arg, size?: Arg): number {
  const s = readStage(stage);
  return capacity(num(classCount, '班级数 / classes'), optNum(size, '班额 / size') ?? nationalDefault('standard_class_size', s));
}

/**
 * EDU.STAFFNEED(students, stage, [ratio]): 教职工 needed, rounded up; ratio defaults to 19 / 13.5 /
 * 12.5 students per staff member (小学 / 初中 / 高中, 2014 城乡统一编制标准).
 * @example
 * STAFFNEED(1000, '初中'); // 75
 */
export function STAFFNEED(students: Arg, stage: Arg, ratio?: Arg): number {
  const s = readStage(stage);
  return staffNeed(num(students, '学生数 / students'), optNum(ratio, '师生比 / ratio') ?? nationalDefault('students_per_staff', s));
}

/**
 * EDU.SHARE(stage, primary, junior, [senior]): the share of a 一贯制 school's resource that belongs to
 * `stage`, students weighted 小学:初中:高中 = 1 : 1.1 : 1.32, or 初中:高中 = 1 : 1.2 when there are no
 * 小学 students. Weights come from the catalog (student_weight).
 * @example
 * SHARE('初中', 600, 400); // 440 / 1040, reported as 0.423076923076923
 */
export function SHARE(stage: Arg, primary: Arg, junior: Arg, senior?: Arg): number {
  const s = readStage(stage);
  const p = parseNumber(scalar(primary, '小学学生数 / primary'), '小学学生数 / primary') ?? 0;
  const j = parseNumber(scalar(junior, '初中学生数 / junior'), '初中学生数 / junior') ?? 0;
  const h = parseNumber(scalar(senior, '高中学生数 / senior'), '高中学生数 / senior') ?? 0;
  const order: Stage[] = ['primary', 'junior', 'senior'];
  const idx = order.indexOf(s);
  if (idx < 0) throw new MetricError('#VALUE!', '学段应为小学、初中或高中', 'stage must be primary, junior or senior');
  const scope = p === 0 && h > 0 ? '初中:高中' : '小学:初中:高中';
  // A stage absent from the chosen weighting (小学 under 初中:高中) has no students, so weight 0 is exact.
  const weights = order.map((st) => rowsOf('student_weight').find((r) => r.stage === st && r.scope === scope)?.value ?? 0);
  return share(idx, [p, j, h], weights);
}
