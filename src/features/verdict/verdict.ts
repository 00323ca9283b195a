/**
 * The county's verdict on the 资源配置 part of 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）:
 * met when, in each stage, every school passes the school rule (at least 6 of the 7 indicators met,
 * the rest ≥ 85 % of the standard) and every indicator's 校际差异系数 is within its limit (≤ 0.50 小学,
 * ≤ 0.45 初中). The numbers come from the catalog through resourceRules; the verdict says which
 * condition fails, with numbers. It cannot be "met" while something could not be assessed (a 差异系数
 * without any figure, a school not split by stage): then it is undetermined (null). Pure.
 */
import { meets } from '../../domain/core/compare';
import type { SchoolMisses } from './follow-up';
import { resourceRules, type ResourceStage } from './rules';
import type { IndicatorSummary } from './types';

export type VerdictReason =
  /** Schools of a stage failing the school rule. */
  | { kind: 'schools'; stage: ResourceStage; failed: string[]; schools: number; minMet: number; floor: number }
  /** An indicator's 差异系数 over its limit. */
  | { kind: 'diff_coef'; stage: ResourceStage; indicatorId: string; name: string; diffCoef: number; limit: number }
  /** An indicator's 差异系数 that could not be computed (no school with a figure and an enrolment). */
  | { kind: 'diff_coef_unknown'; stage: ResourceStage; indicatorId: string; name: string }
  /** Schools of other stages (一贯制 not split into 小学部/初中部 …) the rules could not assess. */
  | { kind: 'not_assessed'; schools: number };

export interface Verdict {
  /** true: met; false: a condition fails; null: nothing fails but something could not be assessed. */
  met: boolean | null;
  /** Failures first, then what could not be assessed. Empty when met. */
  reasons: VerdictReason[];
}

/** What the verdict reads: the county summary's per-stage counts and indicators, and the follow-up list. */
export interface VerdictInput {
  byStage: Record<ResourceStage, { schools: number }>;
  indicators: IndicatorSummary[];
  notAssessed: number;
  bySchool: SchoolMisses[];
}

/**
 * @example
 * // summarizeCounty calls it; standalone, over a county summary and its follow-up list:
 * const s = summarizeCounty([{ name: 'A小学', stage: 'primary', students: 500, values: [4.2, 1, 0.9, 4.5, 6.1, 2000, 2.3] }]);
 * countyVerdict({ ...s, bySchool: s.followUp.bySchool });
 * // { met: false, reasons: [{ kind: 'schools', stage: 'primary', failed: ['A小学'], schools: 1, minMet: 6, floor: 0.85 }] }
 * // (运动 6.1 / 7.5 = 81 % < 85 %; one school: every 差异系数 is 0)
 */
export function countyVerdict(s: VerdictInput): Verdict {
  const fails: VerdictReason[] = [];
  const unknown: VerdictReason[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const schools = s.byStage[stage].schools;
    if (!schools) continue;
    const rules = resourceRules(stage);
    const failed = s.bySchool.filter((x) => x.stage === stage && !x.passes).map((x) => x.school);
    if (failed.length) fails.push({ kind: 'schools', stage, failed, schools, minMet: rules.minMet, floor: rules.floor });
    for (const r of s.indicators.filter((x) => x.stage === stage)) {
      if (r.diffCoef === null) unknown.push({ kind: 'diff_coef_unknown', stage, indicatorId: r.indicatorId, name: r.name });
      else if (!meets(r.diffCoef, rules.diffDirection, rules.diffLimit)) {
        fails.push({ kind: 'diff_coef', stage, indicatorId: r.indicatorId, name: r.name, diffCoef: r.diffCoef, limit: rules.diffLimit });
      }
    }
  }
  if (s.notAssessed) unknown.push({ kind: 'not_assessed', schools: s.notAssessed });
  const assessed = s.byStage.primary.schools + s.byStage.junior.schools > 0;
  return { met: fails.length ? false : unknown.length || !assessed ? null : true, reasons: [...fails, ...unknown] };
}

