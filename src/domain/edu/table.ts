/**
 * The EDU functions as a declarative table, in the manner of HyperFormula's function plugins: the
 * name, the parameters, what it returns, its help in Chinese and English, and the plain TypeScript
 * that computes it. Both adapters (Excel custom functions, the HyperFormula plugin), the generated
 * docs and the zh-CN function metadata read this one table.
 */
import { isMetricError, MetricError } from '../core/errors';
import { roundResult } from '../core/precision';
import type { Arg, EduResult } from './args';
import { COUNTMET, SCHOOLPASS } from './school';
import { COMPLIANCE, GAP, MEETS, THRESHOLD } from './thresholds';
import { DIFFCOEF } from './diffcoef';
import { PER100, PERSTUDENT, RATE } from './ratios';
import { CAPACITY, CLASSES, SHARE, SHORTFALL, STAFFNEED } from './places';
import { INDICATOR, INDICATORS, TARGET } from './catalog-fns';
import { CLASSESBYYEAR, COHORT, ENTRANTS, NEWSCHOOLS, PLACESNEEDED, STAFFBYYEAR } from './projection';
import { BACKTEST, ENTRYRATE, RATES, SURPLUS } from './forecast';
// 补短测算 (issue 26): what each school needs to pass, and the floor that brings each 差异系数 under its limit.
import { NEED } from './need';
import { PASSPLAN } from './pass-plan';
import { CVFLOOR, CVNEED } from './cv-floor';

/** One parameter of an EDU function. */
export interface ParamSpec {
  name: string;
  /** 中文 help. */
  zh: string;
  en: string;
  optional?: boolean;
  /** A range (matrix) rather than one value. */
  range?: boolean;
}

/** An argument's shape as [rows, columns]: a range's, an array literal's, 1 × 1 for a value. */
export type Shape = [rows: number, cols: number];

/** One EDU function. */
export interface FunctionSpec {
  /** The name after `EDU.`. */
  name: string;
  zh: string;
  en: string;
  params: ParamSpec[];
  /** What it returns: a number, TRUE/FALSE, text, any single value, or a spilled matrix. */
  result: 'number' | 'boolean' | 'string' | 'any' | 'matrix';
  // The implementations take Arg (cell values or matrices) and throw MetricError on bad input.
  impl: (...args: Arg[]) => unknown;
  /**
   * For a matrix result: its [rows, columns] from the arguments' shapes (undefined where omitted),
   * which HyperFormula must know before it evaluates anything. Without it the function is run on
   * literal arguments to find out.
   */
  size?: (shapes: (Shape | undefined)[]) => Shape;
}

const indicator: ParamSpec = { name: 'indicator', zh: '指标：id、简体名、繁體名、英文名或简称（如「生均用房」）', en: 'indicator: id, Chinese (简/繁) or English name, or alias' };
const stageOpt: ParamSpec = { name: 'stage', zh: '学段：小学、初中、高中、幼儿园（可用繁體或英文）', en: 'stage: primary, junior, senior, preschool (or 小学/初中…)', optional: true };
const stageReq: ParamSpec = { ...stageOpt, optional: false };
const plan: ParamSpec = { name: 'plan', zh: '规划：national（默认）、玉泉区、安丘市、东城区、塔城地区、南雄市', en: 'plan: national (default), yuquan, anqiu, dongcheng, tacheng, nanxiong', optional: true };
const value: ParamSpec = { name: 'value', zh: '指标值', en: 'the value to compare' };
const enrolment: ParamSpec = { name: 'enrolment', zh: '在校生表（每年一行，每个年级一列，如 EDU.COHORT 的结果）', en: 'enrolment table (a row per year, a column per grade, as EDU.COHORT spills it)', range: true };

/** The length of a row or column of this shape (rows × columns for anything else: it is refused later). */
const lengthOf = (s: Shape | undefined): number => (s ? (s[0] === 1 ? s[1] : s[1] === 1 ? s[0] : s[0] * s[1]) : 1);
/** One row per year: as many rows as the first argument. */
const perYear = (shapes: (Shape | undefined)[]): Shape => [shapes[0]?.[0] ?? 1, 1];

