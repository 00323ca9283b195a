/**
 * The county's compliance at a glance, computed from school rows: per resource indicator and stage,
 * how many schools meet the national standard, how many miss it, the student-weighted 差异系数
 * against its limit; how many schools pass the 6-of-7 / 85% rule; the follow-up list (who misses what,
 * by how much) and the county verdict. Pure: the demo report and the
 * task pane's 达标汇总 both read it.
 */
import { getIndicator } from '../../domain/catalog/index';
import { activeLayer } from '../../domain/catalog/layer';
import { meets } from '../../domain/core/compare';
import { diffCoef } from '../../domain/core/diff-coef';
import { isMetricError } from '../../domain/core/errors';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { followUp, type FollowUp } from './follow-up';
import { improvementPlan, type ImprovementSummary } from './improvement';
import { resourceRules } from './rules';
import { countyVerdict, type Verdict } from './verdict';
import type { IndicatorSummary, SchoolFigures } from './types';

export type { IndicatorSummary, SchoolFigures } from './types';

export interface CountySummary {
  schools: number;
  byStage: Record<'primary' | 'junior', { schools: number; passed: number }>;
  /** Schools of other stages (一贯制 not split by stage, 高中 …) that the resource rules do not assess. */
  notAssessed: number;
  indicators: IndicatorSummary[];
  /** The follow-up list: per indicator and per school, who misses and by how much. */
  followUp: FollowUp;
  /** The county's 资源配置 verdict (教督〔2017〕6号). */
  verdict: Verdict;
  /** 补短测算: what each school needs to pass and to bring each 差异系数 within its limit (issue 26). */
  improvement: ImprovementSummary;
  /**
   * 教学点 the province profile leaves out (fewer students than its scope): not counted, not in the
   * 差异系数, not in the verdict. Absent without a profile scope.
   */
  leftOut?: { profile: string; minStudents: number; schools: string[] };
}

/**
 * True for a 教学点 by its name (教学点 / 教學點 / teaching point): the school table has no type column.
 * @example
 * isTeachingPoint('王庄村教学点'); // true
 * isTeachingPoint('王庄小学');     // false
 */
export function isTeachingPoint(name: string): boolean {
  return /教学点|教學點|teaching\s*point/i.test(name);
}

/**
 * @example
 * const s = summarizeCounty([{ name: 'A', stage: 'primary', students: 500, values: [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3] }]);
 * s.byStage.primary.passed; // 1
 */
export function summarizeCounty(all: SchoolFigures[]): CountySummary {
  // The province profile's scope (河北省's 具体办法: 教学点 under 50 students are not assessed).
  const layer = activeLayer();
  const min = layer?.profile?.minStudents ?? null;
  const outOfScope = (s: SchoolFigures) => min !== null && isTeachingPoint(s.name) && s.students !== null && s.students < min;
  const schools = min === null ? all : all.filter((s) => !outOfScope(s));
  const out: CountySummary = {
    schools: schools.length,
    byStage: { primary: { schools: 0, passed: 0 }, junior: { schools: 0, passed: 0 } },
    notAssessed: 0,
    indicators: [],
    followUp: followUp(schools),
    verdict: { met: null, reasons: [] },
    improvement: improvementPlan(schools),
    ...(min !== null ? { leftOut: { profile: layer?.profileName ?? '', minStudents: min, schools: all.filter(outOfScope).map((s) => s.name) } } : {}),
  };
  for (const stage of ['primary', 'junior'] as const) {
    const rows = schools.filter((s) => s.stage === stage);
    out.byStage[stage].schools = rows.length;
    const { standards, diffLimit: limit, diffDirection } = resourceRules(stage);
    // A school of the stage passes unless the follow-up list holds it as failing the school rule.
    const failed = out.followUp.bySchool.filter((x) => x.stage === stage && !x.passes).length;
    out.byStage[stage].passed = rows.length - failed;
    RESOURCE_INDICATORS.forEach((id, i) => {
      const ind = getIndicator(id)!;
      const std = standards[i];
      let met = 0;
      let missed = 0;
      let blank = 0;
      const xs: number[] = [];
      const ps: number[] = [];
      for (const s of rows) {
        const v = s.values[i];
        if (v === null) {
          blank++;
          continue;
        }
        if (meets(v, std.direction, std.value)) met++;
        else missed++;
        if (s.students !== null) {
          xs.push(v);
          ps.push(s.students);
        }
      }
      let cv: number | null = null;
      try {
        cv = diffCoef(xs, ps);
      } catch (e) {
        if (!isMetricError(e)) throw e;
      }
      out.indicators.push({
        indicatorId: id, name: ind.name, stage, threshold: std.value, met, missed, blank, diffCoef: cv, limit,
        balanced: cv === null ? null : meets(cv, diffDirection, limit),
      });
    });
  }
  out.notAssessed = schools.filter((s) => s.stage !== 'primary' && s.stage !== 'junior').length;
  out.verdict = countyVerdict({ ...out, bySchool: out.followUp.bySchool });
  return out;
}
