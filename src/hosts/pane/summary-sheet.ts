/**
 * 达标汇总 for the task pane. The seven resource indicators — met / missed / blank per stage, the
 * 6-of-7 and 85% school rule (EDU.SCHOOLPASS semantics) and the student-weighted 差异系数 against
 * its limit — come from src/features/verdict/county-summary.ts (summarizeCounty), the one summary the demo report
 * also reads, so the pane, the report and the EDU functions cannot disagree. Any other indicator
 * column the header recognition found is counted against the chosen plan's threshold.
 *
 * The summary is written as VALUES, not as EDU formulas: it is the table that is sent upward and
 * opened on machines without the add-in (WPS, LibreOffice, a colleague's Excel), where an EDU
 * formula would show #NAME?. Its note row says when and from what it was computed.
 */
import { getIndicator, getPlan } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold } from '../../domain/catalog/select';
import type { Stage } from '../../domain/catalog/types';
import { meets } from '../../domain/core/compare';
import { isMetricError } from '../../domain/core/errors';
import { parseNumber } from '../../domain/core/parse';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { stageName } from '../../domain/core/stage';
import { missText, type FollowUp } from '../../features/verdict/follow-up';
import { summarizeCounty } from '../../features/verdict/county-summary';
import type { ImprovementSummary } from '../../features/verdict/improvement';
import { metText, reasonText, verdictHeadline, type Verdict } from '../../features/verdict/verdict';
import { cellRef } from '../../xlsx/refs';
import { formatValue } from './catalog-view';
import { t, type Lang } from './i18n';
import type { CellValue } from './io';
import { excelString } from '../../features/school-table/stage-cells';
import type { RuleSpec } from '../../features/school-table/types';
import type { CellSpec, SheetSpec, StyleName } from './sheet-spec';

/** One school (one data row) as the pane read it. */
export interface SchoolCells {
  name: string;
  /** The school's stage; null when the table has none and no default was chosen. */
  stage: Stage | null;
  students: CellValue;
  /** Indicator id → the cell's value, for every recognised indicator column. */
  values: Record<string, CellValue>;
}

/** What the summary is computed from. */
export interface SummaryInput {
  /** Plan id ('national', 'nanxiong' …) for the indicators outside the seven. */
  plan: string;
  /** The recognised indicator ids, in the sheet's column order. */
  indicators: string[];
  schools: SchoolCells[];
  /** Where the data came from, e.g. "学校数据!A3:K51", for the note row. */
  source: string;
}

/** One line of the per-indicator table. */
export interface IndicatorLine {
  indicatorId: string;
  stage: Stage;
  threshold: string;
  schools: number;
  met: number;
  missed: number;
  /** Blank cells, and text that is not a number (counted in `unreadable` too). */
  blank: number;
  unreadable: number;
  metRate: number | null;
  diffCoef: number | null;
  diffLimit: number | null;
  diffOk: boolean | null;
}

/** The school rule for one stage; passed is null when not all seven indicators were found. */
export interface PassLine { stage: 'primary' | 'junior'; schools: number; passed: number | null }

/** The computed summary. */
export interface Summary {
  lines: IndicatorLine[];
  pass: PassLine[];
  /** All seven resource indicators were recognised (the school rule needs them). */
  complete: boolean;
  /** Schools the resource rules do not assess (一贯制 not split by stage, 高中 …). */
  notAssessed: number;
  /**
   * Who misses what, by how much (src/features/verdict/follow-up.ts, the list report.html shows too), over the
   * resource indicators the sheet has; a column the sheet lacks is not a school's miss.
   */
  followUp: FollowUp;
  /** The county's 资源配置 verdict; null when not all seven indicators were recognised. */
  verdict: Verdict | null;
  /** 补短测算 (issue 26); null when not all seven indicators were recognised (a plan needs all seven). */
  improvement: ImprovementSummary | null;
}

/** A number, null for a blank, 'bad' for text that is not one. */
function num(v: CellValue): number | null | 'bad' {
  try {
    return parseNumber(v);
  } catch {
    return 'bad';
  }
}
const numOrNull = (v: CellValue) => {
  const n = num(v);
  return n === 'bad' ? null : n;
};

const STAGE_ORDER: Stage[] = ['preschool', 'primary', 'junior', 'nine_year', 'twelve_year', 'senior', 'compulsory', 'special', 'vocational', 'all'];
const sym = (d: string) => d.replace('>=', '≥').replace('<=', '≤');

/**
 * Computes the summary. Schools without a stage are left out (every standard depends on it).
 * @example
 * const s = computeSummary({ plan: 'national', indicators: ['teaching_space_per_student'], source: 'A1:C3',
 *   schools: [ { name: 'A', stage: 'primary', students: 100, values: { teaching_space_per_student: 4 } },
 *              { name: 'B', stage: 'primary', students: 300, values: { teaching_space_per_student: 6 } } ] });
 * s.lines[0].met;      // 1
 * s.lines[0].diffCoef; // 0.15745916432444337
 */
