/**
 * Template sheets as data. A template is built once as a SheetSpec and rendered by two writers:
 * the CLI's .xlsx writer (exceljs) and the task pane (Excel JS calls). Neither renderer knows any
 * template; a template knows no renderer.
 */
import type { RuleSpec } from '../school-table/types';

export type { RuleSpec } from '../school-table/types';

/** The named cell styles (see STYLES in ./styles for what each looks like). */
export type StyleName =
  | 'title'
  | 'note'
  | 'group'
  | 'header'
  | 'label'
  | 'input'
  | 'inputText'
  | 'inputPercent'
  | 'computed'
  | 'general'
  | 'number2'
  | 'integer'
  | 'percent'
  | 'text'
  | 'helper'
  | 'result';

/** One cell. A cell with only a style is an empty, formatted cell (an input waiting for data). */
export interface CellSpec {
  /** A1 address, e.g. 'K5'. */
  ref: string;
  value?: string | number | boolean;
  /** An Excel formula without the leading '='. */
  formula?: string;
  style?: StyleName;
}

/** A drop-down list on a range. `strict` false lets other text in (小學, primary …). */
export interface ValidationSpec {
  range: string;
  list: string[];
  strict: boolean;
}

/** One sheet. */
export interface SheetSpec {
  name: string;
  cells: CellSpec[];
  /** Merged areas, A1 ranges ('A1:U1'); the value sits in the top-left cell. */
  merges: string[];
  /** Column widths in characters, by column letter. */
  columnWidths: Record<string, number>;
  /** Row heights in points, by 1-based row number (rows not listed keep the default). */
  rowHeights?: Record<number, number>;
  /** Frozen panes: rows at the top and columns at the left that stay in view. */
  frozen?: { rows: number; cols: number };
  /** Conditional formats marking misses (see src/features/school-table/highlight). */
  conditionalFormats?: RuleSpec[];
  dataValidations?: ValidationSpec[];
  /**
   * Formulas whose result spills over a fixed range (EDU.COHORT …): written as array formulas so
   * every Excel, WPS and LibreOffice shows the whole block.
   */
  spills?: { ref: string; range: string }[];
  /** Charts over the sheet's own ranges (place-forecast: demand against places). */
  charts?: ChartSpec[];
}

/** One series of a chart: its name and the A1 range (on the template's sheet) of its values. */
export interface ChartSeriesSpec {
  name: string;
  /** The header cell that names the series (for renderers that link the name). */
  nameRef: string;
  values: string;
}

/**
 * A chart as data: Office.js adds it with `sheet.charts.add('Line', …)` and sets each series'
 * values and the category axis from these ranges; the .xlsx writer draws the same.
 */
export interface ChartSpec {
  type: 'line';
  title: string;
  /** A1 range of the category (x) axis labels: the years. */
  categories: string;
  series: ChartSeriesSpec[];
  xAxisTitle: string;
  yAxisTitle: string;
  /** Where it sits: the cells under its top-left and bottom-right corners. */
  anchor: { from: string; to: string };
}


/** Options every template takes. */
export interface TemplateOptions {
  /** The plan whose thresholds/targets apply (id or name); default national. */
  plan?: string;
  /** Labels in Chinese (default) or English. */
  lang?: 'zh' | 'en';
  /** How many input rows to leave (school-resources: 50; place-planning: 9 grades). */
  rows?: number;
  /** plan-tracker: the year whose targets are shown first (the user can change the cell); default this year. */
  year?: number;
}

/** A template the surfaces offer. */
export interface TemplateInfo {
  name: string;
  zh: string;
  en: string;
  /** One line on what it is for. */
  descriptionZh: string;
  descriptionEn: string;
}
