/**
 * 补短测算 (issue 26): beside a school-resources sheet, what each school must get to pass and what
 * brings each 差异系数 under its limit, in teachers, square metres, yuan and rooms, and what it costs.
 *
 * - per school: the seven additions of its pass plan (EDU.PASSPLAN: 6 of 7 met, the rest ≥ 85 %, at
 *   the least cost), then the additions that raise it to its stage's floor L (on top of the pass
 *   plan), and its cost;
 * - unit costs are yellow input cells left blank: the product ships no price (a figure would need a
 *   source, and prices differ by county and year); until all seven are typed the plan weighs each
 *   addition as a share of what its standard asks, and shows no cost;
 * - per indicator and stage: the current 差异系数, its limit, the 差异系数 after the pass plans, the
 *   floor L (EDU.CVFLOOR over the values after the pass plans) and the additions it takes (EDU.CVNEED);
 * - totals per indicator and their cost, and a spread over the plan's five years (even, or the
 *   user's shares).
 * The template is two sheets, this one first, like county-assessment: it reads the school sheet by name.
 */
import { getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold } from '../../domain/catalog/select';
import { schoolRule } from '../../domain/edu/school';
import { measureOf } from '../../domain/core/measure';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { colName } from '../../xlsx/refs';
import { excelString, STAGE_SPELLINGS } from '../school-table/stage-cells';
import { label, SheetBuilder } from './builder';
import { buildSchoolResources, SCHOOL_COLS, SCHOOL_ROWS } from './school-resources';
import { sheetPrefix } from './sheet-refs';
import type { SheetSpec, TemplateOptions } from './types';

/** What each of the seven additions counts, in RESOURCE_INDICATORS order: its name with the unit, and the unit cost's unit. */
export const IMPROVEMENT_THINGS: { zh: string; en: string; priceZh: string; priceEn: string }[] = [
  { zh: '高于规定学历教师（人）', en: 'Teachers above required qualification', priceZh: '元/人', priceEn: 'yuan per teacher' },
  { zh: '县级以上骨干教师（人）', en: 'County-level+ backbone teachers', priceZh: '元/人', priceEn: 'yuan per teacher' },
  { zh: '体育艺术专任教师（人）', en: 'PE and art teachers', priceZh: '元/人', priceEn: 'yuan per teacher' },
  { zh: '教学及辅助用房（m²）', en: 'Teaching and auxiliary floor space (m²)', priceZh: '元/m²', priceEn: 'yuan per m²' },
  { zh: '体育运动场馆（m²）', en: 'Sports ground and hall area (m²)', priceZh: '元/m²', priceEn: 'yuan per m²' },
  { zh: '教学仪器设备（元）', en: 'Teaching equipment (yuan)', priceZh: '元/元', priceEn: 'yuan per yuan' },
  { zh: '网络多媒体教室（间）', en: 'Networked multimedia classrooms', priceZh: '元/间', priceEn: 'yuan per room' },
];

/** Columns (0-based) of the per-school rows. */
export const PLAN_COLS = {
  name: 0, stage: 1, students: 2,
  /** First of the seven pass-plan additions (D…J). */
  pass: 3,
  /** First of the seven additions to the stage's floor L, on top of the pass plan (K…Q). */
  balance: 10,
  cost: 17,
  /** First of the seven indicator values after the pass plan (S…Y), which the floor is worked on. */
  after: 18,
} as const;

/** Where the parts of the sheet are (0-based rows; A1 refs for single cells). */
export interface ImprovementLayout {
  /** The row of the seven unit-cost inputs (columns B…H). */
  pricesRow: number;
  firstData: number;
  lastData: number;
  /** The 14 county lines: indicator i (RESOURCE_INDICATORS order) and stage, with their row. */
  county: { indicator: string; stage: 'primary' | 'junior'; row: number }[];
  /** The 7 total lines (one per indicator), and the total cost cell. */
  totals: number[];
  totalCost: string;
  /** The year block: the start-year input, the share inputs (B…F) and the first line. */
  startYear: string;
  sharesRow: number;
  yearsFirst: number;
}

/** Column letters of the county and totals blocks. */
export const COUNTY_COLS = { name: 0, stage: 1, cv: 2, limit: 3, cvAfter: 4, floor: 5, pass: 6, balance: 7, total: 8, cost: 9 } as const;
export const TOTAL_COLS = { name: 0, pass: 1, balance: 2, total: 3, price: 4, cost: 5 } as const;
/** The plan's years: five, as a 规划 period runs. */
export const PLAN_YEARS = 5;

