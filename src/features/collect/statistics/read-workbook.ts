/**
 * Reading one school's 教育事业统计 workbook (sheets 封面, 目录 and one per table: 基础基312 …,
 * 教基3112_小学 …): every figure of the layout table located by table code + row code + column
 * code (or 甲 label + header path), numbers as text read as numbers, blank and `*` as nothing.
 */
import { cellRef } from '../../../xlsx/refs';
import type { Grid } from '../../school-table/types';
import type { SheetData } from '../../../xlsx/types';
import { asNumber } from '../checks';
import { sheetGrid } from '../grid';
import type { Finding } from '../types';
import type { FiguresRead, SchoolFigures } from './figures';
import {
  COVER_LABELS, KINDERGARTEN_SOURCES, SCHOOL_KINDS, SHARED_SOURCES, STAGE_SOURCES, TABLES,
  type CellAt, type Generation, type KindergartenFigure, type SchoolStage, type SharedFigure, type StageFigure, type Term,
} from './layout';
import { findCol, findRow, pathMatches, tableGrid, type TableGrid } from './table-grid';

const TABLE_CODE = /(基础基\d+|教基\d+续?)/;

/**
 * The table code a sheet holds: from its name (教基3112_小学 → 教基3112), else from a 表号 in its first rows.
 * @example sheetTableCode('教基3112_九年一贯制学校', []); // '教基3112'
 * @example sheetTableCode('Sheet3', [['表号：基础基512']]); // '基础基512'
 * @example sheetTableCode('目录', [['基础基512', '校舍情况']]); // null
 */
export function sheetTableCode(name: string, g: Grid): string | null {
  const m = name.replace(/\s/g, '').match(TABLE_CODE);
  if (m) return m[1];
  for (const row of g.slice(0, 5)) for (const v of row ?? []) {
    // Only a 表号 names the sheet's own table (a 目录 lists every table's code).
    const t = typeof v === 'string' && v.includes('表号') ? v.replace(/\s/g, '').match(TABLE_CODE) : null;
    if (t) return t[1];
  }
  return null;
}

/**
 * Whether a workbook is a statistics export: a sheet holds a table of the layout.
 * @example isStatisticsWorkbook(wb.sheets); // true for a workbook with a 教基3112_小学 sheet
 */
export function isStatisticsWorkbook(sheets: readonly SheetData[]): boolean {
  return sheets.some((s) => {
    const code = s.kind === 'worksheet' ? sheetTableCode(s.name, sheetGrid(s).slice(0, 5)) : null;
    return code !== null && code in TABLES;
  });
}

/**
 * The value right of a label (封面 / 基本情况: 学校名称 | 城关九年一贯制学校), on any sheet.
 * @example coverValue([[ '学校名称', '', '城关小学' ]], ['学校名称']); // '城关小学'
 */
export function coverValue(g: Grid, labels: readonly string[]): string {
  for (const row of g) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = typeof row[c] === 'string' ? (row[c] as string).replace(/\s/g, '').replace(/[:：]$/, '') : '';
      if (!labels.includes(t)) continue;
      for (let k = c + 1; k < row.length; k++) {
        const v = row[k];
        if (v !== null && v !== undefined && String(v).trim() !== '') return String(v).trim();
      }
    }
  }
  return '';
}

interface Located { sheet: string; t: TableGrid; named: boolean }

/**
 * Reads one statistics workbook into a school's figures.
 * @example
 * readStatisticsWorkbook(readWorkbook(openXlsx(bytes)).sheets, '城关小学.xlsx').schools[0].stages.primary?.students; // 480
 */
