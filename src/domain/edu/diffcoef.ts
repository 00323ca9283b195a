import { diffCoef } from '../core/diff-coef';
import { MetricError } from '../core/errors';
import { parseNumber, parseText } from '../core/parse';
import { parseStage } from '../core/stage';
import { scalar, toList, type Arg } from './args';
import { profileMinStudents } from '../catalog/layer';

/**
 * EDU.DIFFCOEF(values, students, [stages], [stage], [min_students]): student-weighted 差异系数.
 * A pair with a blank on either side is skipped (a school that did not report); ranges of different
 * sizes are #VALUE!. With `stages` (the 学段 column, same size) and `stage`, only the schools of that
 * stage count, so a county table of 小学 and 初中 rows needs no helper columns; a school with a blank
 * 学段 is not of any stage, an unreadable 学段 is #VALUE! (never dropped silently). `min_students`
 * is the province's scope: a school with fewer students (e.g. a 教学点) is left out. It is an
 * argument because provinces differ; 特殊教育学校 are left out by their own 学段.
 * @example
 * DIFFCOEF([[4], [6]], [[100], [300]]); // 0.15745916432444337 (reported as 0.157459164324443)
 * // only the 小学 rows {4, 6} with {100, 300}; the 初中 row 9 is not counted
 * DIFFCOEF([[4], [9], [6]], [[100], [50], [300]], [['小学'], ['初中'], ['小學']], '小学'); // 0.15745916432444337
 */
export function DIFFCOEF(values: Arg, students: Arg, stages?: Arg, stage?: Arg, minStudents?: Arg): number {
  const { v, p } = countyPairs(values, students, stages, stage, minStudents);
  return diffCoef(v, p);
}

/** The schools a county figure counts, as DIFFCOEF reads them: their values, enrolments and places in the range. */
export interface CountyPairs { v: number[]; p: number[]; at: number[] }

/**
 * The (value, students) pairs of the schools DIFFCOEF counts, with where each sits in the range:
 * blanks skipped, only the schools of `stage` when `stages` is given, none below `minStudents`.
 * EDU.CVFLOOR and EDU.CVNEED read a county the same way.
 * @example
 * countyPairs([[4], [9], [6]], [[100], [50], [300]], [['小学'], ['初中'], ['小学']], '小学'); // { v: [4, 6], p: [100, 300], at: [0, 2] }
 */
export function countyPairs(values: Arg, students: Arg, stages?: Arg, stage?: Arg, minStudents?: Arg): CountyPairs {
  const xs = toList(values, '指标值 / values');
  const ps = toList(students, '学生数 / students');
  if (xs.length !== ps.length) {
    throw new MetricError('#VALUE!', `指标值（${xs.length}个）与学生数（${ps.length}个）区域大小不同`, `values (${xs.length}) and students (${ps.length}) differ in size`);
  }
  const hasStages = !omitted(stages);
  const hasStage = !omitted(stage);
  if (hasStages !== hasStage) {
    throw new MetricError('#VALUE!', '学段区域与学段须同时给出', 'give both the stages range and the stage, or neither');
  }
  let ss: unknown[] | null = null;
  let want: string | null = null;
  if (hasStages && hasStage) {
    ss = toList(stages as Arg, '学段区域 / stages');
    if (ss.length !== xs.length) {
      throw new MetricError('#VALUE!', `学段区域（${ss.length}个）与指标值（${xs.length}个）区域大小不同`, `stages (${ss.length}) and values (${xs.length}) differ in size`);
    }
    want = parseStage(parseText(scalar(stage as Arg, '学段 / stage')) ?? '');
  }
  // Omitted, it is the province profile's scope when the workbook names one (docs/own-plan.md).
  const min = omitted(minStudents) ? profileMinStudents() : parseNumber(scalar(minStudents, '最少学生数 / min_students'), '最少学生数 / min_students');
  const v: number[] = [];
  const p: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    // A finite number (nearly every cell) is taken as it is; only others build a message.
    const xi = xs[i];
    const pi = ps[i];
    if (ss && want) {
      const si = ss[i];
      if (si === null || si === undefined || (typeof si === 'string' && si.trim() === '')) continue;
      let st: string;
      try {
        st = parseStage(String(si));
      } catch {
        throw new MetricError('#VALUE!', `第${i + 1}个学段「${String(si)}」无法识别`, `stage ${i + 1} "${String(si)}" is not a known stage`);
      }
      if (st !== want) continue;
    }
    const x = typeof xi === 'number' && Number.isFinite(xi) ? xi : parseNumber(xi, `第${i + 1}个指标值 / value ${i + 1}`);
    const n = typeof pi === 'number' && Number.isFinite(pi) ? pi : parseNumber(pi, `第${i + 1}个学生数 / students ${i + 1}`);
    if (x === null || n === null) continue;
    if (min !== null && n < min) continue;
    v.push(x);
    p.push(n);
    at.push(i);
  }
  return { v, p, at };
}

/**
 * An omitted optional argument: undefined, null or "" depending on the adapter.
 * @example
 * omitted([[null]]); // true
 */
export function omitted(x: Arg | undefined): boolean {
  return x === undefined || x === null || x === '' || (Array.isArray(x) && x.length === 1 && x[0].length === 1 && (x[0][0] === null || x[0][0] === ''));
}