/** Every EDU function, in the order the docs list them. */
export const FUNCTIONS: FunctionSpec[] = [
  { name: 'PER100', zh: '每百名学生拥有数：数量 ÷ 学生数 × 100', en: 'Count per 100 students: count ÷ students × 100', result: 'number', impl: PER100,
    params: [{ name: 'count', zh: '数量（教师数、教室数等）', en: 'count (teachers, rooms …)' }, { name: 'students', zh: '学生数', en: 'number of students' }] },
  { name: 'PERSTUDENT', zh: '生均值：总量 ÷ 学生数', en: 'Amount per student: amount ÷ students', result: 'number', impl: PERSTUDENT,
    params: [{ name: 'amount', zh: '总量（面积、金额等）', en: 'amount (area, money …)' }, { name: 'students', zh: '学生数', en: 'number of students' }] },
  { name: 'RATE', zh: '比率（覆盖率、占比、入学率）：部分 ÷ 总数，结果为小数', en: 'Rate (coverage, share, enrolment): part ÷ whole, as a fraction', result: 'number', impl: RATE,
    params: [{ name: 'part', zh: '部分', en: 'part' }, { name: 'whole', zh: '总数', en: 'whole' }] },
  { name: 'DIFFCOEF', zh: '校际差异系数（按学生数加权）：任一侧为空的学校不计；可只计某一学段、不计小规模学校', en: 'Student-weighted between-school coefficient of variation; pairs with a blank are skipped; optionally one stage only, small schools left out', result: 'number', impl: DIFFCOEF,
    params: [{ name: 'values', zh: '各校指标值区域', en: 'range of school values', range: true }, { name: 'students', zh: '各校学生数区域（与指标值同样大小）', en: 'range of school enrolments (same size)', range: true },
      { name: 'stages', zh: '各校学段区域（可选，与指标值同样大小）', en: 'range of school stages (optional, same size)', range: true, optional: true },
      { name: 'stage', zh: '只计该学段的学校（与学段区域同时给出）', en: 'count only the schools of this stage (with stages)', optional: true },
      { name: 'min_students', zh: '不计学生数少于此数的学校（如教学点，按本省规定，省略时用工作簿适用的省级标准）', en: 'leave out schools with fewer students (e.g. 教学点, as the province rules, by default the province profile of the workbook)', optional: true }] },
  { name: 'THRESHOLD', zh: '目录中的标准值或规划目标值', en: "The catalog's standard or plan target", result: 'number', impl: THRESHOLD,
    params: [indicator, stageOpt, plan] },
  { name: 'MEETS', zh: '是否达标（按目录中的方向 ≥、≤、<）', en: "TRUE when the value meets the threshold (catalog's direction ≥, ≤, <)", result: 'boolean', impl: MEETS,
    params: [indicator, value, stageOpt, plan] },
  { name: 'COMPLIANCE', zh: '达成度：≥类指标为 值÷标准，≤类为 标准÷值；≥1 即达标', en: 'Attainment: value ÷ threshold (≥) or threshold ÷ value (≤); ≥ 1 means met', result: 'number', impl: COMPLIANCE,
    params: [indicator, value, stageOpt, plan] },
  { name: 'GAP', zh: '距达标的差距（指标单位），已达标为0', en: 'What is missing to meet the threshold, in its unit; 0 when met', result: 'number', impl: GAP,
    params: [indicator, value, stageOpt, plan] },
  { name: 'COUNTMET', zh: '学校七项资源配置指标中达标的项数', en: 'How many of the seven resource indicators a school meets', result: 'number', impl: COUNTMET,
    params: [{ name: 'values', zh: '该校七项指标值（按标准顺序，一行或一列）', en: "the school's seven values in the standard's order (a row or column)", range: true }, stageReq] },
  { name: 'SCHOOLPASS', zh: '学校是否达到优质均衡资源配置要求：至少6项达标且其余不低于标准的85%', en: 'TRUE when ≥ 6 of 7 are met and each one missed is ≥ 85% of its standard', result: 'boolean', impl: SCHOOLPASS,
    params: [{ name: 'values', zh: '该校七项指标值（按标准顺序，一行或一列）', en: "the school's seven values in the standard's order", range: true }, stageReq] },
  { name: 'SHORTFALL', zh: '学位缺口：MAX(0, 需求 − 学位) × 年级数', en: 'Place shortfall: MAX(0, demand − supply) × grades', result: 'number', impl: SHORTFALL,
    params: [{ name: 'demand', zh: '入学需求（人）', en: 'demand (children)' }, { name: 'supply', zh: '可提供学位数', en: 'places available' }, { name: 'grades', zh: '年级数（默认1）', en: 'grades (default 1)', optional: true }] },
  { name: 'CLASSES', zh: '所需班级数（向上取整）；班额默认为该学段标准班额', en: "Classes needed, rounded up; size defaults to the stage's standard class size", result: 'number', impl: CLASSES,
    params: [{ name: 'students', zh: '学生数', en: 'students' }, stageReq, { name: 'size', zh: '班额（可选）', en: 'class size (optional)', optional: true }] },
  { name: 'CAPACITY', zh: '学位数：班级数 × 班额', en: 'Places: classes × class size', result: 'number', impl: CAPACITY,
    params: [{ name: 'classes', zh: '班级数', en: 'classes' }, stageReq, { name: 'size', zh: '班额（可选）', en: 'class size (optional)', optional: true }] },
  { name: 'STAFFNEED', zh: '所需教职工数（向上取整）；师生比默认 小学1:19、初中1:13.5、高中1:12.5', en: 'Staff needed, rounded up; ratio defaults to 19 / 13.5 / 12.5 students per staff member', result: 'number', impl: STAFFNEED,
    params: [{ name: 'students', zh: '学生数', en: 'students' }, stageReq, { name: 'ratio', zh: '每名教职工对应学生数（可选）', en: 'students per staff member (optional)', optional: true }] },
  { name: 'SHARE', zh: '一贯制学校某学段应分摊的资源比例（小学:初中:高中 = 1:1.1:1.32）', en: "Share of a through-school's resource for one stage (weights 1 : 1.1 : 1.32)", result: 'number', impl: SHARE,
    params: [{ name: 'stage', zh: '要计算的学段：小学、初中或高中', en: 'the stage: primary, junior or senior' }, { name: 'primary', zh: '小学学生数', en: 'primary students' }, { name: 'junior', zh: '初中学生数', en: 'junior students' }, { name: 'senior', zh: '高中学生数（可选）', en: 'senior students (optional)', optional: true }] },
  { name: 'TARGET', zh: '某年份有效的规划目标值（两年之间线性插值）', en: 'The target in force in a year (linear between stated years)', result: 'number', impl: TARGET,
    params: [indicator, { name: 'year', zh: '年份', en: 'year' }, plan] },
  { name: 'INDICATOR', zh: '指标信息：name、name_hant、name_en、unit、direction、value、year、plan、source、quote', en: 'Indicator information: name, name_hant, name_en, unit, direction, value, year, plan, source, quote', result: 'any', impl: INDICATOR,
    params: [indicator, { name: 'field', zh: '字段（默认 name）', en: 'field (default name)', optional: true }, plan, stageOpt] },
  { name: 'INDICATORS', zh: '以表格列出目录（含表头，溢出显示）', en: 'The catalog as a table with a header row (spills)', result: 'matrix', impl: INDICATORS,
    params: [plan, stageOpt] },
  { name: 'COHORT', zh: '年级递进法预测在校生：每年一行、每个年级一列（溢出显示）', en: 'Grade-transition projection of enrolment: a row per coming year, a column per grade (spills)', result: 'matrix', impl: COHORT,
    size: (s) => [lengthOf(s[1]), lengthOf(s[0])],
    params: [
      { name: 'current', zh: '本年各年级在校生（一行或一列）', en: "this year's enrolment by grade (a row or column)", range: true },
      { name: 'intakes', zh: '今后各年一年级招生数（一行或一列）', en: 'new entrants of each coming year (a row or column)', range: true },
      { name: 'promotion', zh: '升级率：一个值或每个年级一个，默认100%；未给留级率时可用 EDU.RATES 拟合的升级比（可大于1）', en: 'promotion rate: one value or one per grade (default 1); with no repetition, the ratios EDU.RATES fits (may exceed 1)', optional: true, range: true },
      { name: 'repetition', zh: '留级率：一个值或每个年级一个，默认0', en: 'repetition rate: one value or one per grade (default 0)', optional: true, range: true },
    ] },
  { name: 'ENTRANTS', zh: '入学人数：6年前出生人数 × 入学系数（可大于1，含迁入），按出生人数区域溢出', en: 'Entrants: births six years earlier × entry rate (may exceed 1 with in-migration); spills like births', result: 'matrix', impl: ENTRANTS,
    size: (s) => s[0] ?? [1, 1],
    params: [
      { name: 'births', zh: '出生人数（入学年份前6年，单元格或区域）', en: 'births six years before entry (a cell or a range)', range: true },
      { name: 'rate', zh: '入学系数：一个值或与出生人数同样大小，默认1', en: 'entry rate: one value or one per cell of births (default 1)', optional: true, range: true },
    ] },
  { name: 'PLACESNEEDED', zh: '每年所需学位数：各年级在校生之和（每年一行）', en: 'Places needed per year: the sum over grades (a row per year)', result: 'matrix', impl: PLACESNEEDED, size: perYear,
    params: [enrolment] },
  { name: 'CLASSESBYYEAR', zh: '每年所需班级数：各年级分别向上取整后相加；班额默认为该学段标准班额', en: "Classes needed per year: each grade rounded up, then summed; size defaults to the stage's standard", result: 'matrix', impl: CLASSESBYYEAR, size: perYear,
    params: [enrolment, stageReq, { name: 'size', zh: '班额（可选）', en: 'class size (optional)', optional: true }] },
  { name: 'STAFFBYYEAR', zh: '每年所需教职工数（向上取整）；师生比默认 小学1:19、初中1:13.5、高中1:12.5', en: 'Staff needed per year, rounded up; ratio defaults to 19 / 13.5 / 12.5 students per staff member', result: 'matrix', impl: STAFFBYYEAR, size: perYear,
    params: [enrolment, stageReq, { name: 'ratio', zh: '每名教职工对应学生数（可选）', en: 'students per staff member (optional)', optional: true }] },
  { name: 'NEWSCHOOLS', zh: '需新建学校数：学位缺口 ÷ 每所学校学位数，向上取整', en: 'New schools needed: shortfall ÷ places per school, rounded up', result: 'number', impl: NEWSCHOOLS,
    params: [{ name: 'shortfall', zh: '学位缺口', en: 'place shortfall' }, { name: 'school_size', zh: '每所学校学位数', en: 'places per school' }] },
  // ---- Forecasts fitted from history (issue 28): rates, entry rate, back-test, surplus.
  { name: 'RATES', zh: '由历年分年级在校生拟合年级升级比 E(t+1,g+1)÷E(t,g)：一行，每个年级一个（最高年级为1），可直接作 EDU.COHORT 的升级率', en: 'Grade progression ratios E(t+1,g+1) ÷ E(t,g) fitted from an enrolment history: one row, a value per grade (1 for the top grade), ready as EDU.COHORT\'s promotion', result: 'matrix', impl: RATES,
    size: (s) => [1, s[0]?.[1] ?? 1],
    params: [
      { name: 'history', zh: '历年分年级在校生（每年一行、由早到晚，每个年级一列，至少连续2年）', en: 'enrolment history (a row per year, oldest first, a column per grade; at least 2 years)', range: true },
      { name: 'method', zh: '方法：mean 平均（默认）、last 最近一年、weighted 近年加权、low 最低、high 最高', en: 'method: mean (default), last, weighted (recent years more), low, high', optional: true },
    ] },
  { name: 'ENTRYRATE', zh: '入学系数：历年 入学人数 ÷ 对应出生人数 的平均（出生人数放在入学年份所在行，同 EDU.ENTRANTS）', en: 'Entry rate: the mean of entrants ÷ births over the years (births on the line of the entry year, as EDU.ENTRANTS reads them)', result: 'number', impl: ENTRYRATE,
    params: [
      { name: 'births', zh: '历年出生人数（入学年份前6年，一行或一列）', en: 'births six years before each entry year (a row or column)', range: true },
      { name: 'entrants', zh: '历年一年级入学人数（与出生人数一一对应）', en: 'entrants of each year (paired with births)', range: true },
    ] },
  { name: 'BACKTEST', zh: '回测：用此前年份拟合的升级比预测 horizon 年后全学段在校生，与实际比较的平均绝对百分比误差（以实际一年级为新生）', en: 'Back-test: mean absolute percentage error of the stage total forecast horizon years ahead with rates fitted on the years before (real grade 1 as intake)', result: 'number', impl: BACKTEST,
    params: [
      { name: 'history', zh: '历年分年级在校生（每年一行、由早到晚；至少 horizon+2 年）', en: 'enrolment history (a row per year, oldest first; at least horizon + 2 years)', range: true },
      { name: 'horizon', zh: '预测提前年数（如1、3、5）', en: 'years ahead (e.g. 1, 3, 5)' },
      { name: 'method', zh: '拟合方法（同 EDU.RATES，默认 mean）', en: 'fitting method (as EDU.RATES; default mean)', optional: true },
    ] },
  { name: 'SURPLUS', zh: '学位富余：MAX(0, 学位 − 需求) × 年级数（EDU.SHORTFALL 的反面）', en: 'Place surplus: MAX(0, supply − demand) × grades (the mirror of EDU.SHORTFALL)', result: 'number', impl: SURPLUS,
    params: [{ name: 'demand', zh: '需求（人）', en: 'demand (children)' }, { name: 'supply', zh: '可提供学位数', en: 'places available' }, { name: 'grades', zh: '年级数（默认1）', en: 'grades (default 1)', optional: true }] },
  // ---- 补短测算 (issue 26): what it takes to pass
  { name: 'NEED', zh: '达到标准所需增加量（指标自身的单位：教师、教室按整数向上取整，面积、金额按计算值）；已达标为0', en: 'What must be added to reach the standard, in the indicator\'s own thing (teachers and rooms whole, rounded up; m² and yuan as computed); 0 when met', result: 'number', impl: NEED,
    params: [indicator, value, { name: 'students', zh: '学生数', en: 'number of students' }, stageOpt, plan] },
  { name: 'PASSPLAN', zh: '学校达到「至少6项达标、其余不低于85%」的最省增加方案：七项增加量（一行，按 COUNTMET 的顺序）；已达标为七个0', en: 'The cheapest additions that make a school pass 6 of 7 with the rest ≥ 85%: seven additions (one row, in COUNTMET\'s order); seven zeros when it passes', result: 'matrix', impl: PASSPLAN,
    size: () => [1, 7],
    params: [{ name: 'values', zh: '该校七项指标值（按标准顺序，一行或一列）', en: "the school's seven values in the standard's order (a row or column)", range: true },
      { name: 'students', zh: '学生数', en: 'number of students' }, stageReq,
      { name: 'unit_costs', zh: '七项单价（每名教师、每平方米、每元、每间教室；可选，不填则按各项占标准要求的比例权衡）', en: 'seven unit costs (per teacher, per m², per yuan, per room; optional: without them each addition is weighed as a share of what its standard asks)', optional: true, range: true }] },
  { name: 'CVFLOOR', zh: '差异系数“补底线”：把低于L的学校补到L，使按学生数加权的差异系数恰为上限；已达标时为最小值', en: 'The floor L: raising every school below L to L brings the student-weighted coefficient of variation to the limit; the smallest value when within it', result: 'number', impl: CVFLOOR,
    params: [{ name: 'values', zh: '各校指标值区域', en: 'range of school values', range: true }, { name: 'students', zh: '各校学生数区域（与指标值同样大小）', en: 'range of school enrolments (same size)', range: true },
      { name: 'stages', zh: '各校学段区域（可选，与指标值同样大小）', en: 'range of school stages (optional, same size)', range: true, optional: true },
      { name: 'stage', zh: '学段：只计该学段的学校（与学段区域同时给出），并按目录取差异系数上限', en: 'stage: count only its schools (with stages) and take its limit from the catalog', optional: true },
      { name: 'limit', zh: '差异系数上限（可选，默认按目录：小学0.50、初中0.45）', en: 'the limit (optional; the catalog\'s by default: 0.50 primary, 0.45 junior)', optional: true }] },
  { name: 'CVNEED', zh: '把各校补到 CVFLOOR 所需的增加总量（教师、教室逐校向上取整）', en: 'The total addition that raises every school to the CVFLOOR level (teachers and rooms rounded up school by school)', result: 'number', impl: CVNEED,
    params: [indicator, { name: 'values', zh: '各校指标值区域', en: 'range of school values', range: true }, { name: 'students', zh: '各校学生数区域（与指标值同样大小）', en: 'range of school enrolments (same size)', range: true },
      { name: 'stages', zh: '各校学段区域（可选，与指标值同样大小）', en: 'range of school stages (optional, same size)', range: true, optional: true },
      { name: 'stage', zh: '学段：只计该学段的学校（与学段区域同时给出），并按目录取差异系数上限', en: 'stage: count only its schools (with stages) and take its limit from the catalog', optional: true },
      { name: 'limit', zh: '差异系数上限（可选，默认按目录）', en: 'the limit (optional; the catalog\'s by default)', optional: true }] },
];

