/**
 * Test workbooks in the layout docs/statistics.md documents for the 教育事业统计 exports (built with
 * exceljs): a 封面 and a 目录 sheet, then one sheet per table — a title row, a 表号 row, two header
 * rows (merged: a group over its sub-columns, a single header down both rows), the column-code row
 * 甲 乙 1 2 3 …, and one row per 编号 (01, 02 …) — with every number stored as TEXT, as the exports
 * store them, and `*` in the cells the form marks. Cells are given as 'table/row/col' → value.
 */
import ExcelJS from 'exceljs';
import { TABLES, type Generation } from '../../../../src/features/collect/statistics/layout';

export type Cells = Record<string, number | string>;

export interface SchoolBook {
  generation: Generation;
  school: string;
  kind: string;
  parent?: string;
  counted?: '是' | '否';
  cells: Cells;
  /** Tables left out of the export (a missing-table finding). */
  omit?: string[];
  /** The 2021 sheet-name suffix (教基3112_小学); defaults to the kind. */
  suffix?: string;
  /** Write numbers as numbers instead of text. */
  numbers?: boolean;
}

/** The tables a book holds: those its cells name, plus every table of the generation for its stages. */
function tablesOf(b: SchoolBook): string[] {
  const named = new Set(Object.keys(b.cells).map((k) => k.split('/')[0]));
  return Object.keys(TABLES).filter((code) => TABLES[code].generation === b.generation && named.has(code) && !(b.omit ?? []).includes(code));
}

/** Adds one table sheet. */
function addTable(wb: ExcelJS.Workbook, code: string, b: SchoolBook): void {
  const t = TABLES[code];
  const name = b.generation === '2021' ? `${code}_${b.suffix ?? b.kind}` : code;
  const ws = wb.addWorksheet(name);
  const maxCol = Math.max(...Object.keys(t.cols).map(Number));
  // Columns: A 甲 (names), B 乙 (编号), then data column k at 2 + k (1-based: C = 1).
  const col = (k: number) => 2 + k;
  ws.getCell(1, 1).value = `${t.title}`;
  ws.mergeCells(1, 1, 1, col(maxCol));
  ws.getCell(2, 1).value = `表号：${code}    单位：人、平方米、万元`;
  ws.getCell(3, 1).value = '栏目';
  ws.mergeCells(3, 1, 4, 1);
  ws.getCell(3, 2).value = '编号';
  ws.mergeCells(3, 2, 4, 2);
  // Header rows 3–4: a group text merged over its sub-columns; a lone header merged down.
  const codes = Object.keys(t.cols).map(Number).sort((a, b) => a - b);
  for (let k = 1; k <= maxCol; k++) {
    const path = t.cols[String(k)] ?? [`其他${k}`];
    ws.getCell(3, col(k)).value = path[0];
    if (path.length > 1) ws.getCell(4, col(k)).value = path[1];
    else ws.mergeCells(3, col(k), 4, col(k));
  }
  // Merge a group's first row over consecutive columns of the same group.
  let k = 1;
  while (k <= maxCol) {
    const p = t.cols[String(k)];
    let e = k;
    while (p && p.length > 1 && t.cols[String(e + 1)]?.[0] === p[0] && t.cols[String(e + 1)].length > 1) e++;
    if (e > k) {
      for (let x = k + 1; x <= e; x++) ws.getCell(3, col(x)).value = null;
      ws.mergeCells(3, col(k), 3, col(e));
    }
    k = e + 1;
  }
  void codes;
  // Row 5: the column codes.
  ws.getCell(5, 1).value = '甲';
  ws.getCell(5, 2).value = '乙';
  for (let x = 1; x <= maxCol; x++) ws.getCell(5, col(x)).value = x;
  // Data rows by 编号.
  const rows = Object.keys(t.rows).sort();
  rows.forEach((rc, i) => {
    const r = 6 + i;
    ws.getCell(r, 1).value = t.rows[rc];
    ws.getCell(r, 2).value = rc;
    for (const [sr, sc] of t.stars ?? []) if (sr === rc) ws.getCell(r, col(Number(sc))).value = '*';
    for (const [key, v] of Object.entries(b.cells)) {
      const [tc, kr, kc] = key.split('/');
      if (tc !== code || kr !== rc) continue;
      ws.getCell(r, col(Number(kc))).value = typeof v === 'number' && !b.numbers ? String(v) : v;
    }
  });
}

