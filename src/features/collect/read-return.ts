/**
 * Reading one school's return (bytes, no fs): every sheet with a school table gives its rows. A
 * file that cannot be opened, or that has no school table, is a finding — never a throw.
 */
import { detectColumns } from '../school-table/headers';
import type { Grid, GridValue } from '../school-table/types';
import { openXlsx } from '../../xlsx/open';
import { readWorkbook } from '../../xlsx/read';
import type { SheetData } from '../../xlsx/types';
import { countyStage } from './checks';
import { findReturnColumns } from './columns';
import type { CollectedRow, Finding } from './types';

/** The names of a sum row: 合计, 总计, 小计 (简/繁, spaced or not), Total, Subtotal. */
const TOTAL_ROW = /^(合\s*计|合\s*計|总\s*计|總\s*計|小\s*计|小\s*計|共\s*计|共\s*計|sub-?total|total|grand total)[:：]?$/i;

/** What one file gives: its rows, and findings for what could not be read. */
export interface ReturnRead { rows: CollectedRow[]; findings: Finding[] }

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

/**
 * Reads one return.
 * @example
 * readReturn(bytes, '城关一小.xlsx').rows[0];
 * // { name: '城关一小', stage: '小学', students: 500, raw: [30, 6, 5, 2400, 4000, 1200000, 13], file: '城关一小.xlsx', sheet: '学校资源配置', row: 5 }
 */
export function readReturn(bytes: Uint8Array, file: string): ReturnRead {
  let sheets: SheetData[];
  try {
    sheets = readWorkbook(openXlsx(bytes)).sheets;
  } catch (e) {
    const why = (e as Error)?.message?.split('\n')[0] ?? String(e);
    return { rows: [], findings: [{ file, sheet: '', row: null, school: '', check: 'unreadable', value: '', message: `无法读取，已跳过 / cannot be read, skipped: ${why}` }] };
  }
  const rows: CollectedRow[] = [];
  const totals: Finding[] = [];
  let tables = 0;
  for (const s of sheets) {
    if (s.kind !== 'worksheet') continue;
    const g = sheetGrid(s);
    const det = detectColumns(g, { merges: s.merges });
    if (!det || det.studentsCol === null) continue;
    const taken = new Set([det.studentsCol, ...(det.stageCol !== null ? [det.stageCol] : [])]);
    // A computed column of the template (每百名…) is no raw input: keep it out of the raw search.
    for (const c of det.columns) if (c.match === 'name') taken.add(c.col);
    const cols = findReturnColumns(g, det.headerRow, taken);
    if (cols.name === null) continue;
    tables++;
    let gap = false;
    for (let r = det.headerRow + 1; r < g.length; r++) {
      const line = g[r] ?? [];
      const name = line[cols.name];
      const nameText = name === null || name === undefined ? '' : String(name).trim();
      const figures = [det.studentsCol, ...cols.raw].filter((c): c is number => c !== null).map((c) => line[c]);
      const stageText = det.stageCol === null ? '' : String(line[det.stageCol] ?? '').trim();
      // Under the first blank row a return may have notes, and our template its county block
      // (差异系数 rows, whose B column holds numbers): from there on only a row whose 学段 is a
      // stage is a school — so a school typed below a gap is still collected, never dropped.
      if (nameText === '' && stageText === '' && figures.every((v) => v === null || v === undefined || v === '')) {
        gap = true;
        continue;
      }
      if (gap && countyStage(stageText) === null) continue;
      // A 合计 / 小计 row is the school's own sum, not a school: left out of the county table (its
      // figures would count twice), and listed, so nothing is dropped unseen.
      if (TOTAL_ROW.test(nameText)) {
        totals.push({ file, sheet: s.name, row: r + 1, school: nameText, check: 'total-row', value: nameText, message: '合计行不是学校，未汇总 / a total row is no school, not collected' });
        continue;
      }
      const pick = (c: number | null) => (c === null ? null : (line[c] as number | string | undefined) ?? null);
      rows.push({
        name: nameText,
        stage: det.stageCol === null ? '' : String(line[det.stageCol] ?? '').trim(),
        students: pick(det.studentsCol),
        raw: cols.raw.map(pick),
        ...(cols.fullTime !== null ? { fullTime: pick(cols.fullTime) } : {}),
        file, sheet: s.name, row: r + 1,
      } as CollectedRow);
    }
  }
  if (tables === 0) return { rows, findings: [{ file, sheet: '', row: null, school: '', check: 'no-table', value: '', message: '未找到学校表（需学校名称、学生数及指标列），已跳过 / no school table (school, students and indicator columns), skipped' }] };
  return { rows, findings: totals };
}
