/**
 * 学位供需预测 (place forecast) fitted from the county's own history. Inputs: enrolment by grade for
 * the last 3–8 years with the births six years before each (12 for 初中, 15 for 高中, 3 for 幼儿园), births for the coming years (or a
 * yearly trend that carries the last known births on), and the places, classes and staff there are.
 * Outputs:
 *   - the grade progression ratios fitted from the history (EDU.RATES) and the entry rate
 *     (EDU.ENTRYRATE), for three scenarios — low = the lowest year of each ratio, middle = the
 *     method chosen (mean by default), high = the highest year;
 *   - for each scenario, 10 years (by default) of entrants (EDU.ENTRANTS), enrolment by grade
 *     (EDU.COHORT), places needed (EDU.PLACESNEEDED), the shortfall (EDU.SHORTFALL) and the empty
 *     places (EDU.SURPLUS), the classes needed (EDU.CLASSESBYYEAR) and the classes and staff
 *     (EDU.STAFFBYYEAR) no longer needed, and the average class size if today's classes are kept —
 *     marked where it falls under the small size typed;
 *   - the back-test (EDU.BACKTEST): how far forecasts made this way were off 1, 3 and 5 years ahead;
 *   - a line chart of the history and the three scenarios.
 *
 * The gap of a year is on totals (Σ needed − places): a classroom is not tied to a grade. The
 * forecast spills: each EDU.ENTRANTS, EDU.COHORT, EDU.RATES … sits in the top cell of its block;
 * `spills` lists the blocks (for writers that write them as array formulas) and `charts` the chart,
 * as data both renderers (the .xlsx writer, the task pane) read.
 */
import { resolvePlan } from '../../domain/catalog/resolve';
import type { Stage } from '../../domain/catalog/types';
import { parseStage } from '../../domain/core/stage';
import { colName, rangeRef } from '../../xlsx/refs';
import { excelString } from '../school-table/stage-cells';
import { label, SheetBuilder } from './builder';
import type { SheetSpec, TemplateOptions } from './types';

export type { ChartSeriesSpec, ChartSpec } from './types';
import type { ChartSpec } from './types';

/** A formula in `ref` that spills over `range` (its size is fixed by the template's layout). */
export interface SpillSpec {
  ref: string;
  range: string;
}

/** The forecast sheet: a SheetSpec, plus its chart and its spilled blocks. */
export interface PlaceForecastSheet extends SheetSpec {
  charts: ChartSpec[];
  spills: SpillSpec[];
}

/** Options of the forecast template. */
export interface PlaceForecastOptions extends TemplateOptions {
  /** 小学 (default), 初中, 高中 or 幼儿园, in any spelling parseStage reads. */
  stage?: string;
  /** Years to project (default 10). */
  years?: number;
}

