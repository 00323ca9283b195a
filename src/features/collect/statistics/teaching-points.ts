/**
 * 教学点 and 分校 (是否计校数 = 否) are no schools of their own: their figures are added to the
 * school they belong to (the same 学段 part), or, when that school is not among the returns, they
 * stay a row of their own — each with a finding. A province profile may leave out the 教学点 under
 * a number of students (`minStudents`).
 */
import { asNumber, countyStage } from '../checks';
import type { CollectedRow, Finding } from '../types';

/**
 * The rows with every 教学点 merged into its school.
 * @example
 * mergeTeachingPoints([parent, point]).rows.length; // 1: the point's 30 students added to parent's 小学
 */
export function mergeTeachingPoints(rows: readonly CollectedRow[], o: { minStudents?: number } = {}): { rows: CollectedRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const out: CollectedRow[] = rows.filter((r) => !r.parent).map((r) => ({ ...r, raw: [...r.raw] }));
  const note = (r: CollectedRow, message: string, info: boolean) =>
    findings.push({ file: r.file, sheet: r.sheet, row: r.row, school: r.name, check: 'teaching-point', value: r.parent ?? '', message, ...(info ? { info } : {}) });
  for (const p of rows.filter((r) => r.parent)) {
    const n = asNumber(p.students) ?? 0;
    if (o.minStudents !== undefined && n < o.minStudents) {
      note(p, `教学点 ${p.name}（${n} 名学生，少于 ${o.minStudents}）按省定口径不计入 / a teaching point under ${o.minStudents} students left out`, true);
      continue;
    }
    const target = out.find((r) => r.name === p.parent && countyStage(r.stage) === countyStage(p.stage) && !r.parent);
    if (!target) {
      note(p, `教学点 ${p.name} 的所属学校「${p.parent}」不在本次汇总中，单独列出 / its school is not among the returns: listed on its own`, false);
      out.push({ ...p, parent: undefined });
      continue;
    }
    const add = (a: number | string | null, b: number | string | null) => {
      const x = asNumber(a);
      const y = asNumber(b);
      return x === null && y === null ? a : (x ?? 0) + (y ?? 0);
    };
    target.students = add(target.students, p.students);
    target.raw = target.raw.map((v, i) => add(v, p.raw[i] ?? null));
    if (target.fullTime !== undefined || p.fullTime !== undefined) target.fullTime = add(target.fullTime ?? null, p.fullTime ?? null);
    note(p, `教学点 ${p.name}（${n} 名学生）并入 ${p.parent} ${countyStage(p.stage) ?? p.stage}部 / teaching point merged into its school`, true);
  }
  return { rows: out, findings };
}
