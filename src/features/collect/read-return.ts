/**
 * Reading one school's return (bytes, no fs): every sheet with a school table gives its rows. A
 * file that cannot be opened, or that has no school table, is a finding — never a throw.
 */
import { detectColumns } from '../school-table/headers';
import { openXlsx } from '../../xlsx/open';
import { readWorkbook } from '../../xlsx/read';
import type { SheetData } from '../../xlsx/types';
import { countyStage } from './checks';
import { findReturnColumns } from './columns';
import type { CollectedRow, Finding, KindergartenRow } from './types';
import { sheetGrid } from './grid';
import { deriveParts, type DeriveOptions } from './statistics/derive-parts';
import type { FiguresRead } from './statistics/figures';
import { isStatisticsWorkbook, readStatisticsWorkbook } from './statistics/read-workbook';
import { readListing } from './statistics/read-listing';

export { sheetGrid };

/** The names of a sum row: 合计, 总计, 小计 (简/繁, spaced or not), Total, Subtotal. */
const TOTAL_ROW = /^(合\s*计|合\s*計|总\s*计|總\s*計|小\s*计|小\s*計|共\s*计|共\s*計|sub-?total|total|grand total)[:：]?$/i;

/** What one file gives: its rows, and findings for what could not be read. */
export interface ReturnRead { rows: CollectedRow[]; findings: Finding[]; kindergartens?: KindergartenRow[] }

/**
 * The county rows of what a statistics source gave: each school derived into its parts.
 * @example fromFigures({ schools: [nineYear], findings: [] }).rows.map((r) => r.stage); // ['小学', '初中']
 */
export function fromFigures(read: FiguresRead, o: DeriveOptions = {}): ReturnRead {
  const out: ReturnRead = { rows: [], findings: [...read.findings], kindergartens: [] };
  for (const s of read.schools) {
    const d = deriveParts(s, o);
    out.rows.push(...d.rows);
    out.findings.push(...d.findings);
    out.kindergartens!.push(...d.kindergartens);
  }
  return out;
}

/**
 * Reads one return.
 * @example
 * readReturn(bytes, '城关一小.xlsx').rows[0];
 * // { name: '城关一小', stage: '小学', students: 500, raw: [30, 6, 5, 2400, 4000, 1200000, 13], file: '城关一小.xlsx', sheet: '学校资源配置', row: 5 }
 */
export function readReturn(bytes: Uint8Array, file: string, o: DeriveOptions = {}): ReturnRead {
  let sheets: SheetData[];
  try {
    sheets = readWorkbook(openXlsx(bytes)).sheets;
  } catch (e) {
    const why = (e as Error)?.message?.split('\n')[0] ?? String(e);
    return { rows: [], findings: [{ file, sheet: '', row: null, school: '', check: 'unreadable', value: '', message: `无法读取，已跳过 / cannot be read, skipped: ${why}` }] };
  }
  // A 教育事业统计 export (a school's workbook of 基础基 / 教基 tables), or a county listing (过录表).
  if (isStatisticsWorkbook(sheets)) return fromFigures(readStatisticsWorkbook(sheets, file), o);
  const listings = sheets.filter((s) => s.kind === 'worksheet').map((s) => readListing(s, file)).filter((l): l is FiguresRead => l !== null);
  if (listings.length) return fromFigures({ schools: listings.flatMap((l) => l.schools), findings: listings.flatMap((l) => l.findings) }, o);
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
