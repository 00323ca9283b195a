/**
 * Highlighting cells that miss their threshold, described once and used twice:
 * - highlightRules: conditional-format rules in plain Excel (no EDU functions), so the marks stay
 *   right when the workbook is opened without the add-in, in Excel, WPS or LibreOffice;
 * - checkMisses: the same test evaluated here, for `plan-metrics check` and the pane's summary.
 * Both come from one plan per column (columnThresholds), and a cell is read the same way by both:
 * - a number is compared with the threshold of its row's stage (学段 cell read by TRIM, case-
 *   insensitive, as one of STAGE_SPELLINGS);
 * - a number typed as text ("5.7") is read as a number, as the EDU functions read it (issue 18):
 *   the rule compares cellNumber(K5) (a blank, TRUE/FALSE or other text is never marked), and
 *   checkMisses compares parseNumberText's value, reports the miss with storedAsText, and lists the
 *   cell under textNumbers so the user is told to convert it. Full-width text ('４.２') is
 *   the one difference: checkMisses reads it, the rule does not (see cellNumber);
 * - a blank (or '-', '—') is not checked; other text is listed under notNumbers.
 * The only difference: checkMisses compares through core `meets`, which forgives 1e-9 of
 * floating-point noise; the rule compares the number as is (with Excel's own 15-digit rounding).
 * Ratios of counts cannot land in that gap, so the two agree on real data (tested).
 */
import { stageName } from '../../domain/core/stage';
import { meets } from '../../domain/core/compare';
import { parseNumberText } from '../../domain/core/parse';
import type { Direction, Stage } from '../../domain/catalog/types';
import { cellRef, colName, rangeRef } from '../../xlsx/refs';
import { stageOfCell, stageTest } from './stage-cells';
import { columnThresholds, whereEn, whereZh } from './thresholds';
import type { DetectedTable, Grid, GridValue, HighlightPlan, Origin, RuleSpec, SkippedColumn, StageThreshold } from './types';

export { dxfMiss } from './types';

/** Options of highlightRules and checkMisses. Rows are 0-based grid rows, inclusive. */
export interface HighlightOptions {
  /** The plan whose thresholds apply (id or name; default national, which other plans fall back to). */
  plan?: string;
  /** First data row, 0-based grid index (usually detected.headerRow + 1). */
  firstDataRow: number;
  /** Last data row, 0-based grid index, inclusive. */
  lastDataRow: number;
  /** Copied onto each rule, for renderers that add rules to a named sheet. */
  sheetName?: string;
  /** Where grid[0][0] sits in the sheet (0-based; default A1): rule addresses are sheet addresses. */
  origin?: Origin;
}

/** A cell below its threshold (above, for ≤ indicators). Rows and columns are 0-based grid indices. */
export interface Miss {
  row: number;
  col: number;
  indicatorId: string;
  /** The row's stage (or the column's, for a one-stage column); null when one threshold fits every stage. */
  stage: Stage | null;
  value: number;
  threshold: number;
  direction: Direction;
  /** The cell's text when the number was typed as text ("5.7"): read as EDU functions read it. */
  storedAsText?: string;
}

/** What checkMisses found. */
export interface MissReport {
  /** Numeric cells compared with a threshold. */
  checked: number;
  misses: Miss[];
  /** Numbers typed as text: not compared (Excel's rule does not mark them either); convert them. */
  textNumbers: { row: number; col: number; indicatorId: string; text: string; value: number }[];
  /** Text or TRUE/FALSE where a number belongs (error values arrive as text such as '#DIV/0!'). */
  notNumbers: { row: number; col: number; indicatorId: string; value: GridValue }[];
  /** Numeric cells not compared because their row's 学段 names no stage with a threshold. */
  unknownStage: { row: number; col: number; indicatorId: string; stage: GridValue }[];
  /** Detected columns with no rule, and why. */
  skipped: SkippedColumn[];
}

interface ColumnPlan { col: number; indicatorId: string; header: string; stage: Stage | null; thresholds: StageThreshold[]; description: string; descriptionEn: string }

const SYMBOL: Record<Direction, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

// The Excel comparison that is TRUE when the value misses: the negation of the catalog direction.
const MISS_OP: Record<Direction, string> = { '>=': '<', '>': '<=', '<=': '>', '<': '>=', '=': '<>' };

