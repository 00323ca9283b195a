/**
 * One drafted row as a row of the 「规划目标」 sheet, for every writer of it: the CLI's new workbook
 * (sheet.ts, exceljs) and the task pane (sheet-spec.ts, through Office.js). No exceljs here, so the
 * pane's bundle does not carry it.
 */
import { KIND_LABELS } from '../../domain/catalog/types';
import { stageName } from '../../domain/core/stage';
import type { DraftRow } from './types';

/** The sheet's name and its columns, in order. */
export const PLAN_SHEET = '规划目标';
export const PLAN_COLUMNS = ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处', '状态'] as const;

const SYMBOL = { '>=': '≥', '<=': '≤', '<': '<', '>': '>', '=': '=' } as const;
// Why a row's year is not in its own words: the person confirming it should look at that first.
const YEAR_NOTE: Record<string, string> = {
  'period-end': '待确认：原文未写年份，取规划期末年',
  review: '待确认：原文未写年份，取上一规划期末年（回顾部分）',
  carried: '待确认：年份取自同句/同段前文',
};

/**
 * One sheet row of a drafted row, in PLAN_COLUMNS order (a percentage stays a fraction, shown as %).
 * @example
 * sheetRow('某县', '规划.docx', { indicator: '学前三年毛入园率', stage: 'preschool', year: 2025, value: 0.95, direction: '>=', unit: '%', kind: 'target', quote: '到2025年，学前三年毛入园率达到95%以上', at: 0, yearSource: 'stated' });
 * // ['某县', '学前三年毛入园率', '幼儿园', 2025, 0.95, '≥', '%', '目标', '规划.docx：「到2025年，学前三年毛入园率达到95%以上」', '待确认']
 */
export function sheetRow(plan: string, document: string, r: DraftRow): (string | number | null)[] {
  return [
    plan, r.indicator, r.stage === 'all' ? '' : stageName(r.stage), r.year, r.value, SYMBOL[r.direction], r.unit,
    KIND_LABELS[r.kind][0], `${document}：「${r.quote}」`, (r.yearSource && YEAR_NOTE[r.yearSource]) || '待确认',
  ];
}

