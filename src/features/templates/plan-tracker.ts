/**
 * 规划目标跟踪 (plan target tracker): every standard and target of one plan with its baseline, the
 * target in force in the chosen year (EDU.TARGET, linear between stated years; the year is a cell
 * the user changes), an input for the current value, whether it is met and the gap.
 *
 * Formulas name indicators by id (unambiguous, and stable if a display name is reworded); the
 * sheet shows the names. For a standing standard, met and gap are EDU.MEETS / EDU.GAP. For a dated
 * target they compare with 本年目标 in plain Excel in the catalog's direction — EDU.MEETS would
 * compare with the plan's final target, not this year's step on the way.
 */
import { resolvePlan } from '../../domain/catalog/resolve';
import type { Direction, Stage } from '../../domain/catalog/types';
import { stageName } from '../../domain/core/stage';
import { colName } from '../../xlsx/refs';
import { excelString } from '../school-table/stage-cells';
import { label, SheetBuilder } from './builder';
import { trackerLines, type TrackerLine } from './tracker-lines';
import type { SheetSpec, StyleName, TemplateOptions } from './types';

/** Column positions (0-based) of the tracker. */
export const TRACKER_COLS = {
  indicator: 0, stage: 1, scope: 2, kind: 3, direction: 4, unit: 5, baseYear: 6, baseValue: 7, targetYear: 8,
  planValue: 9, yearTarget: 10, current: 11, met: 12, gap: 13, id: 14, source: 15, quote: 16, remark: 17,
} as const;

/** Rows (0-based): the year cell's row, the header row, the first line. */
export const TRACKER_ROWS = { year: 2, header: 3, firstData: 4 } as const;

const SYMBOL: Record<Direction, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const PLAIN_MET: Record<Direction, (v: string, t: string) => string> = {
  '>=': (v, t) => `${v}>=${t}`, '>': (v, t) => `${v}>${t}`, '<=': (v, t) => `${v}<=${t}`, '<': (v, t) => `${v}<${t}`, '=': (v, t) => `${v}=${t}`,
};
// As core `gap`: how far below (≥), above (≤), or apart (=); 0 when met.
const PLAIN_GAP: Record<Direction, (v: string, t: string) => string> = {
  '>=': (v, t) => `MAX(0,${t}-${v})`, '>': (v, t) => `MAX(0,${t}-${v})`, '<=': (v, t) => `MAX(0,${v}-${t})`, '<': (v, t) => `MAX(0,${v}-${t})`, '=': (v, t) => `ABS(${v}-${t})`,
};

/**
 * The plan tracker for opts.plan (default national) and opts.year (default this year).
 * @example
 * const s = buildPlanTracker({ plan: 'national', year: 2025 });
 * s.cells.find((c) => c.ref === 'K5')?.formula; // 'EDU.THRESHOLD("qualified_teachers_per100","小学","national")'
 */
export function buildPlanTracker(opts: TemplateOptions = {}): SheetSpec {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const plan = resolvePlan(opts.plan);
  const year = opts.year ?? new Date().getFullYear();
  const C = TRACKER_COLS;
  const b = new SheetBuilder(L('规划目标跟踪', 'Plan targets'));
  const yes = excelString(L('是', 'Yes'));
  const no = excelString(L('否', 'No'));

  b.merged(0, 0, 0, C.remark, { value: L(`规划目标跟踪：${plan.name}`, `Plan target tracker: ${plan.name_en}`), style: 'title' });
  b.merged(1, 0, 1, C.remark, {
    value: L(
      `依据：${plan.document}。填写黄色单元格：年份与各指标当前值（百分比填 90% 或 0.9）。本年目标由 EDU.TARGET 按年份取值（两个目标年份之间线性插值）；标准类指标用 EDU.MEETS / EDU.GAP 判断。`,
      `Source: ${plan.document}. Fill the yellow cells: the year and each current value (percentages as 90% or 0.9). The year's target is EDU.TARGET (linear between stated years); standards are judged with EDU.MEETS / EDU.GAP.`,
    ),
    style: 'note',
  });
  b.height(1, 36);
  const yr = TRACKER_ROWS.year;
  b.put(yr, 0, { value: L('年份', 'Year'), style: 'label' });
  b.put(yr, 1, { value: year, style: 'input' });
  b.put(yr, 2, { value: L('规划', 'Plan'), style: 'label' });
  b.merged(yr, 3, yr, 5, { value: lang === 'en' ? plan.name_en : plan.name, style: 'text' });
  const yearRef = `$B$${yr + 1}`;

  const h = TRACKER_ROWS.header;
  const headers: [number, string, string, number][] = [
    [C.indicator, '指标', 'Indicator', 30], [C.stage, '学段', 'Stage', 9], [C.scope, '范围', 'Scope', 10], [C.kind, '类别', 'Kind', 7],
    [C.direction, '方向', 'Direction', 6], [C.unit, '单位', 'Unit', 10], [C.baseYear, '基线年份', 'Baseline year', 8],
    [C.baseValue, '基线值', 'Baseline', 10], [C.targetYear, '目标年份', 'Target year', 8], [C.planValue, '规划值', 'Plan value', 10],
    [C.yearTarget, '本年目标', "Year's target", 10], [C.current, '当前值', 'Current value', 10], [C.met, '是否达标', 'Met', 8],
    [C.gap, '差距', 'Gap', 10], [C.id, '指标id', 'Indicator id', 16], [C.source, '依据', 'Source', 24], [C.quote, '原文', 'Quote', 40],
    [C.remark, '说明', 'Remark', 30],
  ];
  for (const [c, zh, en, w] of headers) b.put(h, c, { value: L(zh, en), style: 'header' }).width(c, w);

  const lines = trackerLines(plan.id);
  // A user's own plan is named as the user named it (its 「规划目标」 sheet travels with the workbook).
  lines.forEach((ln, i) => writeLine(b, TRACKER_ROWS.firstData + i, ln, { lang, planId: plan.user ? plan.name : plan.id, yearRef, yes, no }));

  b.spec.frozen = { rows: h + 1, cols: 1 };
  if (lines.length) {
    const first = TRACKER_ROWS.firstData + 1;
    const last = TRACKER_ROWS.firstData + lines.length;
    const cur = `${colName(C.current)}${first}`;
    b.spec.conditionalFormats = [{
      range: `${cur}:${colName(C.current)}${last}`,
      formula: `$${colName(C.met)}${first}=${no}`,
      indicatorId: '',
      description: '当前值未达到本年目标或标准',
      descriptionEn: "Current value misses the year's target or the standard",
      style: 'miss',
    }];
  }
  return b.spec;
}

