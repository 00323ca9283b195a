import { MetricError } from './errors';

/**
 * a ÷ b for counts of students, with the errors a statistician needs to see: a zero or negative
 * denominator is not a ratio. Shared by per100, perStudent and rate.
 * @example
 * divide(900, 200, '学生数 / students'); // 4.5
 * divide(1, 0, '学生数 / students');     // throws MetricError #DIV/0!
 */
export function divide(a: number, b: number, denominator: string): number {
  if (b > 0 && a >= 0) return a / b; // the usual case, with no message to build
  const [zh, en] = denominator.split(' / ');
  if (b === 0) throw new MetricError('#DIV/0!', `${zh}为0，无法计算`, `${en} is 0`);
  if (b < 0) throw new MetricError('#NUM!', `${zh}不能为负数`, `${en} cannot be negative`);
  if (a < 0) throw new MetricError('#NUM!', '分子不能为负数', 'the numerator cannot be negative');
  return a / b;
}
