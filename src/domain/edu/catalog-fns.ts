import { allRows, getPlan } from '../catalog/index';
import { resolveIndicator, resolvePlan } from '../catalog/resolve';
import { selectThreshold, targetForYear } from '../catalog/select';
import { KIND_LABELS, type CatalogRow } from '../catalog/types';
import { MetricError } from '../core/errors';
import { stageFallbacks, stageName } from '../core/stage';
import { num, optStage, optText, text, type Arg, type EduValue } from './args';

/**
 * EDU.TARGET(indicator, year, [plan]): the target in force in `year` (stated value, linear between
 * stated years, the last value after the last year, #N/A before the first).
 * @example
 * TARGET('体质健康优良率', 2024, '南雄市'); // 0.54
 */
export function TARGET(indicator: Arg, year: Arg, plan?: Arg): number {
  const ind = resolveIndicator(text(indicator, '指标 / indicator'));
  const y = num(year, '年份 / year');
  if (!Number.isInteger(y)) throw new MetricError('#VALUE!', `年份应为整数：${y}`, `the year must be a whole number: ${y}`);
  return targetForYear(ind, resolvePlan(optText(plan, '规划 / plan')), y).value;
}

/** The fields EDU.INDICATOR can return. */
export const INDICATOR_FIELDS = ['name', 'name_hant', 'name_en', 'unit', 'direction', 'value', 'year', 'plan', 'source', 'quote'] as const;

const FIELD_ALIASES: Record<string, (typeof INDICATOR_FIELDS)[number]> = {
  名称: 'name', 名稱: 'name', 繁体: 'name_hant', 繁體: 'name_hant', 英文: 'name_en', 单位: 'unit', 單位: 'unit',
  方向: 'direction', 值: 'value', 标准: 'value', 標準: 'value', 年份: 'year', 规划: 'plan', 規劃: 'plan',
  来源: 'source', 來源: 'source', 原文: 'quote',
};

/**
 * EDU.INDICATOR(indicator, [field], [plan], [stage]): one field of the row that applies. `plan`
 * answers which source was used: the plan asked for, or `national` when its standard applies.
 * @example
 * INDICATOR('巩固率', 'value', '南雄市');  // 0.96
 * INDICATOR('生均用房', 'plan', '南雄市', '小学'); // 'national' (南雄市 states no figure)
 */
export function INDICATOR(indicator: Arg, field?: Arg, plan?: Arg, stage?: Arg): EduValue {
  const ind = resolveIndicator(text(indicator, '指标 / indicator'));
  const f0 = (optText(field, '字段 / field') ?? 'name').toLowerCase();
  const f = (INDICATOR_FIELDS as readonly string[]).includes(f0) ? (f0 as (typeof INDICATOR_FIELDS)[number]) : FIELD_ALIASES[f0];
  if (!f) {
    throw new MetricError('#VALUE!', `未知字段「${f0}」，可用：${INDICATOR_FIELDS.join('、')}`, `unknown field "${f0}"; use ${INDICATOR_FIELDS.join(', ')}`);
  }
  if (f === 'name') return ind.name;
  if (f === 'name_hant') return ind.name_hant;
  if (f === 'name_en') return ind.name_en;
  const { row } = selectThreshold(ind, resolvePlan(optText(plan, '规划 / plan')), optStage(stage));
  switch (f) {
    case 'unit':
      return row.unit;
    case 'direction':
      return row.direction;
    case 'value':
      return row.value;
    case 'year':
      return row.year ?? '';
    case 'plan':
      return row.plan;
    case 'source':
      return row.source.clause ? `${row.source.document} ${row.source.clause}` : row.source.document;
    case 'quote':
      return row.source.quote;
  }
}

/** The header row of EDU.INDICATORS. */
export const INDICATORS_HEADER = ['id', '指标', '繁體', 'English', '学段', '类别', '年份', '值', '单位', '方向', '范围', '规划', '来源', '原文'];

/**
 * EDU.INDICATORS([plan], [stage]): the catalog as a table with a header row (spills).
 * @example
 * INDICATORS('南雄市')[0][1]; // '指标'
 */
export function INDICATORS(plan?: Arg, stage?: Arg): EduValue[][] {
  const p = resolvePlan(optText(plan, '规划 / plan'));
  const s = optStage(stage);
  const stages = s ? stageFallbacks(s) : null;
  const rows = allRows().filter((r) => r.plan === p.id && (!stages || stages.includes(r.stage)));
  return [INDICATORS_HEADER, ...rows.map(tableRow)];
}

function tableRow(r: CatalogRow): EduValue[] {
  return [
    r.id, r.name, r.name_hant, r.name_en, stageName(r.stage), KIND_LABELS[r.kind][0], r.year ?? '', r.value, r.unit, r.direction,
    r.scope ?? '', getPlan(r.plan)?.name ?? r.plan, r.source.clause ? `${r.source.document} ${r.source.clause}` : r.source.document,
    r.source.quote,
  ];
}
