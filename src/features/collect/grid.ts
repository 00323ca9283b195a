/** A sheet as a grid of its cached values, as collect reads every source. */
import type { Grid, GridValue } from '../school-table/types';
import type { SheetData } from '../../xlsx/types';

/**
 * The grid of cached values of a sheet (errors as their text, as the rest of the product reads them).
 * @example sheetGrid(wb.sheets[0])[3][0]; // '学校名称'
 */
export function sheetGrid(s: SheetData): Grid {
  const g: Grid = [];
  for (const c of s.cells) {
    const v = c.value;
    const gv: GridValue = v !== null && typeof v === 'object' ? v.error : v;
    if (gv === null) continue;
    (g[c.row] ??= [])[c.col] = gv;
  }
  for (let r = 0; r < g.length; r++) g[r] ??= [];
  return g;
}

