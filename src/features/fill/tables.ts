/**
 * Finding the school tables in a computed workbook: per sheet, the indicator columns by header and
 * the rows of data under them. Shared by `fill` (highlight rules), `check` (misses) and `demo` (the
 * county summary).
 */
import { detectColumns } from '../school-table/headers';
import { fillMerges } from '../school-table/merges';
import type { DetectedTable, Grid } from '../school-table/types';

export interface FoundTable {
  sheet: string;
  grid: Grid;
  detected: DetectedTable;
  firstDataRow: number;
  lastDataRow: number;
}

/**
 * The recognised table of each sheet (sheets without one are left out).
 * @example
 * findTables(evaluation.grids, merges).map((t) => t.sheet); // ['学校资源配置']
 */
export function findTables(grids: Map<string, Grid>, merges: Map<string, string[]>): FoundTable[] {
  const out: FoundTable[] = [];
  for (const [sheet, grid] of grids) {
    const detected = detectColumns(grid, { merges: merges.get(sheet) ?? [] });
    if (!detected || detected.columns.length === 0) continue;
    const firstDataRow = detected.headerRow + 1;
    // The data ends at the last row with a number in an indicator column.
    let lastDataRow = firstDataRow;
    for (let r = grid.length - 1; r >= firstDataRow; r--) {
      if (detected.columns.some((c) => typeof grid[r]?.[c.col] === 'number')) {
        lastDataRow = r;
        break;
      }
    }
    // A 学段 cell merged down over several schools (小学 once for a block of rows) holds its value in
    // the first row only: spread it to every data row of the stage column, and only there.
    const sc = detected.stageCol;
    let g = grid;
    if (sc !== null && (merges.get(sheet) ?? []).length) {
      const filled = fillMerges(grid, merges.get(sheet) ?? []);
      g = grid.map((row, r) => (r < firstDataRow || row[sc] != null || filled[r]?.[sc] == null ? row : Object.assign([...row], { [sc]: filled[r][sc] })));
    }
    out.push({ sheet, grid: g, detected, firstDataRow, lastDataRow });
  }
  return out;
}