export function readStatisticsWorkbook(sheets: readonly SheetData[], file: string): FiguresRead {
  const findings: Finding[] = [];
  const tables = new Map<string, Located>();
  let cover = '';
  let kind = '';
  let parent = '';
  let counted = '';
  for (const s of sheets) {
    if (s.kind !== 'worksheet') continue;
    const g = sheetGrid(s);
    const code = sheetTableCode(s.name, g);
    // A sheet named for its table wins over one that only says it in a 表号 row.
    const named = TABLE_CODE.test(s.name.replace(/\s/g, ''));
    if (code && code in TABLES && (!tables.has(code) || (named && !tables.get(code)!.named))) tables.set(code, { sheet: s.name, t: tableGrid(g, s.merges), named });
    cover ||= coverValue(g, COVER_LABELS.school);
    kind ||= coverValue(g, COVER_LABELS.kind);
    parent ||= coverValue(g, COVER_LABELS.parent);
    counted ||= coverValue(g, COVER_LABELS.counted);
  }
  const school = cover || file.replace(/\.[^.]+$/, '');
  const gen: Generation = [...tables.keys()].some((k) => k.startsWith('教基')) ? '2021' : '2018';
  const at = (sheet: string, row: number | null, check: Finding['check'], value: string, message: string) =>
    findings.push({ file, sheet, row, school, check, value, message });
  const missing = new Set<string>();
  const warned = new Set<string>();
  const firstRow = new Map<string, number>();

  // One cell: a number, 0 for blank or `*` (the forms leave a zero blank), null when it cannot be read.
  const cell = ([code, rc, cc]: CellAt): { v: number | null; blank: boolean } => {
    const loc = tables.get(code);
    if (!loc) {
      if (!missing.has(code)) at('', null, 'missing-table', code, `导出中缺少表 ${code}（${TABLES[code]?.title ?? ''}），其数据留空 / the export lacks table ${code}`);
      missing.add(code);
      return { v: null, blank: true };
    }
    const layout = TABLES[code];
    const r = findRow(loc.t, rc, layout.rows[rc]);
    const c = findCol(loc.t, cc, layout.cols[cc]);
    if (r === null || c === null) {
      at(loc.sheet, null, 'layout', `${rc}/${cc}`, `表 ${code} 中找不到${r === null ? `编号 ${rc}（${layout.rows[rc] ?? ''}）的行` : ''}${r === null && c === null ? '及' : ''}${c === null ? `栏号 ${cc}（${(layout.cols[cc] ?? []).join('›')}）的列` : ''} / row ${rc} or column ${cc} not found in ${code}`);
      return { v: null, blank: true };
    }
    if (!firstRow.has(code)) firstRow.set(code, r + 1);
    // Found by code, the header and the row name should still say what the layout expects: if they
    // do not, the codes of this export may differ from the layout table — said once per cell kind.
    const wantPath = layout.cols[cc] ?? [];
    const gotPath = loc.t.paths[c] ?? [];
    const wantLabel = layout.rows[rc] ?? '';
    const gotLabel = loc.t.labelCol >= 0 ? String(loc.t.grid[r]?.[loc.t.labelCol] ?? '').replace(/\s/g, '') : '';
    const key = `${code}/${rc}/${cc}`;
    if (!warned.has(key) && ((gotPath.length > 0 && wantPath.length > 0 && !pathMatches(gotPath, wantPath)) || (gotLabel !== '' && wantLabel !== '' && !gotLabel.includes(wantLabel.replace(/\s/g, '')) && !wantLabel.replace(/\s/g, '').includes(gotLabel)))) {
      warned.add(key);
      at(loc.sheet, r + 1, 'layout', key, `${code} ${cellRef(r, c)}（编号 ${rc}，栏 ${cc}）的表头为「${gotPath.join('›')}」、栏目为「${gotLabel}」，与预期「${wantPath.join('›')}」「${wantLabel}」不符，请核对 / the header or row name differs from the layout: check the codes`);
    }
    const raw = loc.t.grid[r]?.[c];
    if (raw === null || raw === undefined || (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === '*'))) return { v: 0, blank: true };
    const n = asNumber(raw as number | string);
    if (n === null) {
      at(loc.sheet, r + 1, 'non-numeric', String(raw), `${code} ${cellRef(r, c)}（编号 ${rc}，栏 ${cc}）「${String(raw)}」不是数字 / not a number`);
      return { v: null, blank: false };
    }
    return { v: n, blank: false };
  };
  const sumCells = (cells: readonly CellAt[]) => {
    let total = 0;
    let blank = true;
    for (const x of cells) {
      const r = cell(x);
      if (r.v === null) return { v: null, blank: false };
      total += r.v;
      blank &&= r.blank;
    }
    return { v: total, blank };
  };
  const figure = (terms: readonly Term[]): number | null => {
    if (terms.length === 0) return null;
    let total = 0;
    for (const term of terms) {
      let r: { v: number | null; blank: boolean };
      if ('oneOf' in term) {
        // The first alternative with a figure other than 0 in it (艺术(计) when filled, else 音乐 + 美术).
        r = { v: 0, blank: true };
        for (const alt of term.oneOf) {
          const a = sumCells(alt);
          if (a.v === null || a.v !== 0) {
            r = a;
            break;
          }
        }
      } else r = cell(term as CellAt);
      if (r.v === null) return null;
      total += r.v;
    }
    return total;
  };

  // The stages: from 办学类型, else the stages whose students table is in the export.
  const has = (st: SchoolStage) => STAGE_SOURCES[st].students[gen].some((t) => !('oneOf' in t) && tables.has((t as CellAt)[0]));
  const known = SCHOOL_KINDS.find((k) => k.match.test(kind));
  const isKindergarten = known?.stages === 'kindergarten' || (!known && !(['primary', 'junior', 'senior'] as const).some(has) && KINDERGARTEN_SOURCES.children[gen].some((t) => tables.has((t as CellAt)[0])));
  const out: SchoolFigures = { file, sheet: '', row: 0, school, kind, parent, counted: counted === '' ? null : !/^否|^0$/.test(counted), stages: {}, shared: {} };
  if (known?.teachingPoint && out.counted === null) out.counted = false;
  if (isKindergarten) {
    out.kindergarten = {};
    for (const f of Object.keys(KINDERGARTEN_SOURCES) as KindergartenFigure[]) out.kindergarten[f] = figure(KINDERGARTEN_SOURCES[f][gen]);
  } else {
    const stages: readonly SchoolStage[] = known && known.stages !== 'kindergarten' ? known.stages : (['primary', 'junior', 'senior'] as const).filter(has);
    for (const st of stages) {
      const figs: Partial<Record<StageFigure, number | null>> = {};
      for (const f of Object.keys(STAGE_SOURCES[st]) as StageFigure[]) if (STAGE_SOURCES[st][f][gen].length) figs[f] = figure(STAGE_SOURCES[st][f][gen]);
      out.stages[st] = figs;
    }
    for (const f of Object.keys(SHARED_SOURCES) as SharedFigure[]) {
      const v = figure(SHARED_SOURCES[f][gen]);
      out.shared[f] = v === null ? null : v * (SHARED_SOURCES[f].factor ?? 1);
    }
  }
  // `*` marks a cell the form wants empty: a number there is a mistake somewhere in the export.
  for (const [code, loc] of tables) {
    for (const [rc, cc] of TABLES[code].stars ?? []) {
      const r = findRow(loc.t, rc, TABLES[code].rows[rc]);
      const c = findCol(loc.t, cc, TABLES[code].cols[cc]);
      if (r === null || c === null) continue;
      const v = loc.t.grid[r]?.[c];
      if (v !== null && v !== undefined && String(v).trim() !== '*' && asNumber(v as number | string) !== null) {
        at(loc.sheet, r + 1, 'star-number', String(v), `${code} ${cellRef(r, c)}（编号 ${rc}，栏 ${cc}）是标 * 的格，应为空，却填了 ${String(v)} / a cell marked * holds a number`);
      }
    }
  }
  const studentsTable = (['primary', 'junior', 'senior'] as const).map((st) => (STAGE_SOURCES[st].students[gen][0] as CellAt | undefined)?.[0]).find((c) => c && tables.has(c));
  const kgTable = (KINDERGARTEN_SOURCES.children[gen][0] as CellAt)[0];
  const main = studentsTable ?? (tables.has(kgTable) ? kgTable : undefined);
  out.sheet = main ? tables.get(main)!.sheet : '';
  out.row = main ? firstRow.get(main) ?? 0 : 0;
  return { schools: [out], findings };
}
