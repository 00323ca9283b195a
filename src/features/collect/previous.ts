/**
 * 经验校验 against last year's county table (`--previous 去年汇总.xlsx`), as the MoE's own check
 * tools do: 在校生 changed by more than a third, floor space, sports area or equipment value falling,
 * a school gone or new, an indicator crossing its standard (met last year, missed now, or the other
 * way). Each is a row of the 「核查」 sheet with an empty 说明 for the school to explain.
 */
import { getIndicator } from '../../domain/catalog/index';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { THRESHOLD } from '../../domain/edu/thresholds';
import { cellRef } from '../../xlsx/refs';
import type { CellSpec, SheetSpec } from '../templates/types';
import { asNumber, countyStage } from './checks';
import type { CollectedRow } from './types';

/** The kinds of 经验校验. */
export type ReviewCheck = 'students-change' | 'falling' | 'school-gone' | 'school-new' | 'standard-crossed';

/** One 核查 finding. */
export interface ReviewFinding {
  school: string;
  stage: string;
  check: ReviewCheck;
  /** What is checked: 在校生数, 教学及辅助用房面积 … */
  item: string;
  previous: number | null;
  current: number | null;
  message: string;
}

/** More than this relative change of 在校生 asks for a word (the MoE tools' 1/3). */
export const STUDENT_CHANGE = 1 / 3;
// Raw figures that should not fall from one year to the next (indexes into RESOURCE_INDICATORS order).
const NOT_FALLING: readonly [number, string][] = [[3, '教学及辅助用房面积'], [4, '体育运动场馆面积'], [5, '教学仪器设备值']];
const PER100 = new Set([0, 1, 2, 6]);

const key = (r: CollectedRow) => `${r.name}\u0000${countyStage(r.stage) ?? r.stage}`;

/** The indicator value of a row (per 100 or per student), null when it cannot be computed. */
function indicatorValue(r: CollectedRow, i: number): number | null {
  const n = asNumber(r.raw[i]);
  const s = asNumber(r.students);
  if (n === null || s === null || s <= 0) return null;
  return PER100.has(i) ? (n / s) * 100 : n / s;
}

/**
 * Compares this year's rows with last year's.
 * @example
 * reviewFindings([{ ...a, students: 400 }], [{ ...a, students: 700 }])[0].check; // 'students-change' (−43 %)
 */
export function reviewFindings(current: readonly CollectedRow[], previous: readonly CollectedRow[], plan?: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const prev = new Map(previous.map((r) => [key(r), r]));
  const now = new Map(current.map((r) => [key(r), r]));
  for (const r of current) {
    const stage = countyStage(r.stage) ?? r.stage;
    const p = prev.get(key(r));
    if (!p) {
      out.push({ school: r.name, stage, check: 'school-new', item: '学校', previous: null, current: asNumber(r.students), message: '去年汇总中没有该校（该学段），请说明（新建、更名或拆分） / new since last year' });
      continue;
    }
    const a = asNumber(p.students);
    const b = asNumber(r.students);
    if (a !== null && b !== null && a > 0 && Math.abs(b - a) / a > STUDENT_CHANGE) {
      out.push({ school: r.name, stage, check: 'students-change', item: '在校生数', previous: a, current: b, message: `在校生数由 ${a} 变为 ${b}（${b > a ? '+' : ''}${+(((b - a) / a) * 100).toFixed(1)}%），变化超过三分之一 / students changed by more than a third` });
    }
    for (const [i, item] of NOT_FALLING) {
      const x = asNumber(p.raw[i]);
      const y = asNumber(r.raw[i]);
      // A fall below rounding (a split recomputed) is no fall.
      if (x !== null && y !== null && y < x - 1e-9 * Math.max(1, Math.abs(x))) out.push({ school: r.name, stage, check: 'falling', item, previous: x, current: y, message: `${item}由 ${x} 减少为 ${y} / ${item} fell` });
    }
    RESOURCE_INDICATORS.forEach((id, i) => {
      const x = indicatorValue(p, i);
      const y = indicatorValue(r, i);
      if (x === null || y === null) return;
      let t: number;
      try {
        t = THRESHOLD(id, stage, plan);
      } catch {
        return;
      }
      if ((x >= t) === (y >= t)) return;
      const name = getIndicator(id)?.name ?? id;
      out.push({ school: r.name, stage, check: 'standard-crossed', item: name, previous: +x.toFixed(2), current: +y.toFixed(2), message: `${name}由 ${+x.toFixed(2)} 变为 ${+y.toFixed(2)}，${y >= t ? '由未达标变为达标' : '由达标变为未达标'}（标准 ${t}） / crossed its standard` });
    });
  }
  for (const p of previous) {
    if (now.has(key(p))) continue;
    out.push({ school: p.name, stage: countyStage(p.stage) ?? p.stage, check: 'school-gone', item: '学校', previous: asNumber(p.students), current: null, message: '去年汇总中有该校（该学段），今年没有，请说明（撤并、停办或漏报） / gone since last year' });
  }
  return out;
}

/** Headers of the 核查 sheet, shaped like the MoE 核查报告: the last column is for the school. */
export const REVIEW_HEADERS = ['序号', '学校名称', '学段', '核查项目', '上年数值', '本年数值', '核查提示', '说明（学校填写）'];

/**
 * The 「核查」 sheet.
 * @example reviewSheet([f]).cells.find((c) => c.ref === 'H1')?.value; // '说明（学校填写）'
 */
export function reviewSheet(findings: readonly ReviewFinding[]): SheetSpec {
  const cells: CellSpec[] = REVIEW_HEADERS.map((h, c) => ({ ref: cellRef(0, c), value: h, style: 'header' }));
  findings.forEach((f, i) => {
    const vals: (string | number | null)[] = [i + 1, f.school, f.stage, f.item, f.previous, f.current, f.message];
    vals.forEach((v, c) => {
      if (v !== null && v !== '') cells.push({ ref: cellRef(i + 1, c), value: v, style: typeof v === 'number' ? 'general' : 'text' });
    });
    cells.push({ ref: cellRef(i + 1, 7), style: 'inputText' });
  });
  return { name: '核查', cells, merges: [], columnWidths: { A: 6, B: 24, C: 8, D: 22, E: 12, F: 12, G: 70, H: 30 }, frozen: { rows: 1, cols: 0 } };
}
