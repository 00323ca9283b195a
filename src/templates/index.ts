/**
 * The template sheets every surface offers (CLI `plan-metrics template`, the task pane's "insert
 * template"): their names and builders.
 */
import { MetricError } from '../core/errors';
import { buildPlaceForecast } from './place-forecast';
import { buildPlacePlanning } from './place-planning';
import { buildPlanTracker } from './plan-tracker';
import { buildSchoolResources } from './school-resources';
import type { SheetSpec, TemplateInfo, TemplateOptions } from './types';

export type { CellSpec, RuleSpec, SheetSpec, StyleName, TemplateInfo, TemplateOptions, ValidationSpec } from './types';
export { STYLES, styleOf, type StyleDef } from './styles';
export { dxfMiss } from '../sheet/types';

const TEMPLATES: (TemplateInfo & { build: (opts: TemplateOptions) => SheetSpec })[] = [
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
    descriptionZh: '按年级递进法预测今后各年在校生、所需学位、班级、教职工、学位缺口和需新建学校数，附需求与学位折线图',
    descriptionEn: 'Grade-transition forecast of enrolment, places, classes, staff, shortfall and new schools per year, with a demand-versus-places chart',
    build: buildPlaceForecast,
  },
];

/**
 * The templates, with their Chinese and English titles.
 * @example
 * listTemplates().map((t) => t.name); // ['school-resources', 'place-planning', 'plan-tracker', 'place-forecast']
 */
export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map(({ build: _build, ...info }) => info);
}

/**
 * Builds a template by name. An unknown name is a MetricError (#N/A) listing the names.
 * @example
 * buildTemplate('plan-tracker', { plan: '南雄市', lang: 'zh' }).name; // '规划目标跟踪'
 */
export function buildTemplate(name: string, opts: TemplateOptions = {}): SheetSpec {
  const t = TEMPLATES.find((x) => x.name === name.trim().toLowerCase() || x.zh === name.trim() || x.en.toLowerCase() === name.trim().toLowerCase());
  if (!t) {
    const names = TEMPLATES.map((x) => x.name).join(', ');
    throw new MetricError('#N/A', `没有模板「${name}」，可用：${names}`, `no template "${name}"; use ${names}`);
  }
  return t.build(opts);
}
