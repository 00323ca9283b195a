/**
 * The kindergartens of a collect: a 「幼儿园」 sheet (one row per kindergarten: 在园幼儿数, 专任教师数,
 * 园长数, 班数, and a 合计 row), and the preschool self-assessment sheet it feeds — its 师幼比 item
 * linked to the county's children per full-time teacher (Σ在园幼儿 ÷ Σ专任教师).
 */
import { cellRef } from '../../xlsx/refs';
import { buildPreschoolAssessmentParts } from '../templates/preschool-assessment';
import type { CellSpec, SheetSpec } from '../templates/types';
import type { KindergartenRow } from './types';

/** The sheet's name and headers. */
export const KINDERGARTEN_SHEET = '幼儿园';
export const KINDERGARTEN_HEADERS = ['幼儿园名称', '在园幼儿数', '专任教师数', '园长数', '班数', '每名专任教师对应幼儿数'];

/**
 * The two sheets, or none without kindergartens.
 * @example
 * preschoolSheets([{ name: '城关幼儿园', children: 300, teachers: 20, principals: 1, classes: 10, file: 'a.xlsx', sheet: '', row: 0 }]).map((s) => s.name);
 * // ['幼儿园', '普及普惠自评']
 */
export function preschoolSheets(rows: readonly KindergartenRow[]): SheetSpec[] {
  if (rows.length === 0) return [];
  const cells: CellSpec[] = KINDERGARTEN_HEADERS.map((h, c) => ({ ref: cellRef(0, c), value: h, style: 'header' }));
  rows.forEach((k, i) => {
    const r = i + 1;
    cells.push({ ref: cellRef(r, 0), value: k.name, style: 'text' });
    [k.children, k.teachers, k.principals, k.classes].forEach((v, c) => {
      if (v !== null) cells.push({ ref: cellRef(r, c + 1), value: v, style: 'integer' });
    });
    cells.push({ ref: cellRef(r, 5), formula: `IF(N(C${r + 1})=0,"",B${r + 1}/C${r + 1})`, style: 'number2' });
  });
  const total = rows.length + 1;
  const last = rows.length + 1; // 1-based row of the last kindergarten
  cells.push({ ref: cellRef(total, 0), value: '合计', style: 'label' });
  for (let c = 1; c <= 4; c++) {
    const col = cellRef(0, c).replace(/\d+/, '');
    cells.push({ ref: cellRef(total, c), formula: `SUM(${col}2:${col}${last})`, style: 'integer' });
  }
  cells.push({ ref: cellRef(total, 5), formula: `IF(N(C${total + 1})=0,"",B${total + 1}/C${total + 1})`, style: 'number2' });
  const list: SheetSpec = { name: KINDERGARTEN_SHEET, cells, merges: [], columnWidths: { A: 28, B: 12, C: 12, D: 10, E: 10, F: 22 }, frozen: { rows: 1, cols: 0 } };
  // The assessment's 师幼比 line: children per full-time teacher of the county (its 合计 row).
  const { spec, layout } = buildPreschoolAssessmentParts();
  const ratio = layout.lines[2]?.[2]?.[0]?.value;
  if (ratio) {
    const c = spec.cells.find((x) => x.ref === ratio);
    const formula = `'${KINDERGARTEN_SHEET}'!F${total + 1}`;
    if (c) {
      c.formula = formula;
      delete c.value;
    } else spec.cells.push({ ref: ratio, formula });
  }
  return [list, spec];
}