/** The three scenarios, in the order the sheet shows them. */
export const SCENARIOS = ['low', 'middle', 'high'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Where one scenario's results are (A1 ranges, one row per projected year). */
export interface ScenarioLayout {
  /** Progression ratios: one row of G cells (EDU.RATES spills here). */
  rates: string;
  entryRate: string;
  entrants: string;
  /** Years × grades. */
  enrolment: string;
  needed: string;
  places: string;
  shortfall: string;
  surplus: string;
  classes: string;
  classSurplus: string;
  avgClassSize: string;
  staff: string;
  staffSurplus: string;
}

/** Where everything is: A1 cells and ranges of a forecast sheet built with the same options. */
export interface PlaceForecastLayout {
  stage: string;
  classSize: string;
  staffRatio: string;
  smallClass: string;
  placesNow: string;
  classesNow: string;
  staffNow: string;
  birthTrend: string;
  baseYear: string;
  method: string;
  /** History: years × (births, grades …); the last row is the base year. */
  historyYears: string;
  historyBirths: string;
  history: string;
  historyTotal: string;
  /** Back-test rows for 1, 3 and 5 years ahead: horizon, forecasts compared, MAPE. */
  backtestHorizon: string;
  backtestCount: string;
  backtest: string;
  /** Coming years: the year, births typed, births used. */
  years: string;
  birthsTyped: string;
  births: string;
  scenarios: Record<Scenario, ScenarioLayout>;
  /** The chart's data: years (history then forecast) and a column per line. */
  chartYears: string;
  chartHistory: string;
  chartLines: Record<Scenario, string>;
  grades: number;
  yearCount: number;
  historyCount: number;
}

const GRADE_LABELS: Partial<Record<Stage, [string[], string[]]>> = {
  primary: [['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'], ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5', 'Grade 6']],
  junior: [['七年级', '八年级', '九年级'], ['Grade 7', 'Grade 8', 'Grade 9']],
  senior: [['高一', '高二', '高三'], ['Grade 10', 'Grade 11', 'Grade 12']],
  preschool: [['小班', '中班', '大班'], ['Younger class', 'Middle class', 'Older class']],
};
const STAGE_LABEL: Partial<Record<Stage, [string, string]>> = {
  primary: ['小学', 'primary'],
  junior: ['初中', 'junior'],
  senior: ['高中', 'senior'],
  preschool: ['幼儿园', 'preschool'],
};
/** Years from birth to the stage's first grade: whose births a year's entrants are set against. */
const ENTRY_AGE: Partial<Record<Stage, number>> = { primary: 6, junior: 12, senior: 15, preschool: 3 };
const SCENARIO_LABEL: Record<Scenario, [string, string]> = { low: ['低方案', 'Low'], middle: ['中方案', 'Middle'], high: ['高方案', 'High'] };
/** Years of history the sheet has room for (a bureau fills the latest 3 … 8, the oldest rows left blank). */
const HISTORY_YEARS = 8;
const HORIZONS = [1, 3, 5];

// Rows (0-based) of the fixed blocks at the top.
const R = {
  stage: 3, classSize: 4, staffRatio: 5, smallClass: 6, placesNow: 7, classesNow: 8, staffNow: 9, birthTrend: 10, baseYear: 11, method: 12,
  historyGroup: 14, historyHeader: 15, history: 16,
} as const;

function setup(opts: PlaceForecastOptions) {
  const stage = parseStage(opts.stage ?? '小学');
  const labels = GRADE_LABELS[stage];
  if (!labels) throw new Error(`place-forecast: stage ${stage} is not 小学, 初中, 高中 or 幼儿园`);
  const G = labels[0].length;
  const N = Math.max(1, Math.floor(opts.years ?? 10));
  const histLast = R.history + HISTORY_YEARS - 1;
  const ratesGroup = histLast + 2;
  const rates = { header: ratesGroup + 1, low: ratesGroup + 2, middle: ratesGroup + 3, high: ratesGroup + 4 };
  const btGroup = rates.high + 2;
  const bt = { header: btGroup + 1, first: btGroup + 2 };
  const birthsGroup = bt.first + HORIZONS.length + 1;
  const births = { header: birthsGroup + 1, first: birthsGroup + 2 };
  const scenarioTop = births.first + N + 1;
  // Each scenario: a group row, a header row, N rows, a blank row.
  const scen = (i: number) => ({ group: scenarioTop + i * (N + 3), header: scenarioTop + i * (N + 3) + 1, first: scenarioTop + i * (N + 3) + 2 });
  const chartGroup = scenarioTop + 3 * (N + 3);
  const chart = { header: chartGroup + 1, first: chartGroup + 2 };
  // Scenario columns: 年份, 入学人数, grades…, 学位需求, 现有学位, 缺口, 富余, 班级数, 富余班级, 平均班额, 教职工, 富余教职工.
  const t = 2 + G;
  const c = { year: 0, entrants: 1, grade0: 2, needed: t, places: t + 1, shortfall: t + 2, surplus: t + 3, classes: t + 4, classSurplus: t + 5, avgClass: t + 6, staff: t + 7, staffSurplus: t + 8 };
  return { stage, labels, G, N, histLast, ratesGroup, rates, btGroup, bt, birthsGroup, births, scen, chartGroup, chart, c, lastCol: c.staffSurplus };
}

const abs = (row: number, col: number) => `$${colName(col)}$${row + 1}`;
const absRange = (top: number, left: number, bottom: number, right: number) => `${abs(top, left)}:${abs(bottom, right)}`;

/**
 * The A1 layout of a forecast sheet, for fill, tests and the pane.
 * @example
 * placeForecastLayout().history;                  // '$C$17:$H$24'
 * placeForecastLayout().scenarios.middle.rates;   // '$C$29:$H$29'
 */
export function placeForecastLayout(opts: PlaceForecastOptions = {}): PlaceForecastLayout {
  const s = setup(opts);
  const { G, N, c } = s;
  const scenario = (i: number, sc: Scenario): ScenarioLayout => {
    const { first } = s.scen(i);
    const last = first + N - 1;
    const col = (k: number, w = 1) => absRange(first, k, last, k + w - 1);
    return {
      rates: absRange(s.rates[sc], 2, s.rates[sc], 1 + G),
      entryRate: abs(s.rates[sc], 1),
      entrants: col(c.entrants),
      enrolment: col(c.grade0, G),
      needed: col(c.needed),
      places: col(c.places),
      shortfall: col(c.shortfall),
      surplus: col(c.surplus),
      classes: col(c.classes),
      classSurplus: col(c.classSurplus),
      avgClassSize: col(c.avgClass),
      staff: col(c.staff),
      staffSurplus: col(c.staffSurplus),
    };
  };
  const chartLast = s.chart.first + HISTORY_YEARS + N - 1;
  return {
    stage: abs(R.stage, 1),
    classSize: abs(R.classSize, 1),
    staffRatio: abs(R.staffRatio, 1),
    smallClass: abs(R.smallClass, 1),
    placesNow: abs(R.placesNow, 1),
    classesNow: abs(R.classesNow, 1),
    staffNow: abs(R.staffNow, 1),
    birthTrend: abs(R.birthTrend, 1),
    baseYear: abs(R.baseYear, 1),
    method: abs(R.method, 1),
    historyYears: absRange(R.history, 0, s.histLast, 0),
    historyBirths: absRange(R.history, 1, s.histLast, 1),
    history: absRange(R.history, 2, s.histLast, 1 + G),
    historyTotal: absRange(R.history, 2 + G, s.histLast, 2 + G),
    backtestHorizon: absRange(s.bt.first, 0, s.bt.first + HORIZONS.length - 1, 0),
    backtestCount: absRange(s.bt.first, 1, s.bt.first + HORIZONS.length - 1, 1),
    backtest: absRange(s.bt.first, 2, s.bt.first + HORIZONS.length - 1, 2),
    years: absRange(s.births.first, 0, s.births.first + N - 1, 0),
    birthsTyped: absRange(s.births.first, 1, s.births.first + N - 1, 1),
    births: absRange(s.births.first, 2, s.births.first + N - 1, 2),
    scenarios: { low: scenario(0, 'low'), middle: scenario(1, 'middle'), high: scenario(2, 'high') },
    chartYears: absRange(s.chart.first, 0, chartLast, 0),
    chartHistory: absRange(s.chart.first, 1, chartLast, 1),
    chartLines: {
      low: absRange(s.chart.first, 2, chartLast, 2),
      middle: absRange(s.chart.first, 3, chartLast, 3),
      high: absRange(s.chart.first, 4, chartLast, 4),
    },
    grades: G,
    yearCount: N,
    historyCount: HISTORY_YEARS,
  };
}

/**
 * The 学位供需预测 template.
 * @example
 * const s = buildPlaceForecast({ stage: '小学' });
 * s.cells.find((c) => c.ref === 'C29')?.formula; // 'EDU.RATES($C$17:$H$24,$B$13)'
 * s.charts[0].series.map((x) => x.name);        // ['历史在校生', '低方案', '中方案', '高方案']
 */
export function buildPlaceForecast(opts: PlaceForecastOptions = {}): PlaceForecastSheet {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const s = setup(opts);
  const { stage, labels, G, N, c, lastCol } = s;
  const lay = placeForecastLayout(opts);
  const plan = resolvePlan(opts.plan);
  const planArg = plan.id === 'national' ? '' : `,${excelString(plan.id)}`;
  const [stageZh, stageEn] = STAGE_LABEL[stage]!;
  const gradeNames = labels[lang === 'en' ? 1 : 0];
  const age = ENTRY_AGE[stage]!;
  const baseYear = opts.year ?? new Date().getFullYear();
  const b = new SheetBuilder(L(`学位供需预测（${stageZh}）`, `Place forecast (${stageEn})`));
  const col = colName;
  const spills: SpillSpec[] = [];
  const spill = (row: number, cc: number, rows: number, width: number, formula: string, style: 'integer' | 'percent' | 'computed') => {
    b.put(row, cc, { formula, style });
    for (let r = row; r < row + rows; r++) for (let k = 0; k < width; k++) if (r !== row || k !== 0) b.put(r, cc + k, { style });
    spills.push({ ref: `${col(cc)}${row + 1}`, range: rangeRef({ top: row, left: cc, bottom: row + rows - 1, right: cc + width - 1 }) });
  };

  b.merged(0, 0, 0, lastCol, { value: L(`${stageZh}学位供需预测（按本地历年数据拟合）`, `School place forecast (${stageEn}), fitted from local history`), style: 'title' });
  b.merged(1, 0, 1, lastCol, {
    value: L(
      `填写黄色单元格，灰色单元格自动计算（需加载「规划指标」加载项）。历年分年级在校生由早到晚填写，最近一年（基准年）填在最下一行，不足8年的把上面几行留空。年级升级比 = 下一年高一年级人数 ÷ 本年该年级人数，由历年数据拟合：低方案取各年级历年最低值，中方案取所选方法（默认各年平均），高方案取历年最高值；入学系数同样取最低、平均、最高。今后出生人数已知的填写，未填的按年变化率由上一年推算。回测：用此前年份拟合的升级比预测若干年后的在校生总数，与实际相比的平均误差。`,
      `Fill the yellow cells; grey cells compute (with the Plan Metrics add-in). Type enrolment by grade oldest first, the latest (base) year in the bottom row; leave the top rows blank when you have fewer than 8 years. Progression ratio = next year's enrolment one grade up ÷ this year's: low takes each grade's lowest year, middle the method chosen (the mean by default), high the highest year; the entry rate likewise. Type the births you know for coming years; blank years are carried on from the year before by the yearly change. Back-test: how far forecasts made with the rates of the years before were off.`,
    ),
    style: 'note',
  });
  b.height(1, 64);

  // ---- Parameters
  b.merged(2, 0, 2, 1, { value: L('参数', 'Parameters'), style: 'group' });
  const param = (row: number, zh: string, en: string, cell: Parameters<SheetBuilder['put']>[2]) => {
    b.put(row, 0, { value: L(zh, en), style: 'label' });
    b.put(row, 1, cell);
  };
  param(R.stage, '学段', 'Stage', { value: L(stageZh, stageEn), style: 'text' });
  param(R.classSize, '班额（人/班）', 'Class size', { formula: `EDU.THRESHOLD("standard_class_size",${lay.stage}${planArg})`, style: 'input' });
  param(R.staffRatio, '每名教职工对应学生数', 'Students per staff member', { formula: `EDU.THRESHOLD("students_per_staff",${lay.stage}${planArg})`, style: 'input' });
  param(R.smallClass, '小班额下限（平均班额低于此数标记，按本地标准改写）', 'Small class (average below it is marked; use the local rule)', { value: 30, style: 'input' });
  param(R.placesNow, '现有学位数（全学段合计）', 'Places there are (whole stage)', { style: 'input' });
  param(R.classesNow, '现有班级数', 'Classes there are', { style: 'input' });
  param(R.staffNow, '现有教职工数', 'Staff there are', { style: 'input' });
  param(R.birthTrend, '出生人数年变化率（未填年份按此推算）', 'Yearly change of births (for years not typed)', { value: 0, style: 'inputPercent' });
  param(R.baseYear, '基准年份（最近一个历史年份）', 'Base year (the latest year of history)', { value: baseYear, style: 'input' });
  param(R.method, '中方案拟合方法：mean 平均 / weighted 加权 / last 最近一年', 'Middle scenario method: mean / weighted / last', { value: 'mean', style: 'inputText' });
  b.spec.dataValidations = [{ range: lay.method.replace(/\$/g, ''), list: ['mean', 'weighted', 'last'], strict: false }];

  // ---- History
  b.merged(R.historyGroup, 0, R.historyGroup, 3 + G, { value: L('历年分年级在校生（由早到晚，最近一年在最下一行）', 'Enrolment by grade, oldest first (the latest year in the bottom row)'), style: 'group' });
  const histHeaders = [L('年份', 'Year'), L(`出生人数（${age}年前）`, `Births (${age} years before)`), ...gradeNames, L('合计', 'Total'), L('入学系数', 'Entry rate')];
  histHeaders.forEach((h, i) => b.put(R.historyHeader, i, { value: h, style: 'header' }));
  for (let k = 0; k < HISTORY_YEARS; k++) {
    const row = R.history + k;
    const r = row + 1;
    b.put(row, 0, { formula: `${lay.baseYear}-${HISTORY_YEARS - 1 - k}`, style: 'result' });
    b.put(row, 1, { style: 'input' });
    for (let g = 0; g < G; g++) b.put(row, 2 + g, { style: 'input' });
    b.put(row, 2 + G, { formula: `IF(COUNT(${col(2)}${r}:${col(1 + G)}${r})=0,"",SUM(${col(2)}${r}:${col(1 + G)}${r}))`, style: 'integer' });
    b.put(row, 3 + G, { formula: `IF(OR(${col(1)}${r}="",${col(2)}${r}=""),"",${col(2)}${r}/${col(1)}${r})`, style: 'percent' });
  }
  const entrantsHist = absRange(R.history, 2, s.histLast, 2);
  const entryHist = absRange(R.history, 3 + G, s.histLast, 3 + G);

  // ---- Fitted rates
  b.merged(s.ratesGroup, 0, s.ratesGroup, 1 + G, { value: L('拟合的年级升级比与入学系数（三个方案）', 'Fitted progression ratios and entry rate (three scenarios)'), style: 'group' });
  b.put(s.rates.header, 0, { value: L('方案', 'Scenario'), style: 'header' });
  b.put(s.rates.header, 1, { value: L('入学系数', 'Entry rate'), style: 'header' });
  for (let g = 0; g < G; g++) {
    const h = g + 1 < G ? `${gradeNames[g]}→${gradeNames[g + 1]}` : L(`${gradeNames[g]}（毕业）`, `${gradeNames[g]} (leaves)`);
    b.put(s.rates.header, 2 + g, { value: h, style: 'header' });
  }
  const ratesMethod: Record<Scenario, string> = { low: '"low"', middle: lay.method, high: '"high"' };
  const midEntry = `EDU.ENTRYRATE(${lay.historyBirths},${entrantsHist})`;
  // Entry rates: the mean (EDU.ENTRYRATE) in the middle, the lowest and highest year either side.
  // Formulas in input cells: a bureau that knows its rate better types over them.
  const entryFormula: Record<Scenario, string> = {
    low: `IF(COUNT(${entryHist})=0,${midEntry},MIN(${entryHist}))`,
    middle: midEntry,
    high: `IF(COUNT(${entryHist})=0,${midEntry},MAX(${entryHist}))`,
  };
  for (const sc of SCENARIOS) {
    const row = s.rates[sc];
    b.put(row, 0, { value: L(...SCENARIO_LABEL[sc]), style: 'label' });
    b.put(row, 1, { formula: entryFormula[sc], style: 'inputPercent' });
    spill(row, 2, 1, G, `EDU.RATES(${lay.history},${ratesMethod[sc]})`, 'percent');
  }

  // ---- Back-test
  b.merged(s.btGroup, 0, s.btGroup, 2, { value: L('回测：按中方案方法，用此前年份预测的误差', 'Back-test: how far forecasts by the middle method were off'), style: 'group' });
  [L('提前年数', 'Years ahead'), L('可检验的预测次数', 'Forecasts compared'), L('平均绝对百分比误差', 'Mean absolute % error')].forEach((h, i) => b.put(s.bt.header, i, { value: h, style: 'header' }));
  HORIZONS.forEach((h, i) => {
    const row = s.bt.first + i;
    b.put(row, 0, { value: h, style: 'result' });
    // Origins with at least two years of history before them and h years after: years − h − 1.
    b.put(row, 1, { formula: `MAX(0,COUNT(${lay.historyTotal})-${col(0)}${row + 1}-1)`, style: 'integer' });
    b.put(row, 2, { formula: `IF(${col(1)}${row + 1}=0,"—",EDU.BACKTEST(${lay.history},${col(0)}${row + 1},${lay.method}))`, style: 'percent' });
  });

  // ---- Births of the coming years
  b.merged(s.birthsGroup, 0, s.birthsGroup, 2, { value: L(`今后各年出生人数（入学年份前${age}年）`, `Births for the coming years (${age} years before entry)`), style: 'group' });
  [L('年份', 'Year'), L('出生人数（已知的填写）', 'Births (type those known)'), L('采用的出生人数', 'Births used')].forEach((h, i) => b.put(s.births.header, i, { value: h, style: 'header' }));
  for (let y = 0; y < N; y++) {
    const row = s.births.first + y;
    const r = row + 1;
    const before = y === 0 ? abs(s.histLast, 1) : `${col(2)}${r - 1}`;
    b.put(row, 0, { formula: `${lay.baseYear}+${y + 1}`, style: 'result' });
    b.put(row, 1, { style: 'input' });
    // A year typed is used as typed; a blank year is the year before × (1 + change).
    b.put(row, 2, { formula: `IF(${col(1)}${r}<>"",${col(1)}${r},IF(${before}="","",${before}*(1+${lay.birthTrend})))`, style: 'integer' });
  }

  // ---- The three scenarios
  const headers: [number, string, string][] = [
    [c.year, '年份', 'Year'],
    [c.entrants, '入学人数', 'Entrants'],
    ...gradeNames.map((g, i) => [c.grade0 + i, g, g] as [number, string, string]),
    [c.needed, '学位需求', 'Places needed'],
    [c.places, '现有学位', 'Places there are'],
    [c.shortfall, '学位缺口', 'Shortfall'],
    [c.surplus, '空余学位', 'Empty places'],
    [c.classes, '所需班级数', 'Classes needed'],
    [c.classSurplus, '多余班级数', 'Classes no longer needed'],
    [c.avgClass, '平均班额（保持现有班数）', 'Average class (classes kept)'],
    [c.staff, '所需教职工数', 'Staff needed'],
    [c.staffSurplus, '多余教职工数', 'Staff no longer needed'],
  ];
  const rules: NonNullable<SheetSpec['conditionalFormats']> = [];
  SCENARIOS.forEach((sc, i) => {
    const { group, header, first } = s.scen(i);
    const last = first + N - 1;
    const sl = lay.scenarios[sc];
    const [zh, en] = SCENARIO_LABEL[sc];
    b.merged(group, 0, group, lastCol, { value: L(`${zh}：逐年预测`, `${en} scenario: year by year`), style: 'group' });
    for (const [cc, hz, he] of headers) b.put(header, cc, { value: cc >= c.grade0 && cc < c.grade0 + G ? hz : L(hz, he), style: 'header' });
    b.height(header, 32);
    const range = (cc: number, w = 1) => `${col(cc)}${first + 1}:${col(cc + w - 1)}${last + 1}`;
    for (let y = 0; y < N; y++) {
      const row = first + y;
      const r = row + 1;
      b.put(row, c.year, { formula: `${lay.baseYear}+${y + 1}`, style: 'result' });
      // Places default to today's; in the middle scenario type over a year when new places open,
      // and the other two follow it.
      b.put(row, c.places, sc === 'middle' ? { formula: lay.placesNow, style: 'input' } : { formula: `${col(c.places)}${s.scen(1).first + y + 1}`, style: 'integer' });
      b.put(row, c.shortfall, { formula: `IF(${col(c.places)}${r}="","",EDU.SHORTFALL(${col(c.needed)}${r},${col(c.places)}${r}))`, style: 'integer' });
      b.put(row, c.surplus, { formula: `IF(${col(c.places)}${r}="","",EDU.SURPLUS(${col(c.needed)}${r},${col(c.places)}${r}))`, style: 'integer' });
      b.put(row, c.classSurplus, { formula: `IF(${lay.classesNow}="","",EDU.SURPLUS(${col(c.classes)}${r},${lay.classesNow}))`, style: 'integer' });
      b.put(row, c.avgClass, { formula: `IF(${lay.classesNow}="","",${col(c.needed)}${r}/${lay.classesNow})`, style: 'computed' });
      b.put(row, c.staffSurplus, { formula: `IF(${lay.staffNow}="","",EDU.SURPLUS(${col(c.staff)}${r},${lay.staffNow}))`, style: 'integer' });
    }
    spill(first, c.entrants, N, 1, `EDU.ENTRANTS(${lay.births},${sl.entryRate})`, 'integer');
    spill(first, c.grade0, N, G, `EDU.COHORT(${absRange(s.histLast, 2, s.histLast, 1 + G)},${range(c.entrants)},${sl.rates})`, 'integer');
    const enrolment = range(c.grade0, G);
    spill(first, c.needed, N, 1, `EDU.PLACESNEEDED(${enrolment})`, 'integer');
    spill(first, c.classes, N, 1, `EDU.CLASSESBYYEAR(${enrolment},${lay.stage},${lay.classSize})`, 'integer');
    spill(first, c.staff, N, 1, `EDU.STAFFBYYEAR(${enrolment},${lay.stage},${lay.staffRatio})`, 'integer');
    const gap = `${col(c.shortfall)}${first + 1}`;
    const avg = `${col(c.avgClass)}${first + 1}`;
    rules.push(
      { range: range(c.shortfall), formula: `AND(ISNUMBER(${gap}),${gap}>0)`, indicatorId: 'place_gap', description: `${zh}学位缺口大于0：学位需求多于现有学位`, descriptionEn: `${en}: shortfall above 0, more places needed than there are`, style: 'miss' },
      { range: range(c.avgClass), formula: `AND(ISNUMBER(${avg}),${avg}<${lay.smallClass})`, indicatorId: '', description: `${zh}平均班额低于小班额下限`, descriptionEn: `${en}: average class under the small size`, style: 'miss' },
    );
  });
  b.spec.conditionalFormats = rules;

  // ---- Chart data: the history's totals, then each scenario's places needed.
  b.merged(s.chartGroup, 0, s.chartGroup, 4, { value: L('图表数据：历史与三个方案的在校生总数', 'Chart data: enrolment, history and the three scenarios'), style: 'group' });
  const chartHeaders = [L('年份', 'Year'), L('历史在校生', 'History'), ...SCENARIOS.map((sc) => L(...SCENARIO_LABEL[sc]))];
  chartHeaders.forEach((h, i) => b.put(s.chart.header, i, { value: h, style: 'header' }));
  for (let k = 0; k < HISTORY_YEARS; k++) {
    const row = s.chart.first + k;
    const hist = `${col(2 + G)}${R.history + k + 1}`;
    b.put(row, 0, { formula: `${col(0)}${R.history + k + 1}`, style: 'result' });
    // #N/A leaves a gap in a line chart where "" would be drawn as 0: years not filled in.
    b.put(row, 1, { formula: `IF(${hist}="",NA(),${hist})`, style: 'integer' });
    // The scenarios start from the base year, so their lines join the history's.
    if (k === HISTORY_YEARS - 1) for (let j = 0; j < 3; j++) b.put(row, 2 + j, { formula: `IF(${hist}="",NA(),${hist})`, style: 'integer' });
  }
  for (let y = 0; y < N; y++) {
    const row = s.chart.first + HISTORY_YEARS + y;
    b.put(row, 0, { formula: `${lay.baseYear}+${y + 1}`, style: 'result' });
    SCENARIOS.forEach((sc, j) => b.put(row, 2 + j, { formula: `${col(c.needed)}${s.scen(j).first + y + 1}`, style: 'integer' }));
  }
  const chartTop = s.chart.header;
  const chart: ChartSpec = {
    type: 'line',
    title: L(`${stageZh}在校生：历史与预测（低、中、高方案）`, `Enrolment (${stageEn}): history and forecast (low, middle, high)`),
    categories: lay.chartYears.replace(/\$/g, ''),
    series: [lay.chartHistory, ...SCENARIOS.map((sc) => lay.chartLines[sc])].map((values, j) => ({
      name: chartHeaders[1 + j],
      nameRef: `${col(1 + j)}${chartTop + 1}`,
      values: values.replace(/\$/g, ''),
    })),
    xAxisTitle: L('年份', 'Year'),
    yAxisTitle: L('在校生（人）', 'Pupils'),
    anchor: { from: `${col(6)}${chartTop + 1}`, to: `${col(Math.max(14, lastCol))}${chartTop + 22}` },
  };

  b.width(0, lang === 'en' ? 34 : 30).width(1, 14);
  for (let k = 2; k <= lastCol; k++) b.width(k, 11);
  b.spec.frozen = { rows: 0, cols: 1 };
  return { ...b.spec, charts: [chart], spills };
}