/**
 * A school's statistics workbook as bytes.
 * @example await schoolBook({ generation: '2021', school: '城关小学', kind: '小学', cells: { '教基3112/01/7': 480 } });
 */
export async function schoolBook(b: SchoolBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('封面');
  cover.addRow(['教育事业统计基层报表']);
  cover.addRow(['学校名称', '', b.school]);
  cover.addRow(['办学类型', '', b.kind]);
  if (b.parent) cover.addRow(['所属学校', '', b.parent]);
  if (b.counted) cover.addRow(['是否计校数', '', b.counted]);
  const list = wb.addWorksheet('目录');
  const tables = tablesOf(b);
  tables.forEach((code) => list.addRow([code, TABLES[code].title]));
  for (const code of tables) addTable(wb, code, b);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A county listing's column groups: a group header over its sub-headers, or one header down two rows. */
export const LISTING_HEADERS: [string, string[]][] = [
  ['学校名称', []], ['办学类型', []], ['所属学校', []], ['是否计校数', []],
  ['在校生数', ['小学', '初中', '高中']],
  ['专任教师数', ['小学', '初中']],
  ['高于规定学历教师数', ['小学', '初中']],
  ['县级及以上骨干教师数', ['小学', '初中']],
  ['体育艺术专任教师数', ['小学', '初中']],
  ['教学及辅助用房面积', []], ['体育馆面积', []], ['运动场地面积', []], ['教学仪器设备值（万元）', []], ['网络多媒体教室数', []],
];

/**
 * A county listing (过录表): a title row, two rows of merged headers (LISTING_HEADERS), then one row per school.
 * @example await listingBook([['城关第一小学', '小学', '', '是', 480, …]]);
 */
export async function listingBook(rows: (string | number)[][], o: { groups?: boolean; codes?: boolean; headers?: [string, string[]][] } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('过录表');
  const headers = o.headers ?? LISTING_HEADERS;
  const width = headers.reduce((n, [, subs]) => n + Math.max(1, subs.length), 0);
  ws.getCell(1, 1).value = '2025学年初全县中小学基本情况过录表';
  ws.mergeCells(1, 1, 1, width);
  // With `groups`, a third header row on top: 学校 over the first four columns, 学生 / 教师 / 办学条件 over the rest.
  const top = o.groups ? 3 : 2;
  if (o.groups) {
    const spans: [string, number, number][] = [['学校', 1, 4], ['学生', 5, 7], ['教师', 8, 15], ['办学条件', 16, width]];
    for (const [t, a, b] of spans) {
      ws.getCell(2, a).value = t;
      ws.mergeCells(2, a, 2, b);
    }
  }
  let c = 1;
  for (const [head, subs] of headers) {
    ws.getCell(top, c).value = head;
    if (subs.length === 0) {
      ws.mergeCells(top, c, top + 1, c);
      c++;
      continue;
    }
    subs.forEach((s, k) => (ws.getCell(top + 1, c + k).value = s));
    ws.mergeCells(top, c, top, c + subs.length - 1);
    c += subs.length;
  }
  let first = top + 2;
  // With `codes`, a column-code row 甲 乙 1 2 3 … under the headers.
  if (o.codes) {
    for (let k = 1; k <= width; k++) ws.getCell(first, k).value = k === 1 ? '甲' : k === 2 ? '乙' : k - 2;
    first++;
  }
  rows.forEach((r, i) => r.forEach((v, k) => (ws.getCell(first + i, k + 1).value = v === '' ? null : typeof v === 'number' ? String(v) : v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
