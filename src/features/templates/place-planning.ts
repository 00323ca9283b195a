/**
 * 学位供需 (school place supply and demand): per grade the children needing a place and the places
 * there are, the difference, the shortfall (EDU.SHORTFALL), the classes needed (EDU.CLASSES); per
 * stage the totals and the staff needed (EDU.STAFFNEED).
 *
 * Staff are computed per stage from the stage's total students, not per grade: EDU.STAFFNEED
 * rounds up, and six rounded-up grades would overstate a 小学's need by up to six people.
 * A surplus in one grade does not cover a shortfall in another (children cannot change grade), so
 * the stage's 学位缺口 is the sum of the grades' shortfalls, not the shortfall of the sums.
 */
import { colName } from '../../xlsx/refs';
import { excelString, STAGE_SPELLINGS } from '../school-table/stage-cells';
import type { Stage } from '../../domain/catalog/types';
import { label, SheetBuilder } from './builder';
import type { SheetSpec, TemplateOptions } from './types';

/** Column positions (0-based) of the place-planning sheet. */
export const PLACE_COLS = { stage: 0, grade: 1, demand: 2, supply: 3, difference: 4, shortfall: 5, classes: 6, staff: 7 } as const;

const GRADES_ZH = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'];

/**
 * The 学位供需 template. Rows default to the nine grades of 义务教育 (小学 1–6, 初中 7–9).
 * @example
 * const s = buildPlacePlanning();
 * s.cells.find((c) => c.ref === 'F4')?.formula; // 'IF(C4="","",EDU.SHORTFALL(C4,D4))'
 */