export function computeSummary(input: SummaryInput): Summary {
  const schools = input.schools.filter((s): s is SchoolCells & { stage: Stage } => s.stage !== null);
  const county = summarizeCounty(schools.map((s) => ({
    name: s.name,
    stage: s.stage,
    students: numOrNull(s.students),
    values: RESOURCE_INDICATORS.map((id) => numOrNull(s.values[id] ?? null)),
  })));
  const found = new Set(input.indicators);
  const complete = RESOURCE_INDICATORS.every((id) => found.has(id));
  const unreadable = (id: string, stage: Stage) => schools.filter((s) => s.stage === stage && num(s.values[id] ?? null) === 'bad').length;
  const lines: IndicatorLine[] = [];
  const plan = resolvePlan(input.plan);
  const stages = [...new Set(schools.map((s) => s.stage))].sort((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b));
  for (const id of input.indicators) {
    const ind = getIndicator(id);
    if (!ind) continue;
    if ((RESOURCE_INDICATORS as readonly string[]).includes(id)) {
      for (const r of county.indicators.filter((x) => x.indicatorId === id && county.byStage[x.stage].schools > 0)) {
        const counted = r.met + r.missed;
        lines.push({
          indicatorId: id, stage: r.stage, threshold: `≥ ${formatValue(r.threshold, ind.unit)}`,
          schools: county.byStage[r.stage].schools, met: r.met, missed: r.missed, blank: r.blank,
          unreadable: unreadable(id, r.stage), metRate: counted ? r.met / counted : null,
          diffCoef: r.diffCoef, diffLimit: r.limit, diffOk: r.balanced,
        });
      }
      continue;
    }
    // Another indicator column: counted against the chosen plan (its own target, else national).
    for (const stage of stages) {
      let row;
      try {
        row = selectThreshold(ind, plan, stage).row;
      } catch (e) {
        if (isMetricError(e)) continue; // no standard for this stage: nothing to count
        throw e;
      }
      const rows = schools.filter((s) => s.stage === stage);
      let met = 0, missed = 0, blank = 0, bad = 0;
      for (const s of rows) {
        const v = num(s.values[id] ?? null);
        if (v === null) blank++;
        else if (v === 'bad') { blank++; bad++; }
        else if (meets(v, row.direction, row.value)) met++;
        else missed++;
      }
      lines.push({
        indicatorId: id, stage, threshold: `${sym(row.direction)} ${formatValue(row.value, row.unit)}`,
        schools: rows.length, met, missed, blank, unreadable: bad, metRate: met + missed ? met / (met + missed) : null,
        diffCoef: null, diffLimit: null, diffOk: null,
      });
    }
  }
  const pass: PassLine[] = (['primary', 'junior'] as const)
    .filter((s) => county.byStage[s].schools > 0)
    .map((s) => ({ stage: s, schools: county.byStage[s].schools, passed: complete ? county.byStage[s].passed : null }));
  const has = (id: string) => found.has(id);
  const followUp: FollowUp = {
    byIndicator: county.followUp.byIndicator.filter((m) => has(m.indicatorId)),
    bySchool: county.followUp.bySchool
      .map((x) => ({ ...x, misses: x.misses.filter((m) => has(m.indicatorId)) }))
      .filter((x) => x.misses.length),
  };
  return { lines, pass, complete, notAssessed: county.notAssessed, followUp, verdict: complete ? county.verdict : null, improvement: complete ? county.improvement : null };
}

/**
 * The summary as a sheet to add: values in the templates' named styles, and the template look of a
 * miss (conditional formats in dxfMiss) on 未达标 counts above 0 and on a 差异系数 over its limit.
 * @example
 * const spec = summarySheet(computeSummary(input), input, 'zh', new Date(2025, 0, 2));
 * spec.cells[0].value; // '达标汇总（国家标准）'
 */
