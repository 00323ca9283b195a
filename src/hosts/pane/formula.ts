/**
 * Composing the formula the pane writes, e.g. =EDU.MEETS("生均教学及辅助用房面积",F5,"小学"), and
 * checking it before it reaches the sheet: the indicator, stage and plan must resolve in the
 * catalog exactly as the EDU function will resolve them, so the user sees the problem in the pane
 * (in words) instead of a #N/A in a cell.
 */
import { getIndicator, getPlan } from '../../domain/catalog/index';
import type { Stage } from '../../domain/catalog/types';
import { isMetricError } from '../../domain/core/errors';
import { stageName } from '../../domain/core/stage';
import { callEdu } from '../../domain/edu/table';
import { excelString as sheetExcelString } from '../../features/school-table/stage-cells';
import { quoteSheet } from './address';
import { formatValue } from './catalog-view';
import type { Lang } from './i18n';

/** The functions the pane offers to insert. */
export type InsertableFn = 'MEETS' | 'COMPLIANCE' | 'GAP' | 'THRESHOLD';
export const INSERTABLE: InsertableFn[] = ['MEETS', 'COMPLIANCE', 'GAP', 'THRESHOLD'];

/** What the user picked in the formula form. Empty stage/plan mean "not given". */
export interface FormulaChoice {
  fn: InsertableFn;
  indicatorId: string;
  /** A1 reference of the value cell (not used by THRESHOLD). */
  cell?: string;
  /** The sheet the value cell was picked on; the reference is qualified when the formula goes to another sheet. */
  cellSheet?: string;
  stage?: Stage | '';
  plan?: string;
}

// A1 reference, optionally with a sheet: F5, $F$5, Sheet1!F5, '学校 数据'!F5, 数据!F5.
const CELL_RE = /^(?:(?:'(?:[^']|'')+'|[^\s!'"*?:[\]/\\]+)!)?\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * True when `s` is one cell's A1 reference (with an optional sheet name).
 * @example
 * isCellRef('F5');           // true
 * isCellRef("'学校 数据'!$F$5"); // true
 * isCellRef('F5:F9');        // false
 * isCellRef('=F5');          // false
 */
export function isCellRef(s: string): boolean {
  return CELL_RE.test(s.trim());
}

/**
 * A cell reference as it goes into a formula: trimmed, column letters upper case.
 * @example normalizeCellRef(' f5 '); // 'F5'
 */
export function normalizeCellRef(s: string): string {
  const t = s.trim();
  const bang = t.lastIndexOf('!');
  return bang < 0 ? t.toUpperCase() : t.slice(0, bang + 1) + t.slice(bang + 1).toUpperCase();
}

/** A text as an Excel string literal ("" doubles a quote). @example excelString('a"b'); // '"a""b"' */
export const excelString: (s: string) => string = sheetExcelString;

/** The arguments the EDU function receives for a choice (names as the user would type them). */
function args(c: FormulaChoice): { indicator: string; stage: string | null; plan: string | null } {
  const ind = getIndicator(c.indicatorId);
  if (!ind) throw new Error(`unknown indicator ${c.indicatorId}`);
  const plan = c.plan && c.plan !== 'national' ? getPlan(c.plan)?.name ?? c.plan : null;
  const stage = c.stage && c.stage !== 'all' ? stageName(c.stage) : null;
  return { indicator: ind.name, stage, plan };
}

/**
 * The formula for a choice, to be written on `targetSheet`. Optional arguments are dropped from the end; a plan without a stage
 * leaves the stage empty (Excel passes an empty argument as omitted).
 * @example
 * buildFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'primary' });
 * // '=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")'
 * buildFormula({ fn: 'THRESHOLD', indicatorId: 'consolidation_rate', plan: 'nanxiong' });
 * // '=EDU.THRESHOLD("巩固率",,"南雄市")'
 * buildFormula({ fn: 'GAP', indicatorId: 'teaching_space_per_student', cell: 'F5', cellSheet: '学校', stage: 'junior' }, '汇总');
 * // '=EDU.GAP("生均教学及辅助用房面积",学校!F5,"初中")'
 */
export function buildFormula(c: FormulaChoice, targetSheet?: string): string {
  const a = args(c);
  const parts: string[] = [excelString(a.indicator)];
  if (c.fn !== 'THRESHOLD') {
    const cell = normalizeCellRef(c.cell ?? '');
    const other = c.cellSheet && targetSheet !== undefined && c.cellSheet !== targetSheet && !cell.includes('!');
    parts.push(other ? `${quoteSheet(c.cellSheet as string)}!${cell}` : cell);
  }
  const optional = [a.stage === null ? '' : excelString(a.stage), a.plan === null ? '' : excelString(a.plan)];
  while (optional.length && optional[optional.length - 1] === '') optional.pop();
  return `=EDU.${c.fn}(${[...parts, ...optional].join(',')})`;
}

/** The outcome of checking a choice: the threshold that will apply, or why it cannot. */
export type FormulaCheck = { ok: true; threshold: string } | { ok: false; message: string };

/**
 * Checks a choice the way the EDU function will evaluate it (through the same table), so a
 * missing stage or a plan without that indicator is reported before anything is written.
 * @example
 * checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'junior' }, 'zh');
 * // { ok: true, threshold: '≥ 5.8 m²/生' }
 * checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5' }, 'zh').ok; // false (请指定学段)
 */
export function checkFormula(c: FormulaChoice, lang: Lang): FormulaCheck {
  if (c.fn !== 'THRESHOLD' && !isCellRef(c.cell ?? '')) {
    return { ok: false, message: lang === 'zh' ? `「${c.cell ?? ''}」不是单元格地址（如 F5 或 Sheet1!F5）` : `"${c.cell ?? ''}" is not a cell address (like F5 or Sheet1!F5)` };
  }
  const ind = getIndicator(c.indicatorId);
  if (!ind) return { ok: false, message: lang === 'zh' ? '请选择指标' : 'Choose an indicator' };
  const a = args(c);
  const r = callEdu('THRESHOLD', [a.indicator, a.stage, a.plan]);
  if (isMetricError(r)) return { ok: false, message: lang === 'zh' ? r.zh : r.en };
  const dir = (callEdu('INDICATOR', [a.indicator, 'direction', a.plan, a.stage]) as string) || ind.direction;
  const sym = dir === '>=' ? '≥' : dir === '<=' ? '≤' : dir;
  return { ok: true, threshold: `${sym} ${formatValue(r as number, ind.unit)}` };
}