export function buildPlacePlanning(opts: TemplateOptions = {}): SheetSpec {
  const lang = opts.lang ?? 'zh';
  const L = (zh: string, en: string) => label(lang, zh, en);
  const n = Math.max(1, Math.floor(opts.rows ?? 9));
  const C = PLACE_COLS;
  const b = new SheetBuilder(L('学位供需', 'School places'));
  const col = colName;

  b.merged(0, 0, 0, C.staff, { value: L('学位供需测算', 'School place supply and demand'), style: 'title' });
  b.merged(1, 0, 1, C.staff, {
    value: L(
      '填写黄色单元格：各年级入学需求（预测在校生数）与现有学位数。班额和教职工配比默认取国家标准（小学每班45人、初中50人；教职工与学生比 小学1:19、初中1:13.5），可在公式中改。学位缺口按年级计算后相加：一个年级的富余学位不能弥补另一个年级的缺口。',
      'Fill the yellow cells: children needing a place (projected enrolment) and places available per grade. Class size and staffing default to the national standards (45 / 50 per class; 19 / 13.5 students per staff member) and can be changed in the formulas. Shortfalls are summed over grades: spare places in one grade do not fill another.',
    ),
    style: 'note',
  });
  b.height(1, 45);

  const h = 2;
  const headers: [number, string, string, number][] = [
    [C.stage, '学段', 'Stage', 8],
    [C.grade, '年级', 'Grade', 9],
    [C.demand, '入学需求（人）', 'Children needing a place', 12],
    [C.supply, '现有学位（个）', 'Places available', 12],
    [C.difference, '差额（学位−需求）', 'Places − demand', 12],
    [C.shortfall, '学位缺口（个）', 'Shortfall of places', 12],
    [C.classes, '所需班级数（班）', 'Classes needed', 12],
  ];
  const staffHeader: [number, string, string, number] = [C.staff, '所需教职工数（人）', 'Staff needed', 12];
  for (const [c, zh, en, w] of headers) b.put(h, c, { value: L(zh, en), style: 'header' }).width(c, w);
  b.height(h, 32);

  const first = h + 1;
  const last = first + n - 1;
  for (let i = 0; i < n; i++) {
    const row = first + i;
    const r = row + 1;
    if (i < 9) {
      b.put(row, C.stage, { value: i < 6 ? L('小学', 'primary') : L('初中', 'junior'), style: 'inputText' });
      b.put(row, C.grade, { value: L(GRADES_ZH[i], `Grade ${i + 1}`), style: 'inputText' });
    } else {
      b.blank(row, C.stage, 'inputText').blank(row, C.grade, 'inputText');
    }
    b.blank(row, C.demand, 'input').blank(row, C.supply, 'input');
    const d = `C${r}`;
    const s = `D${r}`;
    b.put(row, C.difference, { formula: `IF(OR(${d}="",${s}=""),"",${s}-${d})`, style: 'integer' });
    b.put(row, C.shortfall, { formula: `IF(${d}="","",EDU.SHORTFALL(${d},${s}))`, style: 'integer' });
    b.put(row, C.classes, { formula: `IF(${d}="","",EDU.CLASSES(${d},$A${r}))`, style: 'integer' });
  }

  // Totals per stage, one blank row under the grades.
  const top = last + 2;
  b.merged(top, 0, top, C.staff, { value: L('按学段汇总', 'Totals by stage'), style: 'title' });
  b.put(top + 1, C.stage, { value: L('学段', 'Stage'), style: 'header' });
  // Staff only here: per grade it would be rounded up six times.
  for (const [c, zh, en, w] of [...headers.slice(2), staffHeader]) b.put(top + 1, c, { value: L(zh, en), style: 'header' }).width(c, w);
  b.put(top + 1, C.grade, { value: '', style: 'header' });
  const stageRange = `$A$${first + 1}:$A$${last + 1}`;
  const sumBy = (stage: Stage, c: number) =>
    STAGE_SPELLINGS[stage].map((s) => `SUMIF(${stageRange},${excelString(s)},${col(c)}$${first + 1}:${col(c)}$${last + 1})`).join('+');
  const stages: [Stage, string, string][] = [['primary', '小学', 'primary'], ['junior', '初中', 'junior']];
  stages.forEach(([stage, zh, en], k) => {
    const row = top + 2 + k;
    const r = row + 1;
    b.put(row, C.stage, { value: L(zh, en), style: 'label' });
    b.put(row, C.grade, { value: '', style: 'label' });
    b.put(row, C.demand, { formula: sumBy(stage, C.demand), style: 'integer' });
    b.put(row, C.supply, { formula: sumBy(stage, C.supply), style: 'integer' });
    b.put(row, C.difference, { formula: `D${r}-C${r}`, style: 'integer' });
    b.put(row, C.shortfall, { formula: sumBy(stage, C.shortfall), style: 'integer' });
    b.put(row, C.classes, { formula: sumBy(stage, C.classes), style: 'integer' });
    b.put(row, C.staff, { formula: `IF(C${r}=0,"",EDU.STAFFNEED(C${r},${excelString(L(zh, en))}))`, style: 'integer' });
  });
  const t = top + 4;
  b.put(t, C.stage, { value: L('合计', 'Total'), style: 'label' });
  b.put(t, C.grade, { value: '', style: 'label' });
  for (const c of [C.demand, C.supply, C.difference, C.shortfall, C.classes, C.staff]) {
    b.put(t, c, { formula: `SUM(${col(c)}${top + 3}:${col(c)}${top + 4})`, style: 'integer' });
  }

  b.spec.frozen = { rows: h + 1, cols: 2 };
  b.spec.dataValidations = [{ range: `A${first + 1}:A${last + 1}`, list: [L('小学', 'primary'), L('初中', 'junior')], strict: false }];
  // A shortfall has no catalog threshold (a plan states how many places it adds, not a limit), so
  // the mark is the plain fact: more children than places.
  const f = `${col(C.shortfall)}${first + 1}`;
  b.spec.conditionalFormats = [{
    range: `${f}:${col(C.shortfall)}${last + 1}`,
    formula: `AND(ISNUMBER(${f}),${f}>0)`,
    indicatorId: 'place_gap',
    description: '学位缺口大于0：入学需求多于现有学位',
    descriptionEn: 'Shortfall above 0: more children than places',
    style: 'miss',
  }];
  return b.spec;
}
