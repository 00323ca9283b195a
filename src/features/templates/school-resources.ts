/**
 * 优质均衡 school resource table: one row per school with its raw counts and areas, the seven
 * resource indicators computed with EDU.PER100 / EDU.PERSTUDENT, 达标项数 and 是否达标; under the
 * rows the county's student-weighted 差异系数 per indicator for 小学 and for 初中, and the pass rate.
 *
 * 差异系数 per stage: EDU.DIFFCOEF(indicator column, 学生数 column, 学段 column, "小学") counts the
 * schools of that stage only (issue 18), so the sheet has no helper columns; a through-school row
 * (九年一贯制) is in neither stage until it is split into its 小学部 and 初中部 rows.
 */
import { getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { colName } from '../../xlsx/refs';
import { detectColumns } from '../school-table/headers';
import { highlightRules } from '../school-table/highlight';
import { excelString, STAGE_SPELLINGS } from '../school-table/stage-cells';
import { label, SheetBuilder } from './builder';
import { specGrid } from './grid';
import type { SheetSpec, TemplateOptions } from './types';

/** Column positions (0-based) of the school-resources sheet, for renderers, fill and tests. */
export const SCHOOL_COLS = {
  name: 0,
  stage: 1,
  students: 2,
  /** First of the seven raw inputs (D…J), in the standard's order. */
  raw: 3,
  /** First of the seven computed indicators (K…Q), in the standard's order. */
  computed: 10,
  countMet: 17,
  pass: 18,
} as const;

/** Row positions (0-based): the header row and the first data row. */
export const SCHOOL_ROWS = { header: 3, firstData: 4 } as const;

// The raw input of each indicator, in RESOURCE_INDICATORS order, and how it becomes the indicator.
const RAW: { zh: string; en: string; fn: 'PER100' | 'PERSTUDENT'; width: number }[] = [
  { zh: '高于规定学历教师数（人）', en: 'Teachers above required qualification', fn: 'PER100', width: 11 },
  { zh: '县级以上骨干教师数（人）', en: 'County-level+ backbone teachers', fn: 'PER100', width: 11 },
  { zh: '体育艺术专任教师数（人）', en: 'PE and art (music, fine art) teachers', fn: 'PER100', width: 11 },
  { zh: '教学及辅助用房面积（m²）', en: 'Teaching and auxiliary floor space (m²)', fn: 'PERSTUDENT', width: 12 },
  { zh: '体育运动场馆面积（m²）', en: 'Sports ground and hall area (m²)', fn: 'PERSTUDENT', width: 12 },
  { zh: '教学仪器设备值（元）', en: 'Teaching equipment value (yuan)', fn: 'PERSTUDENT', width: 13 },
  { zh: '网络多媒体教室数（间）', en: 'Networked multimedia classrooms', fn: 'PER100', width: 11 },
];

/**
 * The 优质均衡 school resource template.
 * @example
 * const s = buildSchoolResources({ rows: 3 });
 * s.cells.find((c) => c.ref === 'K5')?.formula; // 'IF(COUNTA($A5:$J5)=0,"",EDU.PER100(D5,$C5))'
 * s.cells.find((c) => c.ref === 'K4')?.value;   // '每百名学生拥有高于规定学历教师数'
 */
export function buildSchoolResources(opts: TemplateOptions = {}): SheetSpec {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const n = Math.max(1, Math.floor(opts.rows ?? 50));
  const plan = resolvePlan(opts.plan);
  const planArg = plan.id === 'national' ? '' : `,${excelString(plan.id)}`;
  const yes = L('是', 'Yes');
  const no = L('否', 'No');
  const C = SCHOOL_COLS;
  const last = C.pass;
  const first = SCHOOL_ROWS.firstData;
  const lastRow = first + n - 1;
  const b = new SheetBuilder(L('学校资源配置', 'School resources'));

  b.merged(0, 0, 0, last, { value: L('义务教育学校资源配置指标（优质均衡）', 'Compulsory-education school resources (high-quality balance)'), style: 'title' });
  b.merged(1, 0, 1, last, {
    value: L(
      '填写黄色单元格，灰色单元格自动计算（需加载「规划指标」加载项）。标准：《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）。学段填小学或初中；九年一贯制等一贯制学校请按小学部、初中部分两行填写，共享的用房、场馆、仪器按 EDU.SHARE（小学:初中 = 1:1.1）分摊。未达标的指标值以红色标出。',
      'Fill the yellow cells; grey cells compute (with the Plan Metrics add-in). Standard: 县域义务教育优质均衡发展督导评估办法 (2017). Stage is primary or junior; enter a through-school as two rows (primary part, junior part) and split shared space and equipment with EDU.SHARE (weights 1 : 1.1). Values that miss the standard are marked red.',
    ),
    style: 'note',
  });
  b.height(1, 48);

  // Group header over the header row: what to type, what computes.
  b.merged(2, C.name, 2, C.students, { value: L('学校', 'School'), style: 'group' });
  b.merged(2, C.raw, 2, C.raw + 6, { value: L('原始数据（填写）', 'Raw figures (fill in)'), style: 'group' });
  b.merged(2, C.computed, 2, C.computed + 6, { value: L('资源配置指标（自动计算）', 'Resource indicators (computed)'), style: 'group' });
  b.merged(2, C.countMet, 2, C.pass, { value: L('达标情况', 'Result'), style: 'group' });

  const h = SCHOOL_ROWS.header;
  b.put(h, C.name, { value: L('学校名称', 'School'), style: 'header' }).width(C.name, 22);
  b.put(h, C.stage, { value: L('学段', 'Stage'), style: 'header' }).width(C.stage, 8);
  b.put(h, C.students, { value: L('学生数', 'Students'), style: 'header' }).width(C.students, 9);
  RAW.forEach((r, i) => b.put(h, C.raw + i, { value: L(r.zh, r.en), style: 'header' }).width(C.raw + i, r.width));
  RESOURCE_INDICATORS.forEach((id, i) => {
    // The catalog's own name, so that header recognition finds the computed column.
    const ind = getIndicator(id)!;
    b.put(h, C.computed + i, { value: L(ind.name, ind.name_en), style: 'header' }).width(C.computed + i, 14);
  });
  b.put(h, C.countMet, { value: L('达标项数', 'Indicators met'), style: 'header' }).width(C.countMet, 9);
  b.put(h, C.pass, { value: L('是否达标', 'School passes'), style: 'header' }).width(C.pass, 9);
  b.height(h, 60);

  const col = (c: number) => colName(c);
  const lastInput = col(C.raw + 6);
  for (let row = first; row <= lastRow; row++) {
    const r = row + 1;
    // An untouched row stays blank; a started row computes, so a missing figure shows its error.
    const empty = `COUNTA($A${r}:$${lastInput}${r})=0`;
    b.blank(row, C.name, 'inputText').blank(row, C.stage, 'inputText').blank(row, C.students, 'input');
    for (let i = 0; i < 7; i++) b.blank(row, C.raw + i, 'input');
    RAW.forEach((raw, i) => {
      const style = RESOURCE_INDICATORS[i] === 'equipment_value_per_student' ? 'integer' : 'computed';
      b.put(row, C.computed + i, { formula: `IF(${empty},"",EDU.${raw.fn}(${col(C.raw + i)}${r},$${col(C.students)}${r}))`, style });
    });
    const seven = `${col(C.computed)}${r}:${col(C.computed + 6)}${r}`;
    b.put(row, C.countMet, { formula: `IF(${empty},"",EDU.COUNTMET(${seven},$${col(C.stage)}${r}))`, style: 'result' });
    b.put(row, C.pass, { formula: `IF(${empty},"",IF(EDU.SCHOOLPASS(${seven},$${col(C.stage)}${r}),${excelString(yes)},${excelString(no)}))`, style: 'result' });
  }

  // County block, one blank row under the schools.
  const abs = (c: number) => `$${col(c)}$${first + 1}:$${col(c)}$${lastRow + 1}`;
  const top = lastRow + 2;
  b.merged(top, 0, top, 6, { value: L('县域校际差异系数（按学生数加权）', 'County between-school coefficients of variation (student-weighted)'), style: 'title' });
  const stages = [
    { zh: '小学', en: 'primary', stage: 'primary' as const },
    { zh: '初中', en: 'junior', stage: 'junior' as const },
  ];
  b.put(top + 1, 0, { value: L('指标', 'Indicator'), style: 'header' });
  stages.forEach((s, k) => {
    b.put(top + 1, 1 + 3 * k, { value: L(`${s.zh}差异系数`, `Coefficient (${s.en})`), style: 'header' });
    b.put(top + 1, 2 + 3 * k, { value: L(`${s.zh}标准（≤）`, `Limit (${s.en}, ≤)`), style: 'header' });
    b.put(top + 1, 3 + 3 * k, { value: L(`${s.zh}是否达标`, `Met (${s.en})`), style: 'header' });
  });
  b.height(top + 1, 45);
  RESOURCE_INDICATORS.forEach((id, i) => {
    const row = top + 2 + i;
    const r = row + 1;
    const ind = getIndicator(id)!;
    b.put(row, 0, { value: L(ind.name, ind.name_en), style: 'text' });
    const values = `${col(C.computed + i)}$${first + 1}:${col(C.computed + i)}$${lastRow + 1}`;
    stages.forEach((s, k) => {
      const cv = `${col(1 + 3 * k)}${r}`;
      const stageArg = excelString(L(s.zh, s.en));
      // No school of this stage yet: leave the cell blank rather than show #DIV/0!.
      // COUNTIF per spelling (not FILTER or array criteria): it works in every Excel and in HyperFormula.
      const count = STAGE_SPELLINGS[s.stage].map((name) => `COUNTIF(${abs(C.stage)},${excelString(name)})`).join('+');
      b.put(row, 1 + 3 * k, { formula: `IF(${count}=0,"",EDU.DIFFCOEF(${values},${abs(C.students)},${abs(C.stage)},${stageArg}))`, style: 'number2' });
      b.put(row, 2 + 3 * k, { formula: `EDU.THRESHOLD("school_diff_coef",${stageArg}${planArg})`, style: 'number2' });
      b.put(row, 3 + 3 * k, { formula: `IF(${cv}="","",IF(EDU.MEETS("school_diff_coef",${cv},${stageArg}${planArg}),${excelString(yes)},${excelString(no)}))`, style: 'result' });
    });
  });

  // Pass rate of the schools.
  const passRange = abs(C.pass);
  const s0 = top + 2 + 7 + 1;
  const rows: [string, string, string, 'integer' | 'percent'][] = [
    [L('参评学校数', 'Schools assessed'), `COUNTIF(${passRange},${excelString(yes)})+COUNTIF(${passRange},${excelString(no)})`, '', 'integer'],
    [L('达标学校数', 'Schools passing'), `COUNTIF(${passRange},${excelString(yes)})`, '', 'integer'],
    [L('学校达标率', 'Pass rate'), `IF(B${s0 + 1}=0,"",EDU.RATE(B${s0 + 2},B${s0 + 1}))`, '', 'percent'],
    [L('无法判定的学校（请检查学段和数据）', 'Schools that could not be assessed (check stage and figures)'), `SUMPRODUCT(--ISERROR(${passRange}))`, '', 'integer'],
  ];
  rows.forEach(([name, formula, , style], k) => {
    b.put(s0 + k, 0, { value: name, style: 'label' });
    b.put(s0 + k, 1, { formula, style });
  });

  b.spec.frozen = { rows: SCHOOL_ROWS.header + 1, cols: 1 };
  b.spec.dataValidations = [{ range: `${col(C.stage)}${first + 1}:${col(C.stage)}${lastRow + 1}`, list: [L('小学', 'primary'), L('初中', 'junior')], strict: false }];

  // The miss marks come from the same header recognition the pane runs on a user's sheet.
  const detected = detectColumns(specGrid(b.spec).slice(0, lastRow + 1), { merges: b.spec.merges });
  const rules = detected ? highlightRules(detected, { plan: plan.id, firstDataRow: first, lastDataRow: lastRow }).rules : [];
  // And the verdicts: a school that fails, a coefficient over its limit.
  const verdict = (c: number, topRow: number, bottomRow: number, indicatorId: string, zh: string, en: string) => {
    const ref = `${col(c)}${topRow + 1}`;
    rules.push({ range: `${ref}:${col(c)}${bottomRow + 1}`, formula: `${ref}=${excelString(no)}`, indicatorId, description: zh, descriptionEn: en, style: 'miss' });
  };
  verdict(C.pass, first, lastRow, '', '学校未达到优质均衡资源配置要求（6项达标且其余不低于85%）', 'School misses the resource requirement (6 of 7 met, the rest at 85% or more)');
  stages.forEach((s, k) =>
    verdict(3 + 3 * k, top + 2, top + 8, 'school_diff_coef', `${s.zh}校际差异系数超过标准`, `Between-school coefficient (${s.en}) above its limit`),
  );
  b.spec.conditionalFormats = rules;
  return b.spec;
}
