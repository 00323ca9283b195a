/**
 * A 督导评估自评表 as data, rendered into one sheet: parts (资源配置, 政府保障程度 …), each of numbered
 * items, each item one or more lines. A line is either a number the county enters (or a formula over
 * another sheet) checked against the catalog with EDU.THRESHOLD / EDU.MEETS, its clause read from
 * the catalog with EDU.INDICATOR(…, "source"); or a yes/no (是/否) for a requirement the 办法 states
 * without a number, met only on 是.
 *
 * Verdicts: a line is 是 / 否 / blank (not yet entered); a part is 达到 when every line of it is 是,
 * 未达到 as soon as one is 否, else 待完成; the whole is 达到 only when every part is. The two
 * templates that use this (county-assessment, preschool-assessment) cite the 办法's rule for it.
 */
import { getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold } from '../../domain/catalog/select';
import type { CatalogRow } from '../../domain/catalog/types';
import { parseStage } from '../../domain/core/stage';
import { colName } from '../../xlsx/refs';
import { excelString } from '../school-table/stage-cells';
import type { RuleSpec } from '../school-table/types';
import { label, SheetBuilder } from './builder';
import type { SheetSpec, TemplateOptions } from './types';

/** A Chinese and an English text. */
export type Bilingual = readonly [zh: string, en: string];

/** A line checked against a catalog threshold. */
export interface NumericLine {
  indicator: string;
  /** The stage as the formulas pass it (小学, 初中, 义务教育, 幼儿园 …), in Chinese; English is derived. */
  stage: string;
  /** What the line measures; default the catalog row's name and the stage. */
  measure?: Bilingual;
  /** A formula (without '=') giving the county's value, instead of an input cell. */
  linked?: string;
  /**
   * A formula (without '=') that is TRUE while the line cannot be judged yet; default: the value is
   * blank. The 资源配置 pass rate uses it to wait for schools that could not be assessed.
   */
  pending?: (value: string) => string;
  /** A condition on the value other than EDU.MEETS (the pass rate: every school), in place of it. */
  meets?: (value: string) => string;
  /** The threshold cell, in place of EDU.THRESHOLD (the pass rate's 100 %). */
  threshold?: { value: number; direction: string };
  /** Format the value and standard as percentages even though the catalog unit is not % (the pass rate). */
  percent?: boolean;
}

/** A line the county answers 是 or 否. */
export interface YesNoLine {
  yesno: true;
  measure?: Bilingual;
}

export type AssessmentLine = NumericLine | YesNoLine;

/** One numbered item of a part. */
export interface AssessmentItem {
  /** The item's number in its part, as the 办法 numbers it ('1' … '15'). */
  no: string;
  /** The item's wording; default the catalog quote of its first numeric line (and its English name). */
  text?: Bilingual;
  /** The clause of a yes/no item (a numeric line's clause comes from the catalog). */
  clause?: Bilingual;
  lines: AssessmentLine[];
}

/** One of the 办法's parts. */
export interface AssessmentPart {
  title: Bilingual;
  /** How the part is judged, one sentence. */
  rule: Bilingual;
  items: AssessmentItem[];
}

/** A whole 自评表. */
export interface AssessmentSpec {
  sheetName: Bilingual;
  title: Bilingual;
  note: Bilingual;
  parts: AssessmentPart[];
}

/** Where the verdicts landed, for tests and for the templates that link to them. */
export interface AssessmentLayout {
  /** A1 ref of the overall verdict. */
  overall: string;
  /** A1 refs of each part's verdict, in order. */
  parts: string[];
  /** Per part, per item, per line: the A1 refs of its input (or linked) value and its 是/否. */
  lines: { value: string; met: string; threshold: string; clause: string; measure: string }[][][];
}

/** Column positions (0-based). */
export const ASSESS_COLS = { no: 0, text: 1, measure: 2, direction: 3, threshold: 4, value: 5, met: 6, clause: 7 } as const;

const STAGE_EN: Record<string, string> = {
  小学: 'primary', 初中: 'junior', 义务教育: 'compulsory', 幼儿园: 'preschool', 特殊教育: 'special',
  九年一贯制: 'nine_year', 十二年一贯制: 'twelve_year',
};
const DIRECTION_TEXT: Record<string, string> = { '>=': '≥', '<=': '≤', '<': '<', '>': '>', '=': '=' };

function isYesNo(line: AssessmentLine): line is YesNoLine {
  return (line as YesNoLine).yesno === true;
}

/** The catalog row a numeric line is checked against (the one EDU.THRESHOLD picks for the plan). */
function rowOf(line: NumericLine, planId: string): CatalogRow {
  const ind = getIndicator(line.indicator);
  if (!ind) throw new Error(`assessment: no indicator ${line.indicator}`);
  return selectThreshold(ind, resolvePlan(planId), parseStage(line.stage)).row;
}

