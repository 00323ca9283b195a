/**
 * What the task pane needs from Excel, as a small interface. The one implementation that talks to
 * Office.js is excel-io.ts; the UI and the actions see only this, so they run in tests against a
 * fake and the Office.js calls stay in one module.
 */
import type { SheetSpec } from './sheet-spec';

/** A cell value as the pane reads it: a blank is null, never ''. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of one sheet, as read from Excel. */
export interface SheetBlock {
  /** The worksheet's name. */
  sheet: string;
  /** The block's A1 address without the sheet, e.g. 'A1:H40'. */
  address: string;
  /** 0-based row and column of the block's top-left cell in the sheet. */
  row: number;
  col: number;
  /** Values row by row; blanks are null. */
  values: CellValue[][];
  /** Merged areas that touch the block, as A1 addresses without the sheet ('A1:C1'). */
  merges: string[];
}

/** One conditional format to add: a custom-formula rule on a range of one sheet. */
export interface CfRule {
  /** A1 range without the sheet, e.g. 'F5:F52'. */
  range: string;
  /** The rule's formula without '=', relative to the range's top-left cell. */
  formula: string;
  /** Fill and font colours (#RRGGBB) of a cell the rule marks. */
  fill: string;
  font: string;
  /** What the rule checks, for the pane's report. */
  description: string;
}

/** The pane's view of Excel. Every method is one Excel.run batch in the real implementation. */
export interface ExcelIO {
  /** The active cell's address with its sheet, e.g. 'Sheet1!F5'. */
  getActiveCell(): Promise<string>;
  /** The selected range's address with its sheet, e.g. 'Sheet1!F5:F9'. */
  getSelectedAddress(): Promise<string>;
  /** Writes one formula into one cell ('Sheet1!F5' or 'F5' on the active sheet). */
  writeFormula(address: string, formula: string): Promise<void>;
  /** The active sheet's used range (values only), or null when the sheet is empty. */
  readUsedRange(): Promise<SheetBlock | null>;
  /** The selected range. */
  readSelection(): Promise<SheetBlock>;
  /**
   * Adds the rules to `sheet` and remembers them under `tag` in the workbook, so that
   * removeConditionalFormats(tag) removes exactly these (and no rule the user made).
   * Returns how many were added.
   */
  addConditionalFormats(sheet: string, rules: CfRule[], tag: string): Promise<number>;
  /** Removes every rule remembered under `tag`; returns how many were removed. */
  removeConditionalFormats(tag: string): Promise<number>;
  /** Adds a new sheet rendered from `spec` (a unique name if taken), activates it, returns its name. */
  addSheet(spec: SheetSpec): Promise<string>;
  /**
   * The used range (values) of the first sheet among `names` the workbook has, or null: the user's
   * 「规划目标」 sheet (docs/own-plan.md). Optional: a host without it has no user plan.
   */
  readSheetByName?(names: readonly string[]): Promise<SheetBlock | null>;
  /** Recalculates every formula (after the pane loaded the user's plan into the catalog). */
  recalculate?(): Promise<void>;
}
