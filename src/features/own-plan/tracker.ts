/**
 * A template from the user's own plan (`template plan-tracker --catalog plan.xlsx --plan 某某县`, or
 * `--plan plan.xlsx`): the template built with the user's layer in force, plus a 「规划目标」 sheet
 * holding that plan's rows, so the workbook carries its plan — filled headless, or opened alone in
 * Excel or WPS, its EDU.TARGET / MEETS / GAP formulas find the plan in the workbook itself.
 */
import { withCatalogLayer, type CatalogLayer } from '../../domain/catalog/layer';
import { KIND_LABELS, type CatalogRow, type Direction } from '../../domain/catalog/types';
import { MetricError } from '../../domain/core/errors';
import { stageName } from '../../domain/core/stage';
import { SheetBuilder } from '../templates/builder';
import { buildTemplateSheets } from '../templates/index';
import type { SheetSpec, TemplateOptions } from '../templates/types';
import { userLayer } from './load';

const SYMBOL: Record<Direction, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/**
 * The template `name` from a user's plan: `opts.catalog` files (or `opts.plan` itself a file).
 * @example
 * const sheets = userPlanTemplate('plan-tracker', { catalog: ['plan.xlsx'], plan: '某某县' });
 * sheets.map((s) => s.name); // ['规划目标跟踪', '规划目标']
 */
export function userPlanTemplate(name: string, opts: TemplateOptions & { catalog?: string[] }): SheetSpec[] {
  const files = [...(opts.catalog ?? [])];
  let plan = opts.plan;
  if (plan && /\.(xlsx|ya?ml)$/i.test(plan)) {
    files.push(plan);
    plan = undefined;
  }
  const layer = userLayer(null, { catalog: files });
  if (!layer || !layer.plans.length) {
    throw new MetricError('#N/A', `规划文件中没有可读的规划：${files.join('、')}`, `no readable plan in ${files.join(', ')}`);
  }
  if (!layer.rows.length) {
    throw new MetricError('#N/A', `规划文件没有可读的行`, `the plan file has no readable rows`);
  }
  const chosen = plan ?? layer.plans[0].name;
  return withCatalogLayer(layer, () => {
    const built = buildTemplateSheets(name, { ...opts, plan: chosen });
    return [...built, planSheet(layer, opts.lang ?? 'zh')];
  });
}

/**
 * The 「规划目标」 sheet of a layer's rows (every plan of the layer, so a profile travels too).
 * @example
 * planSheet(layer, 'zh').cells[0].value; // '规划'
 */
export function planSheet(layer: CatalogLayer, lang: 'zh' | 'en'): SheetSpec {
  // Always 「规划目标」: the English tracker sheet is already called 'Plan targets' (both names are read).
  const b = new SheetBuilder('规划目标');
  const head = lang === 'en'
    ? ['Plan', 'Indicator', 'Stage', 'Year', 'Value', 'Direction', 'Unit', 'Kind', 'Source']
    : ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'];
  head.forEach((h, c) => b.put(0, c, { value: h, style: 'header' }).width(c, [12, 28, 8, 8, 10, 6, 8, 8, 50][c]));
  const planName = new Map(layer.plans.map((p) => [p.id, p.name]));
  layer.rows.forEach((r: CatalogRow, i) => {
    const row = i + 1;
    const cells: (string | number)[] = [
      planName.get(r.plan) ?? r.plan, r.name, r.stage === 'all' ? '' : stageName(r.stage), r.year ?? '', r.value, SYMBOL[r.direction], r.unit,
      KIND_LABELS[r.kind][lang === 'en' ? 1 : 0], r.source.quote,
    ];
    cells.forEach((v, c) => b.put(row, c, { value: v, style: c === 4 ? (r.unit === '%' ? 'percent' : 'general') : 'text' }));
  });
  if (layer.profileName) b.put(layer.rows.length + 2, 0, { value: `适用省级标准：${layer.profileName}`, style: 'label' });
  return b.spec;
}
