/**
 * Header recognition: which columns of a user's sheet hold which catalog indicators, which one is
 * the 学段 and which the 学生数 — so that the pane and the CLI can highlight and check a county's
 * own table without asking the user to map columns by hand.
 */
import { parseStage } from '../../domain/core/stage';
import type { Stage } from '../../domain/catalog/types';
import { isHeaderOneOf, matchHeader, type HeaderMatch } from './header-text';
import { fillMerges } from './merges';
import type { DetectedColumn, DetectedTable, Grid, GridValue, Origin } from './types';

/** Options of detectColumns. */
export interface DetectOptions {
  /** How many rows from the top may hold headers (default 6). */
  maxHeaderRows?: number;
  /** Merged areas (sheet A1 addresses): their value is spread over the area before matching. */
  merges?: readonly string[];
  /** Where grid[0][0] sits in the sheet (0-based; default A1). Only used to place `merges`. */
  origin?: Origin;
}

/** Headers of a 学段 column. */
export const STAGE_HEADERS = ['学段', '學段', 'stage', 'school stage', '类别', '類別', '学校类别', '學校類別', '学校类型', '學校類型', 'school type', '办学层次', '辦學層次', '学校层次', '學校層次', 'level'];
/** Headers of a 学生数 column. */
export const STUDENT_HEADERS = ['学生数', '學生數', '在校生数', '在校生數', '在校学生数', '在校學生數', '学生人数', '學生人數', '在校生人数', '在校生人數', '学生总数', '學生總數', '在校生', 'students', 'number of students', 'enrolment', 'enrollment', 'pupils'];

// How many data rows are looked at to recognise a 学段 column by its values.
const SAMPLE_ROWS = 500;

/**
 * Finds the indicator columns of a table by their headers (简体, 繁體, English, alias; a unit in
 * brackets is allowed), the 学段 column (by header, else by values such as 小学/初中) and the 学生数
 * column. Rows and columns in the result are 0-based grid indices; data starts at headerRow + 1.
 * When two columns name the same indicator, a full name beats an alias (so a raw count headed
 * 骨干教师数 loses to the computed 每百名学生拥有县级以上骨干教师数). Null when no column names an
 * indicator.
 * @example
 * detectColumns([
 *   ['学校名称', '学段', '学生数', '生均教学及辅助用房面积（m²）'],
 *   ['城关一小', '小学', 500, 4.8],
 * ]);
 * // { headerRow: 0, stageCol: 1, studentsCol: 2,
 * //   columns: [{ col: 3, indicatorId: 'teaching_space_per_student', header: '生均教学及辅助用房面积（m²）', match: 'name' }] }
 */
export function detectColumns(grid: Grid, opts: DetectOptions = {}): DetectedTable | null {
  const g = fillMerges(grid, opts.merges ?? [], opts.origin);
  const rows = Math.min(opts.maxHeaderRows ?? 6, g.length);
  const width = Math.max(0, ...g.slice(0, rows).map((r) => r.length));

  // The best header of each column: a full name over an alias, then the bottom-most row (the
  // header row closest to the data when a merged header repeats down).
  const found: (DetectedColumn & { row: number })[] = [];
  for (let c = 0; c < width; c++) {
    let best: { m: HeaderMatch; row: number; header: string } | null = null;
    for (let r = 0; r < rows; r++) {
      for (const header of headerTexts(g, r, c)) {
        const m = matchHeader(header);
        if (!m) continue;
        if (!best || rank(m) < rank(best.m) || (rank(m) === rank(best.m) && r >= best.row)) best = { m, row: r, header };
      }
    }
    if (best) found.push({ col: c, indicatorId: best.m.indicatorId, header: best.header, match: best.m.match, row: best.row });
  }
  const columns = found.filter((f) => !found.some((o) => o.indicatorId === f.indicatorId && rank(o) < rank(f)));
  if (columns.length === 0) return null;
  // A stage named in a header cell of the column (小学 / 初中 under an indicator merged across).
  // Only above the indicator's header or right under it: lower down is data.
  const staged = columns.map((f) => ({ ...f, ...headerStage(g, Math.min(rows, f.row + 2), f.col) }));
  const headerRow = Math.max(...staged.map((f) => Math.max(f.row, f.stageRow ?? -1)));
  const taken = new Set(columns.map((f) => f.col));
  return {
    headerRow,
    stageCol: findStageCol(g, headerRow, Math.max(width, ...g.slice(0, headerRow + 1 + SAMPLE_ROWS).map((r) => r.length)), taken),
    studentsCol: findByHeader(g, headerRow, width, taken, STUDENT_HEADERS),
    columns: staged.map(({ col, indicatorId, header, match, stage }) => ({ col, indicatorId, header, match, ...(stage ? { stage } : {}) })),
  };
}

// The first cell of a column, in rows [0, rows), that is a stage name, and its row.
function headerStage(g: Grid, rows: number, c: number): { stage?: Stage; stageRow?: number } {
  for (let r = 0; r < rows; r++) {
    const t = text(g[r]?.[c]);
    if (!t) continue;
    try {
      return { stage: parseStage(t), stageRow: r };
    } catch {
      // not a stage
    }
  }
  return {};
}

function rank(m: { match: 'name' | 'alias' }): number {
  return m.match === 'name' ? 0 : 1;
}

function text(v: GridValue | undefined): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

// A header cell alone, and joined with the cell above (a two-row header 生均 / 教学及辅助用房面积).
function headerTexts(g: Grid, r: number, c: number): string[] {
  const here = text(g[r]?.[c]);
  if (!here) return [];
  const above = r > 0 ? text(g[r - 1]?.[c]) : null;
  return above && above !== here ? [here, above + here] : [here];
}

function findByHeader(g: Grid, headerRow: number, width: number, taken: Set<number>, names: readonly string[]): number | null {
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    for (let r = 0; r <= headerRow; r++) {
      const t = text(g[r]?.[c]);
      if (t && isHeaderOneOf(t, names)) return c;
    }
  }
  return null;
}

function isStage(v: GridValue | undefined): boolean {
  const t = text(v);
  if (!t) return false;
  try {
    parseStage(t);
    return true;
  } catch {
    return false;
  }
}

function stageCounts(g: Grid, headerRow: number, c: number): { filled: number; stages: number } {
  let filled = 0;
  let stages = 0;
  for (let r = headerRow + 1; r < g.length && r <= headerRow + SAMPLE_ROWS; r++) {
    const v = g[r]?.[c];
    if (v === null || v === undefined || v === '') continue;
    filled++;
    if (isStage(v)) stages++;
  }
  return { filled, stages };
}

// By header first — unless that column's values are clearly not stages (a 类别 of 公办/民办: three
// or more values and none a stage; fewer may be a note under the table) — else the column whose
// values are mostly stage names.
function findStageCol(g: Grid, headerRow: number, width: number, taken: Set<number>): number | null {
  const byHeader = findByHeader(g, headerRow, width, taken, STAGE_HEADERS);
  if (byHeader !== null) {
    const { filled, stages } = stageCounts(g, headerRow, byHeader);
    if (filled < 3 || stages > 0) return byHeader;
  }
  let best: { col: number; stages: number } | null = null;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const { filled, stages } = stageCounts(g, headerRow, c);
    if (stages > 0 && stages >= 0.6 * filled && (!best || stages > best.stages)) best = { col: c, stages };
  }
  return best?.col ?? null;
}