function plans(detected: DetectedTable, opts: { plan?: string }): { columns: ColumnPlan[]; skipped: SkippedColumn[] } {
  const columns: ColumnPlan[] = [];
  const skipped: SkippedColumn[] = [];
  for (const c of detected.columns) {
    const t = columnThresholds(c.indicatorId, opts.plan, c.stage !== undefined || detected.stageCol !== null);
    if (!t.ok) {
      skipped.push({ col: c.col, indicatorId: c.indicatorId, header: c.header, reason: t.reason, reasonEn: t.reasonEn });
      continue;
    }
    if (c.stage) {
      // A column for one stage: that stage's threshold applies to every row.
      const own = t.thresholds.find((x) => x.stages.includes(c.stage!));
      if (!own) {
        skipped.push({
          col: c.col, indicatorId: c.indicatorId, header: c.header,
          reason: `「${t.indicator.name}」在${whereZh(t.plan)}中没有${stageName(c.stage)}的标准或目标值`,
          reasonEn: `"${t.indicator.name_en}" has no ${c.stage} standard or target in ${whereEn(t.plan)}`,
        });
        continue;
      }
      t.thresholds = [{ ...own, stages: [] }];
    }
    const fellBack = t.thresholds.some((x) => x.fallback);
    const source = t.plan.id === 'national' ? '国家标准' : fellBack ? `${t.plan.name}，未列的按国家标准` : t.plan.name;
    const sourceEn = t.plan.id === 'national' ? 'national standard' : fellBack ? `${t.plan.name_en}, national standard where it states none` : t.plan.name_en;
    const part = (x: StageThreshold, names: (s: Stage) => string) => {
      const stages = x.stages.length ? x.stages : c.stage ? [c.stage] : [];
      return `${stages.length ? stages.map(names).join('/') + ' ' : ''}${SYMBOL[x.direction]} ${x.value}`;
    };
    columns.push({
      col: c.col,
      indicatorId: c.indicatorId,
      header: c.header,
      stage: c.stage ?? null,
      thresholds: t.thresholds,
      description: `${t.indicator.name}未达标：${t.thresholds.map((x) => part(x, stageName)).join('，')}（${source}）`,
      descriptionEn: `${t.indicator.name_en} missed: ${t.thresholds.map((x) => part(x, (s) => s)).join(', ')} (${sourceEn})`,
    });
  }
  return { columns, skipped };
}

/**
 * The number in a cell, in plain Excel (no add-in): a number as it is, a number typed as text
 * ("5.7", " 5.7 ") as a number — Excel, LibreOffice and HyperFormula all apply -- to numeric text.
 * Full-width digits ('４.２') are not read by -- in every engine, and a SUBSTITUTE per character
 * would break the 255-character limit of a conditional format in older Excel and WPS: checkMisses
 * reads them (as EDU functions do) and reports them stored-as-text, the rule leaves them unmarked.
 * @example
 * cellNumber('K5'); // '--TRIM(K5)'
 */
export function cellNumber(ref: string): string {
  return `--TRIM(${ref})`;
}

/**
 * Conditional-format rules that mark the cells of each detected indicator column that miss the
 * catalog's threshold for their row's stage, in plain Excel. Also the columns left without a rule
 * (no threshold in the catalog; a stage-dependent threshold and no 学段 column), with reasons.
 * @example
 * const detected = detectColumns(grid)!; // 学段 in B, 生均教学及辅助用房面积 in K, header on row 2
 * highlightRules(detected, { firstDataRow: 2, lastDataRow: 51 }).rules[0];
 * // { range: 'K3:K52', style: 'miss', indicatorId: 'teaching_space_per_student',
 * //   formula: 'AND(K3<>"",NOT(ISLOGICAL(K3)),ISNUMBER(N),OR(AND(OR(TRIM($B3)={"小学","小學","primary"}),N<4.5),AND(OR(TRIM($B3)={"初中","junior"}),N<5.8)))', … }
 * // where N is cellNumber('K3')
 */
