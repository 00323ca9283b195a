import { MetricError } from './errors';

/**
 * The share of a 一贯制 school's shared resource that belongs to one section, by weighted students:
 * section students × weight ÷ Σ(students × weight).
 * @example
 * // 九年一贯制: 600 小学, 400 初中, weights 1 : 1.1 → 初中 share = 440 / 1040
 * share(1, [600, 400], [1, 1.1]); // 0.42307692307692313 (400 × 1.1 is 440.00000000000006 in binary)
 */
export function share(index: number, students: number[], weights: number[]): number {
  let total = 0;
  for (let i = 0; i < students.length; i++) {
    if (students[i] < 0) throw new MetricError('#NUM!', '学生数不能为负数', 'students cannot be negative');
    total += students[i] * weights[i];
  }
  if (total === 0) throw new MetricError('#DIV/0!', '各学段学生数均为0', 'every section has 0 students');
  return (students[index] * weights[index]) / total;
}
