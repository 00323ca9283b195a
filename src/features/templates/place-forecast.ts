/**
 * 学位供需预测 (place supply and demand forecast): from births (or entrants) by year and this year's
 * enrolment by grade, the enrolment of each coming year by grade (EDU.COHORT), and per year the
 * places needed (EDU.PLACESNEEDED), the shortfall against the places there are (EDU.SHORTFALL), the
 * classes (EDU.CLASSESBYYEAR) and staff (EDU.STAFFBYYEAR) needed, and how many new schools of a
 * standard size close the gap (EDU.NEWSCHOOLS); with a line chart of demand against places.
 *
 * The gap of a year is on totals (Σ needed − Σ places): a classroom is not tied to a grade — next
 * year's 一年级 moves into the rooms this year's 六年级 leaves — so the places a stage has serve
 * whichever grades it has that year. (The one-year 学位供需 sheet, place-planning, compares grade
 * by grade instead: there, this year's places per grade are given.) Places are typed per grade, as
 * bureaus report them, and summed.
 *
 * The forecast spills: EDU.ENTRANTS, EDU.COHORT, EDU.PLACESNEEDED, EDU.CLASSESBYYEAR and
 * EDU.STAFFBYYEAR each sit in the top cell of their block. `spills` lists the blocks, for writers
 * that must write them as array formulas, and `charts` the chart, as data both renderers read.
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
  /** Years to project (default 5, a 五年规划). */
  years?: number;
  /** What is typed per year: births six years earlier (default) or the entrants themselves. */
  intake?: 'births' | 'entrants';
}