/**
 * Renders an assessment into a sheet, and tells where its verdicts are.
 * @example
 * const { spec, layout } = buildAssessment({
 *   sheetName: ['自评', 'Self-assessment'], title: ['自评表', 'Form'], note: ['', ''],
 *   parts: [{ title: ['社会认可度', 'Public satisfaction'], rule: ['', ''],
 *     items: [{ no: '1', lines: [{ indicator: 'social_recognition_rate', stage: '义务教育' }] }] }],
 * }, {});
 * layout.parts.length; // 1
 * spec.cells.find((c) => c.ref === layout.lines[0][0][0].threshold)?.formula; // 'EDU.THRESHOLD("social_recognition_rate","义务教育")'
 */
export function buildAssessment(a: AssessmentSpec, opts: TemplateOptions): { spec: SheetSpec; layout: AssessmentLayout } {
  const lang = opts.lang ?? 'zh';
  const L = (t: Bilingual) => label(lang, t[0], t[1]);
  const plan = resolvePlan(opts.plan);
  const planArg = plan.id === 'national' ? '' : `,${excelString(plan.id)}`;
  const yes = L(['是', 'Yes']);
  const no = L(['否', 'No']);
  const V = { met: L(['达到', 'Met']), notMet: L(['未达到', 'Not met']), pending: L(['待完成', 'Incomplete']) };
  const C = ASSESS_COLS;
  const last = C.clause;
  const col = (c: number) => colName(c);
  const ref = (row: number, c: number) => `${col(c)}${row + 1}`;
  const b = new SheetBuilder(L(a.sheetName));
  const rules: RuleSpec[] = [];

  b.merged(0, 0, 0, last, { value: L(a.title), style: 'title' });
  b.merged(1, 0, 1, last, { value: L(a.note), style: 'note' });
  b.height(1, 60);
  [6, 46, 30, 6, 10, 13, 9, 48].forEach((w, c) => b.width(c, w));

  // Summary at the top: the overall verdict and one line per part (filled in once the parts are laid out).
  const overallRow = 2;
  const summaryFirst = overallRow + 1;
  const headerRow = summaryFirst + a.parts.length + 1;
  const layout: AssessmentLayout = { overall: ref(overallRow, C.met), parts: [], lines: [] };

  [['序号', 'No.'], ['评估内容', 'Requirement'], ['指标', 'Measure'], ['要求', 'Rule'], ['标准', 'Standard'],
    ['县域数值（填写）', 'County value (fill in)'], ['是否达到', 'Met'], ['依据', 'Source']]
    .forEach(([zh, en], c) => b.put(headerRow, c, { value: L([zh, en]), style: 'header' }));
  b.height(headerRow, 30);

  let row = headerRow + 1;
  const partVerdicts: string[] = [];
  a.parts.forEach((part) => {
    b.merged(row, 0, row, last, { value: L(part.title), style: 'group' });
    row++;
    const partLines: AssessmentLayout['lines'][number] = [];
    const metRefs: string[] = [];
    for (const item of part.items) {
      const top = row;
      const itemLines: AssessmentLayout['lines'][number][number] = [];
      // Default wording: the national clause as the catalog quotes it (each distinct quote once).
      const numeric = item.lines.filter((l): l is NumericLine => !isYesNo(l));
      // A quote inside another (专任教师持证上岗率… within 园长和专任教师持证上岗率…) is said once.
      const quotes = [...new Set(numeric.map((l) => rowOf(l, 'national').source.quote))];
      const text: Bilingual = item.text ?? [
        quotes.filter((q) => !quotes.some((o) => o !== q && o.includes(q))).join('；'),
        [...new Set(numeric.map((l) => getIndicator(l.indicator)!.name_en))].join('; '),
      ];
      for (const line of item.lines) {
        const value = ref(row, C.value);
        const met = ref(row, C.met);
        if (isYesNo(line)) {
          b.put(row, C.measure, { value: L(line.measure ?? text), style: 'text' });
          b.put(row, C.direction, { value: '=', style: 'text' });
          b.put(row, C.threshold, { value: yes, style: 'result' });
          b.blank(row, C.value, 'inputText');
          b.put(row, C.met, { formula: `IF(${value}="","",IF(TRIM(${value})=${excelString(yes)},${excelString(yes)},${excelString(no)}))`, style: 'result' });
          b.put(row, C.clause, { value: L(item.clause ?? ['', '']), style: 'text' });
          (b.spec.dataValidations ??= []).push({ range: value, list: [yes, no], strict: true });
        } else {
          const catRow = rowOf(line, plan.id);
          const ind = getIndicator(line.indicator)!;
          const stageArg = excelString(lang === 'en' ? STAGE_EN[line.stage] ?? line.stage : line.stage);
          const percent = line.percent ?? catRow.unit === '%';
          const bare = catRow.unit === '%' || catRow.unit === '';
          const unit = bare ? '' : `，${catRow.unit}`;
          const unitEn = bare ? '' : `, ${catRow.unit}`;
          const measure: Bilingual = line.measure ?? [`${catRow.name}（${line.stage}${unit}）`, `${catRow.name_en || ind.name_en} (${STAGE_EN[line.stage] ?? line.stage}${unitEn})`];
          b.put(row, C.measure, { value: L(measure), style: 'text' });
          const th = line.threshold;
          b.put(row, C.direction, { value: DIRECTION_TEXT[th?.direction ?? catRow.direction] ?? catRow.direction, style: 'text' });
          b.put(row, C.threshold, th
            ? { value: th.value, style: percent ? 'percent' : 'general' }
            : { formula: `EDU.THRESHOLD(${excelString(line.indicator)},${stageArg}${planArg})`, style: percent ? 'percent' : 'general' });
          if (line.linked) b.put(row, C.value, { formula: line.linked, style: percent ? 'percent' : 'number2' });
          else b.blank(row, C.value, percent ? 'inputPercent' : 'input');
          const pending = line.pending ? line.pending(value) : `${value}=""`;
          const test = line.meets ? line.meets(value) : `EDU.MEETS(${excelString(line.indicator)},${value},${stageArg}${planArg})`;
          b.put(row, C.met, { formula: `IF(${pending},"",IF(${test},${excelString(yes)},${excelString(no)}))`, style: 'result' });
          // EDU.INDICATOR takes the plan before the stage: name it, national included.
          b.put(row, C.clause, { formula: `EDU.INDICATOR(${excelString(line.indicator)},"source",${excelString(plan.id)},${stageArg})`, style: 'text' });
        }
        metRefs.push(met);
        itemLines.push({ value, met, threshold: ref(row, C.threshold), clause: ref(row, C.clause), measure: ref(row, C.measure) });
        row++;
      }
      // The item's number and wording once, over all its lines.
      if (row - 1 > top) {
        b.merged(top, C.no, row - 1, C.no, { value: item.no, style: 'text' });
        b.merged(top, C.text, row - 1, C.text, { value: L(text), style: 'text' });
      } else {
        b.put(top, C.no, { value: item.no, style: 'text' });
        b.put(top, C.text, { value: L(text), style: 'text' });
      }
      partLines.push(itemLines);
    }
    // The part's verdict: every line 是 → 达到; one 否 → 未达到; else 待完成 (a line not yet answered).
    const metRange = `${metRefs[0]}:${metRefs[metRefs.length - 1]}`;
    b.merged(row, 0, row, C.value, { value: L([`${part.title[0]}结论：${part.rule[0]}`, `${part.title[1]}: ${part.rule[1]}`]), style: 'label' });
    const verdict = ref(row, C.met);
    b.put(row, C.met, {
      formula: `IF(COUNTIF(${metRange},${excelString(no)})>0,${excelString(V.notMet)},IF(COUNTIF(${metRange},${excelString(yes)})=${metRefs.length},${excelString(V.met)},${excelString(V.pending)}))`,
      style: 'result',
    });
    rules.push({ range: metRange, formula: `${metRefs[0]}=${excelString(no)}`, indicatorId: '', description: `${part.title[0]}：未达到的项目`, descriptionEn: `${part.title[1]}: items not met`, style: 'miss' });
    partVerdicts.push(verdict);
    layout.parts.push(verdict);
    layout.lines.push(partLines);
    row += 2;
  });

  // The summary block, now that the part verdicts have addresses.
  b.merged(overallRow, 0, overallRow, C.value, {
    value: L(['总体结论（四个方面均达到要求方可认定）', 'Overall (recognised only when every part is met)']),
    style: 'label',
  });
  b.put(overallRow, C.met, {
    formula: `IF(OR(${partVerdicts.map((v) => `${v}=${excelString(V.notMet)}`).join(',')}),${excelString(V.notMet)},IF(AND(${partVerdicts.map((v) => `${v}=${excelString(V.met)}`).join(',')}),${excelString(V.met)},${excelString(V.pending)}))`,
    style: 'result',
  });
  a.parts.forEach((part, k) => {
    b.merged(summaryFirst + k, 0, summaryFirst + k, C.value, { value: L(part.title), style: 'text' });
    b.put(summaryFirst + k, C.met, { formula: partVerdicts[k], style: 'result' });
  });
  const verdictRule = (range: string, top: string, zh: string, en: string) =>
    rules.push({ range, formula: `${top}=${excelString(V.notMet)}`, indicatorId: '', description: zh, descriptionEn: en, style: 'miss' });
  verdictRule(`${ref(overallRow, C.met)}:${ref(summaryFirst + a.parts.length - 1, C.met)}`, ref(overallRow, C.met), '未达到的结论', 'Verdicts not met');
  partVerdicts.forEach((v, k) => verdictRule(v, v, `${a.parts[k].title[0]}结论未达到`, `${a.parts[k].title[1]} not met`));

  b.spec.frozen = { rows: headerRow + 1, cols: 0 };
  b.spec.conditionalFormats = rules;
  return { spec: b.spec, layout };
}
