/**
 * The template sheets every surface offers (CLI `plan-metrics template`, the task pane's "insert
 * template"): their names and builders.
 */
import { MetricError } from '../../domain/core/errors';
import { buildCountyAssessment } from './county-assessment';
import { buildImprovementPlan } from './improvement-plan';
import { buildPlaceForecast } from './place-forecast';
import { buildPlacePlanning } from './place-planning';
import { buildPlanTracker } from './plan-tracker';
import { buildPreschoolAssessment } from './preschool-assessment';
import { buildSchoolResources } from './school-resources';
import type { SheetSpec, TemplateInfo, TemplateOptions } from './types';

export type { CellSpec, RuleSpec, SheetSpec, StyleName, TemplateInfo, TemplateOptions, ValidationSpec } from './types';
export { STYLES, styleOf, type StyleDef } from './styles';
export { dxfMiss } from '../school-table/types';
export { retargetSheet, sheetPrefix } from './sheet-refs';

// A template of several sheets (county-assessment) lists the sheet the user works in first; its
// formulas read the others by name.
const TEMPLATES: (TemplateInfo & { build: (opts: TemplateOptions) => SheetSpec | SheetSpec[] })[] = [
  {
    name: 'school-resources', zh: '学校资源配置（优质均衡）', en: 'School resources (high-quality balance)',
    descriptionZh: '每校一行：七项资源配置指标、达标项数、是否达标；县域差异系数（小学、初中）与达标率',
    descriptionEn: 'One row per school: the seven resource indicators, indicators met, pass; county coefficients of variation (primary, junior) and pass rate',
    build: buildSchoolResources,
  },
  {
    name: 'place-planning', zh: '学位供需', en: 'School places',
    descriptionZh: '各年级入学需求与学位、缺口、所需班级数；按学段汇总与所需教职工数',
    descriptionEn: 'Demand and places per grade, shortfall, classes needed; totals and staff needed per stage',
    build: buildPlacePlanning,
  },
  {
    name: 'plan-tracker', zh: '规划目标跟踪', en: 'Plan targets',
    descriptionZh: '所选规划的每项标准和目标：基线、本年目标、当前值、是否达标、差距',
    descriptionEn: "Each standard and target of a plan: baseline, the year's target, current value, met, gap",
    build: buildPlanTracker,
  },
  {
    name: 'place-forecast', zh: '学位供需预测', en: 'Place forecast',
    descriptionZh: '由本地历年分年级在校生拟合升级比和入学系数，按低、中、高三个方案预测今后10年在校生、学位缺口与空余学位、多余班级与教职工，附回测误差和历史与预测折线图',
    descriptionEn: 'Progression ratios and entry rate fitted from local enrolment history; low, middle and high forecasts for 10 years with shortfall and empty places, classes and staff no longer needed, a back-test of accuracy, and a chart of history and forecast',
    build: buildPlaceForecast,
  },
  {
    name: 'county-assessment', zh: '优质均衡督导评估自评表', en: 'County assessment (high-quality balance)',
    descriptionZh: '教督〔2017〕6号四个方面：资源配置（读取同时插入的学校资源配置表）、政府保障程度15项、教育质量9项、社会认可度；逐项标准、依据条款、是否达到及总体结论',
    descriptionEn: 'The four parts of the 2017 rules: resources (from the school-resources sheet added with it), 15 government items, 9 quality items, public satisfaction; each with its standard, clause and verdict, and the overall verdict',
    build: buildCountyAssessment,
  },
  {
    name: 'preschool-assessment', zh: '学前教育普及普惠督导评估自评表', en: 'Preschool assessment (universal and affordable)',
    descriptionZh: '教督〔2020〕1号：普及普惠水平、政府保障情况、保教质量保障情况、社会认可度；逐项标准、依据条款、是否达到及总体结论',
    descriptionEn: 'The 2020 preschool rules: access, government provision, quality of care, public satisfaction; each with its standard, clause and verdict, and the overall verdict',
    build: buildPreschoolAssessment,
  },
  {
    name: 'improvement-plan', zh: '补短测算', en: 'Improvement plan',
    descriptionZh: '读取同时插入的学校资源配置表：每校达到「6项达标、其余≥85%」的最省补充（教师、面积、设备、教室），使各项差异系数达标的补底线与补充量，单价（自填）与费用、分年度安排',
    descriptionEn: 'From the school-resources sheet added with it: the cheapest additions (teachers, space, equipment, rooms) that make each school pass 6 of 7, the floor and additions that bring each coefficient within its limit, unit costs (typed by the user), costs and a year-by-year spread',
    build: buildImprovementPlan,
  },
];

/**
 * The templates, with their Chinese and English titles.
 * @example
 * listTemplates().map((t) => t.name); // ['school-resources', 'place-planning', 'plan-tracker', 'place-forecast', 'county-assessment', 'preschool-assessment', 'improvement-plan']
 */
export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map(({ build: _build, ...info }) => info);
}

/**
 * Every sheet of a template by name, the one the user works in first. An unknown name is a
 * MetricError (#N/A) listing the names.
 * @example
 * buildTemplateSheets('county-assessment', { rows: 3 }).map((s) => s.name); // ['优质均衡自评', '学校资源配置']
 * buildTemplateSheets('plan-tracker').length; // 1
 */
export function buildTemplateSheets(name: string, opts: TemplateOptions = {}): SheetSpec[] {
  const t = TEMPLATES.find((x) => x.name === name.trim().toLowerCase() || x.zh === name.trim() || x.en.toLowerCase() === name.trim().toLowerCase());
  if (!t) {
    const names = TEMPLATES.map((x) => x.name).join(', ');
    throw new MetricError('#N/A', `没有模板「${name}」，可用：${names}`, `no template "${name}"; use ${names}`);
  }
  const built = t.build(opts);
  return Array.isArray(built) ? built : [built];
}

/**
 * A one-sheet template by name (its first sheet). A template of several sheets is refused, since
 * its first sheet alone would read a sheet that is not there: use buildTemplateSheets.
 * @example
 * buildTemplate('plan-tracker', { plan: '南雄市', lang: 'zh' }).name; // '规划目标跟踪'
 */
export function buildTemplate(name: string, opts: TemplateOptions = {}): SheetSpec {
  const sheets = buildTemplateSheets(name, opts);
  if (sheets.length > 1) throw new Error(`template ${name} has ${sheets.length} sheets: use buildTemplateSheets`);
  return sheets[0];
}