const STAGE = { primary: ['小学', 'primary'], junior: ['初中', 'junior'] } as const;
const cv = (x: number) => Number(x.toFixed(3)).toString();
const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/**
 * The school rule of a stage in words, from the catalog's numbers.
 * @example
 * schoolRuleText('primary', 'zh'); // '至少 6 项达标、其余不低于标准的 85%'
 */
export function schoolRuleText(stage: ResourceStage, lang: 'zh' | 'en'): string {
  const { minMet, floor } = resourceRules(stage);
  return lang === 'zh' ? `至少 ${minMet} 项达标、其余不低于标准的 ${pct(floor)}` : `at least ${minMet} of 7 met, the rest ≥ ${pct(floor)} of the standard`;
}

/**
 * What "met" means, with the catalog's numbers (shown under a met verdict).
 * @example
 * metText('zh'); // '每所学校至少 6 项达标、其余不低于标准的 85%；各项指标校际差异系数：小学 ≤ 0.5，初中 ≤ 0.45。'
 */
export function metText(lang: 'zh' | 'en'): string {
  const lim = (st: ResourceStage) => cv(resourceRules(st).diffLimit);
  return lang === 'zh'
    ? `每所学校${schoolRuleText('primary', 'zh')}；各项指标校际差异系数：小学 ≤ ${lim('primary')}，初中 ≤ ${lim('junior')}。`
    : `Every school: ${schoolRuleText('primary', 'en')}; every indicator's coefficient of variation: primary ≤ ${lim('primary')}, junior ≤ ${lim('junior')}.`;
}

/**
 * The verdict's headline, Chinese or English.
 * @example
 * verdictHeadline({ met: false, reasons: [] }, 'zh'); // '资源配置：未达到要求（教督〔2017〕6号）'
 */
export function verdictHeadline(v: Verdict, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `资源配置：${v.met === true ? '达到要求' : v.met === false ? '未达到要求' : '无法判定'}（教督〔2017〕6号）`;
  return `Resource allocation: ${v.met === true ? 'met' : v.met === false ? 'not met' : 'undetermined'} (教督〔2017〕6号)`;
}

/**
 * One reason as a sentence with its numbers, Chinese or English.
 * @example
 * reasonText({ kind: 'diff_coef', stage: 'junior', indicatorId: 'sports_space_per_student', name: '生均体育运动场馆面积', diffCoef: 0.52, limit: 0.45 }, 'zh');
 * // '初中 生均体育运动场馆面积 差异系数 0.52 > 0.45'
 * reasonText({ kind: 'schools', stage: 'primary', failed: ['A小学', 'B小学'], schools: 5, minMet: 6, floor: 0.85 }, 'zh');
 * // '小学 2 / 5 所学校未达标（须至少 6 项达标、其余不低于标准的 85%）：A小学、B小学'
 */
export function reasonText(r: VerdictReason, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  switch (r.kind) {
    case 'schools':
      return zh
        ? `${STAGE[r.stage][0]} ${r.failed.length} / ${r.schools} 所学校未达标（须${schoolRuleText(r.stage, 'zh')}）：${r.failed.join('、')}`
        : `${STAGE[r.stage][1]}: ${r.failed.length} of ${r.schools} schools fail (${schoolRuleText(r.stage, 'en')}): ${r.failed.join(', ')}`;
    case 'diff_coef':
      return zh
        ? `${STAGE[r.stage][0]} ${r.name} 差异系数 ${cv(r.diffCoef)} > ${cv(r.limit)}`
        : `${STAGE[r.stage][1]}: ${r.name} coefficient of variation ${cv(r.diffCoef)} > ${cv(r.limit)}`;
    case 'diff_coef_unknown':
      return zh
        ? `${STAGE[r.stage][0]} ${r.name} 差异系数无法计算（没有同时填报数值和学生数的学校）`
        : `${STAGE[r.stage][1]}: ${r.name} coefficient of variation cannot be computed (no school reports both the figure and its students)`;
    case 'not_assessed':
      return zh
        ? `${r.schools} 所学校不是小学或初中（一贯制学校须按学段拆分为小学部、初中部），未评估`
        : `${r.schools} schools are neither primary nor junior (split a 一贯制 school into its 小学部 and 初中部 rows); not assessed`;
  }
}
