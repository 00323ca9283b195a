/**
 * Merged cells as a reader sees them: the value sits in the top-left cell only. Header recognition
 * fills each merged area with that value first, so a header merged over two rows (学校名称 in A1:A2)
 * or a group header over several columns reads the same in every cell it covers.
 */
import { parseRangeRef } from '../../xlsx/refs';
import type { Grid, Origin } from './types';

/**
 * A copy of `grid` with every merged area filled with its top-left value. Merges are sheet
 * addresses; `origin` says where grid[0][0] sits in the sheet (default A1). Parts of a merge
 * outside the grid are ignored.
 * @example
 * fillMerges([['学校名称', '学段'], [null, null]], ['A1:A2']); // [['学校名称', '学段'], ['学校名称', null]]
 */
export function fillMerges(grid: Grid, merges: readonly string[] = [], origin: Origin = { row: 0, col: 0 }): Grid {
  const out = grid.map((row) => [...row]);
  const width = Math.max(0, ...out.map((row) => row.length));
  for (const m of merges) {
    const r = parseRangeRef(m.replace(/^.*!/, ''));
    const top = r.top - origin.row;
    const left = r.left - origin.col;
    const value = out[top]?.[left];
    if (value === undefined || value === null) continue;
    for (let i = Math.max(0, top); i <= r.bottom - origin.row && i < out.length; i++) {
      for (let j = Math.max(0, left); j <= r.right - origin.col && j < width; j++) {
        while (out[i].length < j) out[i].push(null);
        out[i][j] = value;
      }
    }
  }
  return out;
}
