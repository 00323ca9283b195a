/**
 * The shapes shared by header recognition, highlight rules and the miss check — and by the two
 * renderers of conditional formats (the .xlsx writer and the task pane's Excel calls).
 */
import type { Direction, Stage } from '../../domain/catalog/types';

/** A cell value as read from a sheet: blanks are null. Errors arrive as their text ('#DIV/0!'). */
export type GridValue = string | number | boolean | null;

/** A block of a sheet, row by row. Row 0 / column 0 is the block's top-left cell. */
export type Grid = GridValue[][];

/** Where the grid sits in its sheet: 0-based row and column of grid[0][0]. Default A1. */
export interface Origin { row: number; col: number }

/** One indicator column found by its header. Rows and columns are 0-based grid indices. */
export interface DetectedColumn {
  col: number;
  indicatorId: string;
  /** The header text as it reads in the grid (the matched cell, or the cells joined). */
  header: string;
  /** 'name': the catalog's 简/繁/English name or id; 'alias': a short name. Names win over aliases. */
  match: 'name' | 'alias';
  /**
   * The stage the column is for, when a header cell above its data names one (an indicator merged
   * over 小学 / 初中 sub-columns); its rows are then checked against that stage's threshold.
   */
  stage?: Stage;
}

/** What detectColumns found. */
export interface DetectedTable {
  /** The last header row (0-based); data starts on the row after it. */
  headerRow: number;
  /** The 学段 column, by its header or by its values; null when there is none. */
  stageCol: number | null;
  /** The 学生数 column, by its header; null when there is none. */
  studentsCol: number | null;
  columns: DetectedColumn[];
}

/**
 * One conditional-format rule: mark the cells of `range` where `formula` is TRUE. The formula is
 * plain Excel (no EDU functions) written for the range's top-left cell with relative references,
 * so the marks stay right in Excel, WPS and LibreOffice without the add-in.
 */
export interface RuleSpec {
  /** A1 range without the sheet, e.g. 'K5:K54'. */
  range: string;
  /** The formula for the top-left cell, without '='. */
  formula: string;
  /** The catalog indicator the rule checks; '' for a rule over a verdict of several (是否达标). */
  indicatorId: string;
  /** What the rule marks, in Chinese (for the pane's list and the CLI report). */
  description: string;
  /** The same in English. */
  descriptionEn: string;
  style: 'miss';
  /** The sheet the rule belongs to, when the caller named it. */
  sheet?: string;
}

/** A detected column that gets no rule, and why. */
export interface SkippedColumn {
  col: number;
  indicatorId: string;
  header: string;
  reason: string;
  reasonEn: string;
}

/** The rules for a table and the columns left without one. */
export interface HighlightPlan {
  rules: RuleSpec[];
  skipped: SkippedColumn[];
}

/** One threshold of a rule: the stages it applies to (empty: every row) and the comparison. */
export interface StageThreshold {
  stages: Stage[];
  value: number;
  direction: Direction;
  /** The catalog row the threshold came from. */
  rowId: string;
  /** True when the plan has no figure and the national standard applies. */
  fallback: boolean;
}

/** Fill and font of a marked (missed) cell: Excel's "light red fill with dark red text". */
export interface MarkStyle {
  /** Fill colour #RRGGBB. */
  fill: string;
  /** Font colour #RRGGBB. */
  font: string;
}

/** The one look of a miss, shared by the .xlsx writer and the task pane. */
export const dxfMiss: MarkStyle = { fill: '#FFC7CE', font: '#9C0006' };
