import { MetricError } from './errors';

/**
 * 差异系数: the student-weighted coefficient of variation of a school-level indicator, as
 * 《县域义务教育优质均衡发展督导评估办法》 computes it. With school value Xᵢ and enrolment Pᵢ,
 * P = ΣPᵢ: X̄ = ΣPᵢXᵢ/P, S = √(Σ(Pᵢ/P)(Xᵢ−X̄)²), CV = S/X̄. An unweighted CV is a known wrong answer.
 * Pairs are already cleaned by the caller (blanks skipped).
 * @example
 * // two schools: 4 m²/student with 100 students, 6 m²/student with 300 students
 * // X̄ = (400+1800)/400 = 5.5; S² = 0.25·2.25 + 0.75·0.25 = 0.75; CV = √0.75/5.5 ≈ 0.157459
 * diffCoef([4, 6], [100, 300]); // 0.15745916432444337
 */
export function diffCoef(values: number[], students: number[]): number {
  if (values.length !== students.length) {
    throw new MetricError('#VALUE!', '指标值与学生数的个数不同', 'values and students differ in length');
  }
  if (values.length === 0) throw new MetricError('#DIV/0!', '没有可计算的学校', 'no school to compute over');
  let p = 0;
  let px = 0;
  for (let i = 0; i < values.length; i++) {
    if (students[i] < 0) throw new MetricError('#NUM!', '学生数不能为负数', 'student counts cannot be negative');
    p += students[i];
    px += students[i] * values[i];
  }
  if (p === 0) throw new MetricError('#DIV/0!', '学生总数为0', 'total students is 0');
  const mean = px / p;
  if (mean === 0) throw new MetricError('#DIV/0!', '加权平均值为0，差异系数无定义', 'the weighted mean is 0; the coefficient is undefined');
  let s2 = 0;
  for (let i = 0; i < values.length; i++) s2 += (students[i] / p) * (values[i] - mean) ** 2;
  return Math.sqrt(s2) / Math.abs(mean);
}