/** The spec of one function by its name after `EDU.`. @example specOf('PER100')?.params.length; // 2 */
export function specOf(name: string): FunctionSpec | undefined {
  return SPECS.get(name) ?? SPECS.get(name.toUpperCase());
}
const SPECS = new Map(FUNCTIONS.map((f) => [f.name, f]));
// Required-argument counts, worked out once rather than on every call.
const REQUIRED = new Map(FUNCTIONS.map((f) => [f, f.params.filter((p) => !p.optional).length]));

/** How many arguments a function needs at least. @example requiredArgs(specOf('MEETS')!); // 2 */
export function requiredArgs(spec: FunctionSpec): number {
  return REQUIRED.get(spec) ?? spec.params.filter((p) => !p.optional).length;
}

/**
 * Runs an EDU function on adapter-neutral arguments; every failure comes back as a MetricError
 * value, never a throw — a bug in a metric must show as an error cell, not crash Excel or the CLI.
 * @example
 * callEdu('PER100', [21, 500]);  // 4.2
 * callEdu('PER100', [21, 0]);    // MetricError #DIV/0!
 */
export function callEdu(name: string, args: Arg[]): EduResult {
  const spec = specOf(name);
  if (!spec) return new MetricError('#N/A', `没有函数 EDU.${name}`, `no function EDU.${name}`);
  return callSpec(spec, args);
}

