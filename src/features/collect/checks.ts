/**
 * 逻辑校验 of collected rows: students missing or not a number, a non-numeric figure, a part larger
 * than its whole, a value outside its plausible range, an unknown 学段, duplicate schools.
 */
import { parseNumberText } from '../../domain/core/parse';
import { parseStage } from '../../domain/core/stage';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { getIndicator } from '../../domain/catalog/index';
import { RAW_HEADERS } from './columns';
import { PLAUSIBLE } from './ranges';
import type { CollectedRow, Finding } from './types';

/**
 * A figure as the EDU functions read it (core parseNumberText: full-width digits, thousands
 * separators, 85％, spaces); null for a blank, a blank mark (—) or text that is no number.
 * @example asNumber(' 5.7 '); // 5.7
 * @example asNumber('1，234'); // 1234
 * @example asNumber('abc');   // null
 */
export function asNumber(v: number | string | null | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  return parseNumberText(v) ?? null;
}

/**
 * 小学 / 初中 for a stage text, also as a through-school's part (小学部, 初中部); null otherwise.
 * @example countyStage('小學部'); // '小学'
 * @example countyStage('高中');   // null
 */
export function countyStage(text: string): '小学' | '初中' | null {
  const t = text.trim().replace(/部$/, '');
  try {
    const s = parseStage(t);
    return s === 'primary' ? '小学' : s === 'junior' ? '初中' : null;
  } catch {
    return null;
  }
}

// Per-100 indicators are raw/students×100, per-student ones raw/students (the template's formulas).
const PER100 = new Set(['qualified_teachers_per100', 'backbone_teachers_per100', 'pe_art_teachers_per100', 'multimedia_rooms_per100']);
// Raw teacher counts that are parts of 专任教师数 (indexes into RESOURCE_INDICATORS).
const TEACHER_PARTS = [0, 1, 2];

/**
 * The findings of one row (duplicates are found across rows by duplicateFindings).
 * @example
 * rowFindings({ name: '一小', stage: '小学', students: 'abc', raw: [], file: 'a.xlsx', sheet: 'S', row: 5 })[0].check; // 'students'
 */
export function rowFindings(r: CollectedRow): Finding[] {
  const out: Finding[] = [];
  const at = (check: Finding['check'], value: unknown, message: string) =>
    out.push({ file: r.file, sheet: r.sheet, row: r.row, school: r.name, check, value: value === null || value === undefined ? '' : String(value), message });
  if (countyStage(r.stage) === null) at('stage', r.stage, `学段「${r.stage}」无法识别（应为小学或初中；一贯制学校请分小学部、初中部两行）/ unknown stage (primary or junior; split a through-school into two rows)`);
  const students = asNumber(r.students);
  if (r.students === null || r.students === '') at('students', r.students, '缺少学生数 / students missing');
  else if (students === null) at('students', r.students, `学生数「${r.students}」不是数字 / students is not a number`);
  else if (students < PLAUSIBLE.students.min || students > PLAUSIBLE.students.max) at('range', r.students, `学生数超出合理范围：${PLAUSIBLE.students.why}`);
  const nums = r.raw.map(asNumber);
  RESOURCE_INDICATORS.forEach((id, i) => {
    const v = r.raw[i];
    if (v !== null && v !== undefined && v !== '' && nums[i] === null) at('non-numeric', v, `「${getIndicator(id)?.name ?? id}」的原始数「${v}」不是数字 / a raw figure is not a number`);
    const n = nums[i];
    if (n === null || students === null || students <= 0) return;
    const value = PER100.has(id) ? (n / students) * 100 : n / students;
    const range = PLAUSIBLE[id];
    if (value < range.min || value > range.max) at('range', v, `${getIndicator(id)?.name ?? id} = ${+value.toFixed(2)}，超出合理范围：${range.why}`);
  });
  const whole = asNumber(r.fullTime);
  if (whole !== null) {
    for (const i of TEACHER_PARTS) {
      const part = nums[i];
      if (part !== null && part > whole) at('part-whole', r.raw[i], `${RAW_HEADERS[i][0]} ${part} 大于专任教师数 ${whole} / a part is larger than full-time teachers`);
    }
  }
  return out;
}

/**
 * A school (name and stage) that appears more than once: one finding per appearance after the first.
 * @example duplicateFindings([a, a2]).length; // 1 when a and a2 are both 城关一小 小学
 */
export function duplicateFindings(rows: readonly CollectedRow[]): Finding[] {
  const seen = new Map<string, CollectedRow>();
  const out: Finding[] = [];
  for (const r of rows) {
    if (r.name === '') continue;
    const key = `${r.name}\u0000${countyStage(r.stage) ?? r.stage}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    out.push({ file: r.file, sheet: r.sheet, row: r.row, school: r.name, check: 'duplicate', value: r.name, message: `学校重复，已在 ${first.file} 第${first.row}行 / duplicate school, also in ${first.file} row ${first.row}` });
  }
  return out;
}