export function summarySheet(s: Summary, input: SummaryInput, lang: Lang, when: Date = new Date()): SheetSpec {
  const plan = getPlan(input.plan);
  const planName = plan ? (lang === 'zh' ? plan.name : plan.name_en) : input.plan;
  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const put = (r: number, c: number, value: CellValue, style?: StyleName) =>
    cells.push({ ref: cellRef(r, c), ...(value === null ? {} : { value }), ...(style ? { style } : {}) });
  const line = (r: number, value: string, style: StyleName) => {
    put(r, 0, value, style);
    merges.push(`${cellRef(r, 0)}:${cellRef(r, 10)}`);
  };
  const p2 = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${p2(when.getMonth() + 1)}-${p2(when.getDate())} ${p2(when.getHours())}:${p2(when.getMinutes())}`;
  line(0, lang === 'zh' ? `${t(lang, 'summarySheet')}（${planName}）` : `${t(lang, 'summarySheet')} (${planName})`, 'title');
  line(1, t(lang, 'summaryNote', input.source, planName, stamp), 'note');
  // The county's verdict at the top, with each failing condition and its numbers.
  const v = s.verdict;
  line(2, v === null ? t(lang, 'verdictNA')
    : `${verdictHeadline(v, lang)}${lang === 'zh' ? '：' : ': '}${v.met === true ? metText(lang) : v.reasons.map((x) => reasonText(x, lang)).join(lang === 'zh' ? '；' : '; ')}`, 'label');
  const header = ['colIndicator', 'colStage', 'colThreshold', 'colSchools', 'colMet', 'colMissed', 'colBlank', 'colMetRate', 'colDiffCoef', 'colDiffLimit', 'colDiffOk'] as const;
  header.forEach((k, c) => put(3, c, t(lang, k), 'header'));
  const first = 4;
  let r = first;
  for (const l of s.lines) {
    const ind = getIndicator(l.indicatorId)!;
    put(r, 0, lang === 'zh' ? ind.name : ind.name_en, 'text');
    put(r, 1, lang === 'zh' ? stageName(l.stage) : l.stage, 'text');
    put(r, 2, l.threshold, 'text');
    put(r, 3, l.schools, 'integer');
    put(r, 4, l.met, 'integer');
    put(r, 5, l.missed, 'integer');
    put(r, 6, l.blank, 'integer');
    put(r, 7, l.metRate, 'percent');
    put(r, 8, l.diffCoef === null ? null : Number(l.diffCoef.toFixed(4)), 'number2');
    put(r, 9, l.diffLimit, 'number2');
    put(r, 10, l.diffOk === null ? null : t(lang, l.diffOk ? 'yes' : 'no'), 'result');
    r++;
  }
  const conditionalFormats: RuleSpec[] = [];
  if (r > first) {
    const rows = (col: number) => `${cellRef(first, col)}:${cellRef(r - 1, col)}`;
    const mark = (range: string, formula: string, zh: string, en: string): RuleSpec =>
      ({ range, formula, indicatorId: '', description: zh, descriptionEn: en, style: 'miss' });
    conditionalFormats.push(
      mark(rows(5), `${cellRef(first, 5)}>0`, '有学校未达标', 'some schools miss'),
      mark(rows(10), `${cellRef(first, 10)}=${excelString(t(lang, 'no'))}`, '差异系数超过上限', 'coefficient over its limit'),
    );
  }
  const unreadable = s.lines.reduce((n, l) => n + l.unreadable, 0);
  if (unreadable) line(r++, t(lang, 'unreadableNote', unreadable), 'note');
  r++;
  put(r++, 0, t(lang, 'schoolPassTitle'), 'label');
  if (!s.complete) line(r++, t(lang, 'schoolPassNA'), 'note');
  else {
    (['colStage', 'colSchools', 'schoolPassCount', 'colMetRate'] as const).forEach((k, c) => put(r, c, t(lang, k), 'header'));
    r++;
    for (const p of s.pass) {
      put(r, 0, lang === 'zh' ? stageName(p.stage) : p.stage, 'text');
      put(r, 1, p.schools, 'integer');
      put(r, 2, p.passed, 'integer');
      put(r, 3, p.passed === null || !p.schools ? null : p.passed / p.schools, 'percent');
      r++;
    }
  }
  if (s.notAssessed) line(r++, t(lang, 'notAssessedNote', s.notAssessed), 'note');
  r = followUpRows(s, lang, r + 1, put, line, merges);
  if (s.improvement) r = improvementRows(s.improvement, lang, r + 1, put, line);
  line(r + 1, t(lang, 'resourceNationalNote'), 'note');
  return {
    name: t(lang, 'summarySheet'),
    cells,
    merges,
    columnWidths: { A: 34, B: 8, C: 18, D: 8, E: 8, F: 8, G: 8, H: 9, I: 10, J: 10, K: 10 },
    rowHeights: { 2: 30, 3: 45, 4: 30 },
    frozen: { rows: 4, cols: 1 },
    conditionalFormats,
  };
}

type Put = (r: number, c: number, value: CellValue, style?: StyleName) => void;

/**
 * The follow-up list below the counts, from row `r`: per indicator the schools that miss it, worst
 * first (value, standard, gap, gap as % of the standard), then per school the lines sent back to it.
 * Returns the next free row.
 * @example
 * followUpRows(computeSummary(input), 'zh', 20, put, line, merges); // 20 + 2 + misses + 3 + schools
 */
export function followUpRows(s: Summary, lang: Lang, r: number, put: Put, line: (r: number, v: string, st: StyleName) => void, merges: string[]): number {
  const f = s.followUp;
  const name = (id: string) => {
    const ind = getIndicator(id)!;
    return lang === 'zh' ? ind.name : ind.name_en;
  };
  const stage = (st: 'primary' | 'junior') => (lang === 'zh' ? stageName(st) : st);
  put(r++, 0, t(lang, 'followUpTitle'), 'label');
  if (!f.byIndicator.length) {
    line(r++, t(lang, 'followUpNone'), 'note');
    return r;
  }
  (['colIndicator', 'colStage', 'colSchool', 'colValue', 'colThreshold', 'colGap', 'colGapShare'] as const).forEach((k, c) => put(r, c, t(lang, k), 'header'));
  r++;
  for (const m of f.byIndicator) {
    put(r, 0, name(m.indicatorId), 'text');
    put(r, 1, stage(m.stage), 'text');
    put(r, 2, m.school, 'text');
    put(r, 3, m.value === null ? t(lang, 'notReported') : Number(m.value.toFixed(4)), m.value === null ? 'text' : 'number2');
    put(r, 4, m.standard, 'number2');
    put(r, 5, m.gap === null ? null : Number(m.gap.toFixed(4)), 'number2');
    put(r, 6, m.gapShare === null ? null : Number(m.gapShare.toFixed(4)), 'percent');
    r++;
  }
  r++;
  put(r++, 0, t(lang, 'bySchoolTitle'), 'label');
  (['colSchool', 'colStage', 'colMetCount', 'colSchoolPass', 'colMisses'] as const).forEach((k, c) => put(r, c, t(lang, k), 'header'));
  merges.push(`${cellRef(r, 4)}:${cellRef(r, 10)}`);
  r++;
  for (const x of f.bySchool) {
    put(r, 0, x.school, 'text');
    put(r, 1, stage(x.stage), 'text');
    put(r, 2, s.complete ? x.met : null, 'integer');
    put(r, 3, s.complete ? t(lang, x.passes ? 'yes' : 'no') : null, 'result');
    put(r, 4, x.misses.map((m) => missText(m, lang, name(m.indicatorId))).join(lang === 'zh' ? '；' : '; '), 'text');
    merges.push(`${cellRef(r, 4)}:${cellRef(r, 10)}`);
    r++;
  }
  return r;
}

/**
 * 「补短测算」 below the follow-up list, from row `r`: per school that needs something, its pass plan
 * and its additions to the floor, one row each, the seven things in columns C…I; then the county's
 * totals. Returns the next free row.
 * @example
 * improvementRows(computeSummary(input).improvement!, 'zh', 40, put, line); // 40 + 3 + 2 rows a school + 3
 */
export function improvementRows(p: ImprovementSummary, lang: Lang, r: number, put: Put, line: (r: number, v: string, st: StyleName) => void): number {
  put(r++, 0, t(lang, 'improvementTitle'), 'label');
  line(r++, t(lang, 'improvementNote'), 'note');
  if (p.unplanned.length) line(r++, t(lang, 'improvementUnplanned', p.unplanned.length, p.unplanned.join(lang === 'zh' ? '、' : ', ')), 'note');
  if (!p.schools.length && p.pass.every((x) => x === 0) && p.balance.every((x) => x === 0)) {
    line(r++, t(lang, 'improvementNone'), 'note');
    return r;
  }
  put(r, 0, t(lang, 'colSchool'), 'header');
  put(r, 1, t(lang, 'colStage'), 'header');
  RESOURCE_INDICATORS.forEach((id, i) => {
    const ind = getIndicator(id)!;
    put(r, 2 + i, `${lang === 'zh' ? ind.name : ind.name_en}（${ind.unit.split('/')[0]}）`, 'header');
  });
  r++;
  // m² and 元 to two decimals at most: what a plan is written in.
  const amounts = (xs: number[]) => xs.forEach((x, i) => put(r, 2 + i, Number(x.toFixed(2)), 'general'));
  for (const x of p.schools) {
    for (const [which, adds] of [['improvementPass', x.pass], ['improvementBalance', x.balance]] as const) {
      put(r, 0, `${x.school}（${t(lang, which)}）`, 'text');
      put(r, 1, lang === 'zh' ? stageName(x.stage) : x.stage, 'text');
      amounts(adds);
      r++;
    }
  }
  for (const [which, adds] of [['improvementPass', p.pass], ['improvementBalance', p.balance], ['improvementTotal', p.pass.map((x, i) => x + p.balance[i])]] as const) {
    put(r, 0, which === 'improvementTotal' ? t(lang, which) : `${t(lang, 'improvementTotal')}（${t(lang, which)}）`, 'label');
    amounts(adds);
    r++;
  }
  return r;
}