/**
 * `callEdu` for a spec already in hand — the adapters' hot path, which has looked the name up once.
 * @example
 * callSpec(specOf('PER100')!, [21, 500]); // 4.2
 */
export function callSpec(spec: FunctionSpec, args: Arg[]): EduResult {
  const required = requiredArgs(spec);
  if (args.length < required || args.length > spec.params.length) {
    return new MetricError('#N/A', `EDU.${spec.name} 需要${required}到${spec.params.length}个参数，实际${args.length}个`, `EDU.${spec.name} takes ${required} to ${spec.params.length} arguments, got ${args.length}`);
  }
  try {
    const r = spec.impl(...args);
    // Reported at Excel's 15 significant digits, as HyperFormula reports its own results; checked
    // after rounding, which can carry 1.797…e308 over to Infinity. A matrix with any such number
    // is refused whole (a cell of a spilled result cannot be an error of its own here).
    if (typeof r === 'number') {
      const x = roundResult(r);
      return Number.isFinite(x) ? x : notFinite();
    }
    if (Array.isArray(r)) {
      const m = r.map((row: unknown[]) => row.map((x) => (typeof x === 'number' ? roundResult(x) : x)));
      return m.some((row) => row.some((x) => typeof x === 'number' && !Number.isFinite(x))) ? notFinite() : (m as EduResult);
    }
    return r as EduResult;
  } catch (e) {
    if (isMetricError(e)) return e;
    return new MetricError('#VALUE!', `内部错误：${(e as Error)?.message ?? e}`, `internal error: ${(e as Error)?.message ?? e}`);
  }
}

const notFinite = () => new MetricError('#NUM!', '结果不是有限数', 'the result is not a finite number');
