/**
 * The pane's part of a user's own plan (docs/own-plan.md): read the workbook's 「规划目标」 sheet,
 * put it over the bundled catalog for the functions this runtime serves (Excel's shared runtime
 * runs the EDU custom functions in the pane's page), recalculate, and say what is wrong with it.
 */
import { setHostLayer, type CatalogLayer } from '../../domain/catalog/layer';
import { applyProfile, findingLines, isTrackerNotPlan, PLAN_SHEET_NAMES, readPlanSheet, type PlanCell } from '../../domain/catalog/user-plan';
import type { ExcelIO, SheetBlock } from './io';

/** What loading found: the layer (null without a plan sheet) and its findings as lines. */
export interface PlanLoad { layer: CatalogLayer | null; lines: string[]; sheet?: string }

/**
 * The block's values as the sheet's rows, with the rows and columns above and left of the used
 * range kept blank, so a finding's row number is the row Excel shows.
 * @example
 * blockGrid({ sheet: 'x', address: 'B3:C3', row: 2, col: 1, values: [[1, 2]], merges: [] }); // [[], [], [null, 1, 2]]
 */
export function blockGrid(b: SheetBlock): PlanCell[][] {
  const pad: PlanCell[] = Array(b.col).fill(null);
  return [...Array.from({ length: b.row }, () => [] as PlanCell[]), ...b.values.map((r) => [...pad, ...r])];
}

/**
 * Reads the plan sheet and sets it as this runtime's layer (or takes an old one away), then
 * recalculates so the cells see it.
 * @example
 * const { lines } = await loadWorkbookPlan(officeExcelIO()); // [] when the sheet is sound
 */
export async function loadWorkbookPlan(io: ExcelIO): Promise<PlanLoad> {
  if (!io.readSheetByName) return { layer: null, lines: [] };
  const block = await io.readSheetByName(PLAN_SHEET_NAMES);
  const read = block ? readPlanSheet(block.sheet, blockGrid(block)) : null;
  const layer = read && block && !isTrackerNotPlan(block.sheet, read) ? applyProfile(read) : null;
  setHostLayer(layer);
  if (layer) await io.recalculate?.();
  return { layer, lines: layer ? findingLines(layer.findings) : [], sheet: block?.sheet };
}
