import { divide } from './divide';

/**
 * 覆盖率 / 占比 / 入学率: part ÷ whole, as a fraction (format the cell as %).
 * @example
 * rate(850, 1000); // 0.85
 */
export function rate(part: number, whole: number): number {
  return divide(part, whole, '总数 / whole');
}