/**
 * The two sheets and where the plan's parts are.
 * @example
 * const { plan, schools, layout } = buildImprovementPlanParts({ rows: 3 });
 * plan.name;              // '补短测算'
 * schools.name;           // '学校资源配置'
 * layout.county.length;   // 14 (7 indicators × 小学, 初中)
 */
export function buildImprovementPlanParts(opts: TemplateOptions = {}): { plan: SheetSpec; schools: SheetSpec; layout: ImprovementLayout } {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const n = Math.max(1, Math.floor(opts.rows ?? 50));
  const schools = buildSchoolResources({ ...opts, rows: n });
  const S = sheetPrefix(schools.name);
  const col = colName;
  const C = PLAN_COLS;
  const b = new SheetBuilder(L('补短测算', 'Improvement plan'));

  b.merged(0, 0, 0, C.cost, { value: L('补短测算：学校达标与差异系数达标所需增加的教师、面积、设备和教室及费用', 'Improvement plan: the teachers, space, equipment and rooms each school needs to pass, and to bring each coefficient under its limit, and the cost'), style: 'title' });
  // The rule and the limits in the note are the catalog's, as the formulas' are.
  const { minMet, floor } = schoolRule('primary');
  const pct = `${Math.round(floor * 100)}%`;
  const limit = (st: 'primary' | 'junior') => selectThreshold(getIndicator('school_diff_coef')!, resolvePlan('national'), st).row.value.toFixed(2);
  b.merged(1, 0, 1, C.cost, {
    value: L(
      `读取「${schools.name}」工作表（请在该表填写各校原始数据）。每校“达标补短”为使其达到「至少${minMet}项达标、其余不低于${pct}」的最省方案（EDU.PASSPLAN）；“均衡补充”为在此之上把低于补底线L的学校补到L，使各项校际差异系数不超过上限（小学${limit('primary')}、初中${limit('junior')}，EDU.CVFLOOR）。单价（黄色单元格）不预设：七项全部填写后按费用最省选择方案并计算费用，未填时按各项增加量占标准要求的比例权衡。教师、教室按整数向上取整。`,
      `Reads the sheet "${schools.name}" (type each school's raw figures there). A school's pass plan is the cheapest way to ${minMet} of 7 met with the rest ≥ ${pct} (EDU.PASSPLAN); the balance additions then raise every school below the floor L to L so that each coefficient is within its limit (${limit('primary')} primary, ${limit('junior')} junior; EDU.CVFLOOR). Unit costs (yellow) have no default: with all seven typed the plan is chosen by cost and costed; without them each addition is weighed as a share of what its standard asks. Teachers and rooms are whole numbers, rounded up.`,
    ),
    style: 'note',
  });
  b.height(1, 60);

  // ---- unit costs
  const pricesRow = 4;
  b.put(3, 0, { value: L('项目', 'Item'), style: 'header' });
  IMPROVEMENT_THINGS.forEach((t, i) => b.put(3, 1 + i, { value: L(t.zh, t.en), style: 'header' }));
  b.put(pricesRow, 0, { value: L('单价（元，填写）', 'Unit cost (yuan, fill in)'), style: 'label' });
  b.put(pricesRow + 1, 0, { value: L('单价依据（填写来源）', 'Source of the unit cost'), style: 'label' });
  IMPROVEMENT_THINGS.forEach((t, i) => {
    b.blank(pricesRow, 1 + i, 'input');
    b.blank(pricesRow + 1, 1 + i, 'inputText');
  });
  b.height(3, 45);
  const prices = `$${col(1)}$${pricesRow + 1}:$${col(7)}$${pricesRow + 1}`;
  const priceOf = (i: number) => `$${col(1 + i)}$${pricesRow + 1}`;
  const allPrices = `COUNT(${prices})=7`;

  // ---- per school
  const group = 6;
  const h = 7;
  const first = 8;
  const last = first + n - 1;
  b.merged(group, C.name, group, C.students, { value: L('学校', 'School'), style: 'group' });
  b.merged(group, C.pass, group, C.pass + 6, { value: L(`达标补短（达到${minMet}项达标、其余≥${pct}）`, `Pass plan (${minMet} of 7 met, the rest ≥ ${pct})`), style: 'group' });
  b.merged(group, C.balance, group, C.balance + 6, { value: L('均衡补充（补到补底线L，在达标补短之上）', 'Balance (up to the floor L, on top of the pass plan)'), style: 'group' });
  b.put(group, C.cost, { value: L('费用', 'Cost'), style: 'group' });
  b.merged(group, C.after, group, C.after + 6, { value: L('达标补短后的指标值（计算用）', 'Values after the pass plan (for the floor)'), style: 'group' });
  b.put(h, C.name, { value: L('学校名称', 'School'), style: 'header' }).width(C.name, 22);
  b.put(h, C.stage, { value: L('学段', 'Stage'), style: 'header' }).width(C.stage, 8);
  b.put(h, C.students, { value: L('学生数', 'Students'), style: 'header' }).width(C.students, 9);
  IMPROVEMENT_THINGS.forEach((t, i) => {
    b.put(h, C.pass + i, { value: L(t.zh, t.en), style: 'header' }).width(C.pass + i, 12);
    b.put(h, C.balance + i, { value: L(t.zh, t.en), style: 'header' }).width(C.balance + i, 12);
    const ind = getIndicator(RESOURCE_INDICATORS[i])!;
    b.put(h, C.after + i, { value: L(ind.name, ind.name_en), style: 'header' }).width(C.after + i, 12);
  });
  b.put(h, C.cost, { value: L('费用（元）', 'Cost (yuan)'), style: 'header' }).width(C.cost, 14);
  b.height(h, 60);

  const stages = [
    { zh: '小学', en: 'primary', stage: 'primary' as const },
    { zh: '初中', en: 'junior', stage: 'junior' as const },
  ];
  const countyTop = last + 2;
  // The county lines: indicator i, stage k at countyTop + 2 + 2i + k.
  const countyRow = (i: number, k: number) => countyTop + 2 + 2 * i + k;
  const floorCell = (i: number, k: number) => `$${col(COUNTY_COLS.floor)}$${countyRow(i, k) + 1}`;
  const isStage = (ref: string, st: 'primary' | 'junior') => `OR(${STAGE_SPELLINGS[st].map((s) => `${ref}=${excelString(s)}`).join(',')})`;
  const measures = RESOURCE_INDICATORS.map((id) => measureOf(getIndicator(id)!.unit)!);

  for (let row = first; row <= last; row++) {
    const r = row + 1;
    const sr = SCHOOL_ROWS.firstData + (row - first) + 1;
    const empty = `COUNTA(${S}$${col(SCHOOL_COLS.name)}${sr}:$${col(SCHOOL_COLS.raw + 6)}${sr})=0`;
    const guard = (f: string) => `IF(${empty},"",${f})`;
    b.put(row, C.name, { formula: guard(`${S}$${col(SCHOOL_COLS.name)}${sr}`), style: 'general' });
    b.put(row, C.stage, { formula: guard(`${S}$${col(SCHOOL_COLS.stage)}${sr}`), style: 'general' });
    // Read as the EDU functions read a figure (1,234 typed as text is 1234): amount ÷ 1.
    b.put(row, C.students, { formula: guard(`EDU.PERSTUDENT(${S}$${col(SCHOOL_COLS.students)}${sr},1)`), style: 'integer' });
    const values = `${S}$${col(SCHOOL_COLS.computed)}${sr}:$${col(SCHOOL_COLS.computed + 6)}${sr}`;
    const n$ = `$${col(C.students)}${r}`;
    const st$ = `$${col(C.stage)}${r}`;
    for (let i = 0; i < 7; i++) {
      const m = measures[i];
      const add = `${col(C.pass + i)}${r}`;
      b.put(row, C.pass + i, { formula: guard(`INDEX(EDU.PASSPLAN(${values},${n$},${st$},${prices}),1,${i + 1})`), style: m.whole ? 'integer' : 'computed' });
      const value = `${S}${col(SCHOOL_COLS.computed + i)}${sr}`;
      b.put(row, C.after + i, { formula: guard(`${value}+EDU.${m.per === 100 ? 'PER100' : 'PERSTUDENT'}(${add},${n$})`), style: 'helper' });
      // Up to the floor of the school's stage; whole things rounded up (ROUND first: a float a hair
      // over a whole number is that number, as EDU.NEED does it).
      const after = `${col(C.after + i)}${r}`;
      const to = (lv: string) => (m.whole ? `IF(${after}<${lv},ROUNDUP(ROUND((${lv}-${after})*${n$}/${m.per},6),0),0)` : `IF(${after}<${lv},(${lv}-${after})*${n$},0)`);
      b.put(row, C.balance + i, { formula: guard(`IF(${isStage(st$, 'primary')},${to(floorCell(i, 0))},${to(floorCell(i, 1))})`), style: m.whole ? 'integer' : 'computed' });
    }
    const both = `SUMPRODUCT(${col(C.pass)}${r}:${col(C.pass + 6)}${r},${prices})+SUMPRODUCT(${col(C.balance)}${r}:${col(C.balance + 6)}${r},${prices})`;
    b.put(row, C.cost, { formula: guard(`IF(${allPrices},${both},"")`), style: 'integer' });
  }

  // ---- per indicator and stage
  const abs = (c: number) => `$${col(c)}$${first + 1}:$${col(c)}$${last + 1}`;
  const schoolAbs = (c: number) => `${S}$${col(c)}$${SCHOOL_ROWS.firstData + 1}:$${col(c)}$${SCHOOL_ROWS.firstData + n}`;
  b.merged(countyTop, 0, countyTop, COUNTY_COLS.cost, { value: L('各项指标校际差异系数与补底线（按学段）', 'Coefficients of variation and the floor, per indicator and stage'), style: 'title' });
  const cc = COUNTY_COLS;
  const heads: [number, string, string][] = [
    [cc.name, '指标', 'Indicator'], [cc.stage, '学段', 'Stage'], [cc.cv, '现差异系数', 'Coefficient now'], [cc.limit, '上限（≤）', 'Limit (≤)'],
    [cc.cvAfter, '达标补短后差异系数', 'After the pass plans'], [cc.floor, '补底线 L', 'Floor L'], [cc.pass, '达标补短增加', 'Pass-plan additions'],
    [cc.balance, '均衡补充增加', 'Balance additions'], [cc.total, '合计增加', 'Total additions'], [cc.cost, '费用（元）', 'Cost (yuan)'],
  ];
  heads.forEach(([c, zh, en]) => b.put(countyTop + 1, c, { value: L(zh, en), style: 'header' }));
  b.height(countyTop + 1, 45);
  const county: ImprovementLayout['county'] = [];
  RESOURCE_INDICATORS.forEach((id, i) => {
    const ind = getIndicator(id)!;
    stages.forEach((s, k) => {
      const row = countyRow(i, k);
      const r = row + 1;
      county.push({ indicator: id, stage: s.stage, row });
      const stageArg = excelString(L(s.zh, s.en));
      const count = STAGE_SPELLINGS[s.stage].map((name) => `COUNTIF(${abs(C.stage)},${excelString(name)})`).join('+');
      const none = (f: string) => `IF(${count}=0,"",${f})`;
      const after = abs(C.after + i);
      b.put(row, cc.name, { value: `${L(ind.name, ind.name_en)}（${L(IMPROVEMENT_THINGS[i].zh, IMPROVEMENT_THINGS[i].en)}）`, style: 'text' });
      b.put(row, cc.stage, { value: L(s.zh, s.en), style: 'text' });
      b.put(row, cc.cv, { formula: none(`EDU.DIFFCOEF(${schoolAbs(SCHOOL_COLS.computed + i)},${schoolAbs(SCHOOL_COLS.students)},${schoolAbs(SCHOOL_COLS.stage)},${stageArg})`), style: 'number2' });
      b.put(row, cc.limit, { formula: `EDU.THRESHOLD("school_diff_coef",${stageArg})`, style: 'number2' });
      b.put(row, cc.cvAfter, { formula: none(`EDU.DIFFCOEF(${after},${abs(C.students)},${abs(C.stage)},${stageArg})`), style: 'number2' });
      b.put(row, cc.floor, { formula: none(`EDU.CVFLOOR(${after},${abs(C.students)},${abs(C.stage)},${stageArg})`), style: 'computed' });
      const sumIf = (c: number) => STAGE_SPELLINGS[s.stage].map((name) => `SUMIF(${abs(C.stage)},${excelString(name)},${abs(c)})`).join('+');
      b.put(row, cc.pass, { formula: none(sumIf(C.pass + i)), style: 'computed' });
      b.put(row, cc.balance, { formula: none(`EDU.CVNEED(${excelString(id)},${after},${abs(C.students)},${abs(C.stage)},${stageArg})`), style: 'computed' });
      b.put(row, cc.total, { formula: none(`${col(cc.pass)}${r}+${col(cc.balance)}${r}`), style: 'computed' });
      b.put(row, cc.cost, { formula: `IF(OR(${col(cc.total)}${r}="",${priceOf(i)}=""),"",${col(cc.total)}${r}*${priceOf(i)})`, style: 'integer' });
    });
  });

  // ---- totals per indicator
  const totalsTop = countyRow(6, 1) + 2;
  const tc = TOTAL_COLS;
  b.merged(totalsTop, 0, totalsTop, tc.cost, { value: L('合计（全县）', 'Totals (county)'), style: 'title' });
  ([[tc.name, '项目', 'Item'], [tc.pass, '达标补短', 'Pass plans'], [tc.balance, '均衡补充', 'Balance'], [tc.total, '合计', 'Total'], [tc.price, '单价（元）', 'Unit cost (yuan)'], [tc.cost, '费用（元）', 'Cost (yuan)']] as [number, string, string][])
    .forEach(([c, zh, en]) => b.put(totalsTop + 1, c, { value: L(zh, en), style: 'header' }));
  const totals: number[] = [];
  IMPROVEMENT_THINGS.forEach((t, i) => {
    const row = totalsTop + 2 + i;
    const r = row + 1;
    totals.push(row);
    b.put(row, tc.name, { value: L(t.zh, t.en), style: 'text' });
    b.put(row, tc.pass, { formula: `SUM(${abs(C.pass + i)})`, style: 'computed' });
    b.put(row, tc.balance, { formula: `SUM(${abs(C.balance + i)})`, style: 'computed' });
    b.put(row, tc.total, { formula: `${col(tc.pass)}${r}+${col(tc.balance)}${r}`, style: 'computed' });
    b.put(row, tc.price, { formula: `IF(${priceOf(i)}="","",${priceOf(i)})`, style: 'general' });
    b.put(row, tc.cost, { formula: `IF(${col(tc.price)}${r}="","",${col(tc.total)}${r}*${col(tc.price)}${r})`, style: 'integer' });
  });
  const costRow = totalsTop + 9;
  b.put(costRow, tc.name, { value: L('总费用（元；单价未填全时为空）', 'Total cost (yuan; blank until every unit cost is typed)'), style: 'label' });
  const totalCost = `${col(tc.cost)}${costRow + 1}`;
  b.put(costRow, tc.cost, { formula: `IF(${allPrices},SUM(${col(tc.cost)}${totals[0] + 1}:${col(tc.cost)}${totals[6] + 1}),"")`, style: 'integer' });

  // ---- spread over the plan's years
  const y0 = costRow + 2;
  b.merged(y0, 0, y0, PLAN_YEARS, { value: L('分年度安排', 'Year by year'), style: 'title' });
  b.put(y0 + 1, 0, { value: L('起始年份（填写）', 'First year (fill in)'), style: 'label' });
  const year = opts.year ?? new Date().getFullYear();
  b.put(y0 + 1, 1, { value: year, style: 'input' });
  const startYear = `$B$${y0 + 2}`;
  b.put(y0 + 2, 0, { value: L('年份', 'Year'), style: 'header' });
  b.put(y0 + 3, 0, { value: L('分年比例（可填；全空则平均）', 'Share per year (optional; even when all blank)'), style: 'label' });
  b.put(y0 + 4, 0, { value: L('采用比例', 'Share used'), style: 'label' });
  const shares = `$B$${y0 + 4}:$${col(PLAN_YEARS)}$${y0 + 4}`;
  for (let k = 0; k < PLAN_YEARS; k++) {
    const c = 1 + k;
    b.put(y0 + 2, c, { formula: `${startYear}+${k}`, style: 'header' });
    b.blank(y0 + 3, c, 'inputPercent');
    b.put(y0 + 4, c, { formula: `IF(SUM(${shares})=0,1/${PLAN_YEARS},${col(c)}${y0 + 4}/SUM(${shares}))`, style: 'percent' });
  }
  IMPROVEMENT_THINGS.forEach((t, i) => {
    const row = y0 + 5 + i;
    b.put(row, 0, { value: L(t.zh, t.en), style: 'text' });
    for (let k = 0; k < PLAN_YEARS; k++) b.put(row, 1 + k, { formula: `$${col(tc.total)}$${totals[i] + 1}*${col(1 + k)}$${y0 + 5}`, style: 'computed' });
  });
  b.put(y0 + 12, 0, { value: L('费用（元）', 'Cost (yuan)'), style: 'label' });
  for (let k = 0; k < PLAN_YEARS; k++) b.put(y0 + 12, 1 + k, { formula: `IF(${totalCost}="","",${totalCost}*${col(1 + k)}$${y0 + 5})`, style: 'integer' });

  b.spec.frozen = { rows: h + 1, cols: 1 };
  return {
    plan: b.spec,
    schools,
    layout: { pricesRow, firstData: first, lastData: last, county, totals, totalCost, startYear, sharesRow: y0 + 3, yearsFirst: y0 + 5 },
  };
}

/**
 * The template's sheets: the plan first, then the school-resources sheet it reads.
 * @example
 * buildImprovementPlan({ rows: 3 }).map((s) => s.name); // ['补短测算', '学校资源配置']
 */
export function buildImprovementPlan(opts: TemplateOptions = {}): SheetSpec[] {
  const { plan, schools } = buildImprovementPlanParts(opts);
  return [plan, schools];
}
