import { MetricError } from './errors';
import type { Measure } from './measure';
import { exponentOf, roundResult } from './precision';

/**
 * What a school with `students` must get to bring an indicator from `value` up to `target`, in the
 * indicator's own thing: (target − value) × students ÷ 100 for one per 100 students, × students for
 * one per student. It is worked on Excel's 15-significant-digit values (roundResult) — what the
 * standard asks (4.2 × 500 ÷ 100 = 21 teachers), what the school has (15), their difference — BEFORE
 * a whole thing is rounded up, so an exact need is not one too many: (4.2 − 3.0) × 500 ÷ 100 is
 * 6.000000000000001 in binary floating point, yet 6 teachers, not 7; and 500 students at 3.78 m²
 * short of 3.825 need 1912.5 − 1890 = 22.5 m², not 22.5000000000002. 0 when the value is met.
 * @example
 * needToReach(3.0, 4.2, 500, { per: 100, whole: true }); // 6   (exactly 6.0 teachers)
 * needToReach(3.0, 4.2, 600, { per: 100, whole: true }); // 8   (7.2 teachers)
 * needToReach(3.5, 4.5, 600, { per: 1, whole: false });  // 600 (m²)
 * needToReach(5, 4.5, 600, { per: 1, whole: false });    // 0
 */
export function needToReach(value: number, target: number, students: number, m: Measure): number {
  if (students < 0) throw new MetricError('#NUM!', '学生数不能为负数', 'student counts cannot be negative');
  // What the standard asks of the school and what it has, each at 15 digits (21 and 15 teachers),
  // then their difference: (target − value) first would carry 3.825 − 3.78 = 0.04500000000000037.
  const asked = roundResult((target * students) / m.per);
  let d = roundResult(asked - roundResult((value * students) / m.per));
  if (!(d > 0)) return 0;
  // A value is a 15-digit figure (1981.96850393701 m²/student), so value × students carries its
  // rounding times the students (1e-8 at 1,500 students): kept to 12 significant digits of what the
  // standard asks, 8099.99999999022 元 is the 8100 it is, and 6.0000000001 teachers are 6.
  if (asked > 0) {
    const unit = 10 ** (exponentOf(asked) - 11);
    d = roundResult(Math.round(d / unit) * unit);
  }
  return m.whole ? Math.ceil(d) : d;
}