interface LineContext { lang: 'zh' | 'en'; planId: string; yearRef: string; yes: string; no: string }

function writeLine(b: SheetBuilder, row: number, ln: TrackerLine, cx: LineContext): void {
  const C = TRACKER_COLS;
  const L = (zh: string, en: string) => label(cx.lang, zh, en);
  const r = row + 1;
  const last = ln.rows[ln.rows.length - 1];
  const pct = last.unit === '%';
  const valueStyle: StyleName = pct ? 'percent' : 'general';
  const stageText = (s: Stage) => (cx.lang === 'en' ? s : stageName(s));
  const stageArg = excelString(ln.stage === 'all' ? '' : stageText(ln.stage));
  const id = excelString(ln.indicator.id);
  const plan = excelString(cx.planId);

  b.put(row, C.indicator, { value: L(ln.indicator.name, ln.indicator.name_en), style: 'text' });
  b.put(row, C.stage, { value: stageText(ln.stage), style: 'text' });
  b.put(row, C.scope, { value: ln.scope ?? '', style: 'text' });
  b.put(row, C.kind, { value: ln.kind === 'standard' ? L('标准', 'standard') : L('目标', 'target'), style: 'text' });
  b.put(row, C.direction, { value: SYMBOL[last.direction], style: 'text' });
  b.put(row, C.unit, { value: last.unit, style: 'text' });
  if (ln.baseline) {
    b.put(row, C.baseYear, { value: ln.baseline.year ?? '', style: 'text' });
    b.put(row, C.baseValue, { value: ln.baseline.value, style: valueStyle });
  } else {
    b.blank(row, C.baseYear, 'text').blank(row, C.baseValue, valueStyle);
  }
  b.put(row, C.targetYear, { value: last.year ?? L('长期', 'standing'), style: 'text' });
  b.put(row, C.planValue, { value: last.value, style: valueStyle });

  const k = `${colName(C.yearTarget)}${r}`;
  const v = `${colName(C.current)}${r}`;
  if (ln.target === 'TARGET') b.put(row, C.yearTarget, { formula: `EDU.TARGET(${id},${cx.yearRef},${plan})`, style: valueStyle });
  else if (ln.target === 'THRESHOLD') b.put(row, C.yearTarget, { formula: `EDU.THRESHOLD(${id},${stageArg},${plan})`, style: valueStyle });
  else b.put(row, C.yearTarget, { value: last.value, style: valueStyle });
  b.blank(row, C.current, pct ? 'inputPercent' : 'input');

  if (ln.compare === 'edu') {
    b.put(row, C.met, { formula: `IF(${v}="","",IF(EDU.MEETS(${id},${v},${stageArg},${plan}),${cx.yes},${cx.no}))`, style: 'result' });
    b.put(row, C.gap, { formula: `IF(${v}="","",EDU.GAP(${id},${v},${stageArg},${plan}))`, style: valueStyle });
  } else {
    b.put(row, C.met, { formula: `IF(${v}="","",IF(${PLAIN_MET[last.direction](v, k)},${cx.yes},${cx.no}))`, style: 'result' });
    b.put(row, C.gap, { formula: `IF(${v}="","",${PLAIN_GAP[last.direction](v, k)})`, style: valueStyle });
  }
  b.put(row, C.id, { value: ln.indicator.id, style: 'helper' });
  const src = last.source;
  b.put(row, C.source, { value: src.clause ? `${src.document} ${src.clause}` : src.document, style: 'text' });
  b.put(row, C.quote, { value: src.quote, style: 'text' });
  b.put(row, C.remark, { value: remark(ln, cx.lang), style: 'text' });
}

function remark(ln: TrackerLine, lang: 'zh' | 'en'): string {
  if (ln.target !== 'literal') return ln.rows.length > 1 ? label(lang, `目标年份：${ln.rows.map((r) => r.year).join('、')}`, `target years: ${ln.rows.map((r) => r.year).join(', ')}`) : '';
  if (ln.scope) {
    return label(lang, `仅适用于「${ln.scope}」：EDU 函数取不分范围的值，此处列出目录值`, `applies to "${ln.scope}" only: EDU lookups take the unscoped row, so the catalog value is listed`);
  }
  return label(lang, '本年目标为目录值（EDU.TARGET 不按学段或同类多项目标取值）', "the year's target is the catalog value (EDU.TARGET cannot pick a stage or one of several like targets)");
}
