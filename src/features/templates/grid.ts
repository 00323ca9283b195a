/**
 * A SheetSpec's typed values as a grid (formulas left blank): what a reader of the fresh sheet
 * would see before calculation. Templates run header recognition on it to derive their own
 * highlight rules, exactly as the pane does on a user's sheet.
 */
import { cellAt } from '../../xlsx/refs';
import type { Grid } from '../school-table/types';
import type { SheetSpec } from './types';

/**
 * The values of a spec, row by row (0-based), formulas as null.
 * @example specGrid({ name: 's', cells: [{ ref: 'B2', value: 7 }], merges: [], columnWidths: {} }); // [[null, null], [null, 7]]
 */
export function specGrid(spec: SheetSpec): Grid {
  let rows = 0;
  let cols = 0;
  const at = spec.cells.map((c) => ({ ...cellAt(c.ref), v: c.formula === undefined ? c.value ?? null : null }));
  for (const a of at) {
    rows = Math.max(rows, a.row + 1);
    cols = Math.max(cols, a.col + 1);
  }
  const grid: Grid = Array.from({ length: rows }, () => Array<null>(cols).fill(null));
  for (const a of at) grid[a.row][a.col] = a.v;
  return grid;
}