/** Where everything is: A1 cells and ranges of a forecast sheet built with the same options. */
export interface PlaceForecastLayout {
  stage: string;
  classSize: string;
  staffRatio: string;
  schoolSize: string;
  /** The entry rate cell (births mode only). */
  entryRate?: string;
  baseYear: string;
  /** Base-year rows by grade. */
  current: string;
  promotion: string;
  repetition: string;
  places: string;
  placesTotal: string;
  /** Per year (one column each, `years` rows). */
  years: string;
  births?: string;
  entrants: string;
  /** Years × grades. */
  enrolment: string;
  needed: string;
  placesByYear: string;
  gap: string;
  classes: string;
  staff: string;
  newSchools: string;
  /** 0-based row of the first projected year and the number of grades, years. */
  firstRow: number;
  grades: number;
  yearCount: number;
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

// Rows (0-based) of the parameter and base-year blocks.
const R = { stage: 3, classSize: 4, staffRatio: 5, schoolSize: 6, entryRate: 7, baseYear: 8, baseHeader: 11, current: 12, promotion: 13, repetition: 14, places: 15, yearHeader: 18 } as const;

function setup(opts: PlaceForecastOptions) {
  const stage = parseStage(opts.stage ?? '小学');
  const labels = GRADE_LABELS[stage];
  if (!labels) throw new Error(`place-forecast: stage ${stage} is not 小学, 初中, 高中 or 幼儿园`);
  const grades = labels[0].length;
  const yearCount = Math.max(1, Math.floor(opts.years ?? 5));
  const births = (opts.intake ?? 'births') === 'births';
  // Per-year columns: 年份, [出生人数], 入学人数, grades…, 学位需求, 现有学位, 学位缺口, 班级数, 教职工数, 新建学校数.
  const c = { year: 0, births: births ? 1 : -1, entrants: births ? 2 : 1 } as Record<string, number>;
  const g0 = c.entrants + 1;
  Object.assign(c, { grade0: g0, needed: g0 + grades, placesByYear: g0 + grades + 1, gap: g0 + grades + 2, classes: g0 + grades + 3, staff: g0 + grades + 4, newSchools: g0 + grades + 5 });
  return { stage, labels, grades, yearCount, births, c, first: R.yearHeader + 1 };
}

/**
 * The A1 layout of a forecast sheet, for fill, tests and the pane.
 * @example
 * placeForecastLayout().gap;        // 'L20:L24'
 * placeForecastLayout().enrolment;  // 'D20:I24'
 */
export function placeForecastLayout(opts: PlaceForecastOptions = {}): PlaceForecastLayout {
  const { grades, yearCount, births, c, first } = setup(opts);
  const last = first + yearCount - 1;
  const abs = (row: number, col: number) => `$${colName(col)}$${row + 1}`;
  const block = (col: number, width = 1) => rangeRef({ top: first, left: col, bottom: last, right: col + width - 1 });
  const baseRow = (row: number) => `${abs(row, 1)}:${abs(row, grades)}`;
  return {
    stage: abs(R.stage, 1),
    classSize: abs(R.classSize, 1),
    staffRatio: abs(R.staffRatio, 1),
    schoolSize: abs(R.schoolSize, 1),
    ...(births ? { entryRate: abs(R.entryRate, 1) } : {}),
    baseYear: abs(R.baseYear, 1),
    current: baseRow(R.current),
    promotion: baseRow(R.promotion),
    repetition: baseRow(R.repetition),
    places: baseRow(R.places),
    placesTotal: abs(R.places, grades + 1),
    years: block(c.year),
    ...(births ? { births: block(c.births) } : {}),
    entrants: block(c.entrants),
    enrolment: block(c.grade0, grades),
    needed: block(c.needed),
    placesByYear: block(c.placesByYear),
    gap: block(c.gap),
    classes: block(c.classes),
    staff: block(c.staff),
    newSchools: block(c.newSchools),
    firstRow: first,
    grades,
    yearCount,
  };
}

/**
 * The 学位供需预测 template.
 * @example
 * const s = buildPlaceForecast({ stage: '小学', years: 5 });
 * s.cells.find((c) => c.ref === 'D20')?.formula; // 'EDU.COHORT($B$13:$G$13,C20:C24,$B$14:$G$14,$B$15:$G$15)'
 * s.charts[0].series.map((x) => x.values);      // ['J20:J24', 'K20:K24']
 */
export function buildPlaceForecast(opts: PlaceForecastOptions = {}): PlaceForecastSheet {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const { stage, labels, grades, yearCount, births, c, first } = setup(opts);
  const lay = placeForecastLayout(opts);
  const plan = resolvePlan(opts.plan);
  const planArg = plan.id === 'national' ? '' : `,${excelString(plan.id)}`;
  const [stageZh, stageEn] = STAGE_LABEL[stage]!;
  const last = first + yearCount - 1;
  const lastCol = c.newSchools;
  const baseYear = opts.year ?? new Date().getFullYear();
  const b = new SheetBuilder(L(`学位供需预测（${stageZh}）`, `Place forecast (${stageEn})`));
  const col = colName;

  b.merged(0, 0, 0, lastCol, { value: L(`${stageZh}学位供需预测`, `School place forecast (${stageEn})`), style: 'title' });
  b.merged(1, 0, 1, lastCol, {
    value: L(
      `填写黄色单元格，灰色单元格自动计算（需加载「规划指标」加载项）。年级递进法：下一年一年级 = 入学人数 + 留级生，其他年级 = 上一年低一年级 × 升级率 + 本年级留级生。${births ? '入学人数 = 6年前出生人数 × 入学系数（有迁入时可大于100%）。' : ''}学位缺口按全学段合计：需求合计 − 现有学位合计。班额、师生比默认取国家标准，可直接改写。`,
      `Fill the yellow cells; grey cells compute (with the Plan Metrics add-in). Grade transition: next year's grade 1 = entrants + repeaters; other grades = the grade below × promotion + repeaters.${births ? ' Entrants = births six years earlier × entry rate (above 100% where children move in).' : ''} The gap is on the stage's totals: places needed − places there are. Class size and staffing default to the national standards; type over them to change.`,
    ),
    style: 'note',
  });
  b.height(1, 48);

  // ---- Parameters
  b.merged(2, 0, 2, 1, { value: L('参数', 'Parameters'), style: 'group' });
  const param = (row: number, zh: string, en: string, cell: Parameters<SheetBuilder['put']>[2]) => {
    b.put(row, 0, { value: L(zh, en), style: 'label' });
    b.put(row, 1, cell);
  };
  param(R.stage, '学段', 'Stage', { value: L(stageZh, stageEn), style: 'text' });
  param(R.classSize, '班额（人/班）', 'Class size', { formula: `EDU.THRESHOLD("standard_class_size",${lay.stage}${planArg})`, style: 'input' });
  param(R.staffRatio, '每名教职工对应学生数', 'Students per staff member', { formula: `EDU.THRESHOLD("students_per_staff",${lay.stage}${planArg})`, style: 'input' });
  param(R.schoolSize, '每所新建学校学位数', 'Places per new school', { style: 'input' });
  if (births) param(R.entryRate, '入学系数（入学人数÷6年前出生人数）', 'Entry rate (entrants ÷ births 6 years before)', { value: 1, style: 'inputPercent' });
  param(R.baseYear, '基准年份（本年）', 'Base year (this year)', { value: baseYear, style: 'input' });

  // ---- Base year by grade
  b.merged(R.baseHeader - 1, 0, R.baseHeader - 1, grades + 1, { value: L('基准年各年级', 'Base year by grade'), style: 'group' });
  b.put(R.baseHeader, 0, { value: L('项目', 'Item'), style: 'header' });
  labels[lang === 'en' ? 1 : 0].forEach((g, i) => b.put(R.baseHeader, 1 + i, { value: g, style: 'header' }));
  b.put(R.baseHeader, grades + 1, { value: L('合计', 'Total'), style: 'header' });
  const baseRows: [number, string, string, 'input' | 'inputPercent', number | undefined, boolean][] = [
    [R.current, '在校生（人）', 'Enrolment', 'input', undefined, true],
    [R.promotion, '升级率', 'Promotion rate', 'inputPercent', 1, false],
    [R.repetition, '留级率', 'Repetition rate', 'inputPercent', 0, false],
    [R.places, '现有学位（个）', 'Places available', 'input', undefined, true],
  ];
  for (const [row, zh, en, style, value, total] of baseRows) {
    b.put(row, 0, { value: L(zh, en), style: 'label' });
    for (let g = 0; g < grades; g++) b.put(row, 1 + g, value === undefined ? { style } : { value, style });
    if (total) b.put(row, grades + 1, { formula: `SUM(${col(1)}${row + 1}:${col(grades)}${row + 1})`, style: 'integer' });
  }

  // ---- Forecast by year
  b.merged(R.yearHeader - 1, 0, R.yearHeader - 1, lastCol, { value: L('逐年预测', 'Forecast by year'), style: 'group' });
  const headers: [number, string, string, number][] = [
    [c.year, '年份', 'Year', 8],
    ...(births ? [[c.births, '出生人数（6年前）', 'Births (6 years before)', 12] as [number, string, string, number]] : []),
    [c.entrants, '入学人数', 'Entrants', 10],
    ...labels[lang === 'en' ? 1 : 0].map((g, i) => [c.grade0 + i, g, g, 10] as [number, string, string, number]),
    [c.needed, '学位需求', 'Places needed', 11],
    [c.placesByYear, '现有学位', 'Places available', 11],
    [c.gap, '学位缺口', 'Shortfall', 11],
    [c.classes, '所需班级数', 'Classes needed', 11],
    [c.staff, '所需教职工数', 'Staff needed', 11],
    [c.newSchools, '需新建学校数', 'New schools needed', 11],
  ];
  for (const [cc, zh, en, w] of headers) {
    // Grade headers are already in the sheet's language.
    b.put(R.yearHeader, cc, { value: cc >= c.grade0 && cc < c.grade0 + grades ? zh : L(zh, en), style: 'header' }).width(cc, w);
  }
  b.width(0, Math.max(10, lang === 'en' ? 26 : 22));
  b.height(R.yearHeader, 32);

  const range = (cc: number, width = 1) => `${col(cc)}${first + 1}:${col(cc + width - 1)}${last + 1}`;
  const spills: SpillSpec[] = [];
  const spill = (cc: number, formula: string, width = 1) => {
    b.put(first, cc, { formula, style: 'integer' });
    for (let r = first; r <= last; r++) for (let k = 0; k < width; k++) if (r !== first || k !== 0) b.put(r, cc + k, { style: 'integer' });
    spills.push({ ref: `${col(cc)}${first + 1}`, range: range(cc, width) });
  };
  for (let y = 0; y < yearCount; y++) {
    const row = first + y;
    const r = row + 1;
    b.put(row, c.year, { formula: `${lay.baseYear}+${y + 1}`, style: 'result' });
    if (births) b.put(row, c.births, { style: 'input' });
    else b.put(row, c.entrants, { style: 'input' });
    // Places default to this year's; type over a year's cell when new places open.
    b.put(row, c.placesByYear, { formula: lay.placesTotal, style: 'input' });
    b.put(row, c.gap, { formula: `EDU.SHORTFALL(${col(c.needed)}${r},${col(c.placesByYear)}${r})`, style: 'integer' });
    b.put(row, c.newSchools, { formula: `IF(${lay.schoolSize}="","",EDU.NEWSCHOOLS(${col(c.gap)}${r},${lay.schoolSize}))`, style: 'result' });
  }
  if (births) spill(c.entrants, `EDU.ENTRANTS(${range(c.births)},${lay.entryRate})`);
  const enrolment = range(c.grade0, grades);
  spill(c.grade0, `EDU.COHORT(${lay.current},${range(c.entrants)},${lay.promotion},${lay.repetition})`, grades);
  spill(c.needed, `EDU.PLACESNEEDED(${enrolment})`);
  spill(c.classes, `EDU.CLASSESBYYEAR(${enrolment},${lay.stage},${lay.classSize})`);
  spill(c.staff, `EDU.STAFFBYYEAR(${enrolment},${lay.stage},${lay.staffRatio})`);

  b.spec.frozen = { rows: R.yearHeader + 1, cols: 1 };
  const g = `${col(c.gap)}${first + 1}`;
  b.spec.conditionalFormats = [{
    range: range(c.gap),
    formula: `AND(ISNUMBER(${g}),${g}>0)`,
    indicatorId: 'place_gap',
    description: '学位缺口大于0：学位需求多于现有学位',
    descriptionEn: 'Shortfall above 0: more places needed than there are',
    style: 'miss',
  }];

  const chartTop = last + 2;
  const chart: ChartSpec = {
    type: 'line',
    title: L(`${stageZh}学位需求与现有学位`, `Places needed and available (${stageEn})`),
    categories: range(c.year),
    series: [
      { name: L('学位需求', 'Places needed'), nameRef: `${col(c.needed)}${R.yearHeader + 1}`, values: range(c.needed) },
      { name: L('现有学位', 'Places available'), nameRef: `${col(c.placesByYear)}${R.yearHeader + 1}`, values: range(c.placesByYear) },
    ],
    xAxisTitle: L('年份', 'Year'),
    yAxisTitle: L('学位（个）', 'Places'),
    anchor: { from: `A${chartTop + 1}`, to: `${col(Math.min(lastCol, 8))}${chartTop + 18}` },
  };
  return { ...b.spec, charts: [chart], spills };
}