export function highlightRules(detected: DetectedTable, opts: HighlightOptions): HighlightPlan {
  const origin = opts.origin ?? { row: 0, col: 0 };
  const { columns, skipped } = plans(detected, opts);
  const top = origin.row + opts.firstDataRow;
  const bottom = origin.row + Math.max(opts.firstDataRow, opts.lastDataRow);
  const stageRef = detected.stageCol === null ? null : `$${colName(origin.col + detected.stageCol)}${top + 1}`;
  const rules: RuleSpec[] = columns.map((c) => {
    const col = origin.col + c.col;
    const ref = cellRef(top, col);
    const num = cellNumber(ref);
    const miss = (t: StageThreshold) => `${num}${MISS_OP[t.direction]}${t.value}`;
    const stageMisses = c.thresholds.map((t) => (t.stages.length && stageRef ? [stageTest(stageRef, t.stages), miss(t)] : [miss(t)]));
    const body = stageMisses.length === 1 ? stageMisses[0].join(',') : `OR(${stageMisses.map((m) => (m.length === 1 ? m[0] : `AND(${m.join(',')})`)).join(',')})`;
    return {
      range: rangeRef({ top, left: col, bottom, right: col }),
      formula: `AND(${ref}<>"",NOT(ISLOGICAL(${ref})),ISNUMBER(${num}),${body})`,
      indicatorId: c.indicatorId,
      description: c.description,
      descriptionEn: c.descriptionEn,
      style: 'miss' as const,
      ...(opts.sheetName ? { sheet: opts.sheetName } : {}),
    };
  });
  return { rules, skipped };
}

/**
 * The same test as highlightRules, evaluated here: which cells miss, how many were checked, and
 * which cells could not be checked (numbers typed as text, non-numbers, rows of an unknown stage).
 * @example
 * const grid = [['学校', '学段', '生均教学及辅助用房面积'], ['一小', '小学', 4.2], ['一中', '初中', 6], ['二小', '小學', '４.０']];
 * const r = checkMisses(grid, detectColumns(grid)!, { firstDataRow: 1, lastDataRow: 3 });
 * r.checked;        // 3
 * r.misses[0];      // { row: 1, col: 2, indicatorId: 'teaching_space_per_student', stage: 'primary', value: 4.2, threshold: 4.5, direction: '>=' }
 * r.misses[1];      // { row: 3, col: 2, …, value: 4, threshold: 4.5, direction: '>=', storedAsText: '４.０' }
 * r.textNumbers[0]; // { row: 3, col: 2, indicatorId: 'teaching_space_per_student', text: '４.０', value: 4 }
 */
export function checkMisses(grid: Grid, detected: DetectedTable, opts: HighlightOptions): MissReport {
  const { columns, skipped } = plans(detected, opts);
  const report: MissReport = { checked: 0, misses: [], textNumbers: [], notNumbers: [], unknownStage: [], skipped };
  const last = Math.min(opts.lastDataRow, grid.length - 1);
  for (let row = opts.firstDataRow; row <= last; row++) {
    const stageCell = detected.stageCol === null ? null : grid[row]?.[detected.stageCol] ?? null;
    const stage = stageOfCell(stageCell);
    for (const c of columns) {
      const v = grid[row]?.[c.col] ?? null;
      const where = { row, col: c.col, indicatorId: c.indicatorId };
      if (v === null) continue;
      if (typeof v === 'boolean') {
        report.notNumbers.push({ ...where, value: v });
        continue;
      }
      let x: number;
      let text: string | undefined;
      if (typeof v === 'string') {
        const n = parseNumberText(v);
        if (n === null) continue; // blank, or a "nothing to report" mark such as —
        if (n === undefined) {
          report.notNumbers.push({ ...where, value: v });
          continue;
        }
        // Read as the EDU functions read it (issue 18): listed to be converted, and compared too.
        report.textNumbers.push({ ...where, text: v, value: n });
        x = n;
        text = v;
      } else {
        x = v;
      }
      const t = c.thresholds.find((y) => y.stages.length === 0 || (stage !== null && y.stages.includes(stage)));
      if (!t) {
        report.unknownStage.push({ ...where, stage: stageCell });
        continue;
      }
      report.checked++;
      if (!meets(x, t.direction, t.value)) {
        report.misses.push({ ...where, stage: t.stages.length ? stage : c.stage, value: x, threshold: t.value, direction: t.direction, ...(text !== undefined ? { storedAsText: text } : {}) });
      }
    }
  }
  return report;
}

