/**
 * Excel's functions of numbers alone — the rounding family, INT, EVEN and ODD, FLOOR, CEILING and
 * MROUND, MOD — as one table both routes compute from. Each argument is a number, coerced as
 * HyperFormula's NUMBER parameter coerces it ("5" is 5, TRUE 1, "" #VALUE!); the fast path does
 * that with the rule book's `toNumber` (../../fast/builtins.ts), and the HyperFormula override plugin
 * is generated from these rows (../../hf/excel-plugin.ts), so a fix to Excel's behaviour is one edit
 * of a row. The arithmetic is ../excel-round.ts, on the 15-digit value Excel sees: HyperFormula
 * gives ROUNDUP(0.1*3*10,0) = 4, INT(0.29*100) = 28, ROUND(1.005,2) = 1 and ROUND(21.9/0.2,0) =
 * 109 (its issue #1746); Excel and LibreOffice give 3, 29, 1.01 and 110. Every row has conformance
 * rows (test/conformance/builtins.ts).
 */
import { evenOddExcel, halfAwayFromZero, intExcel, modExcel, multipleExcel, roundExcel } from '../excel-round';
import type { Err } from './values';

/** One function of numbers. */
export interface NumberFunction {
  /** Excel's name (upper case). */
  name: string;
  /** Each parameter's default when it is left out; undefined: the argument is required. */
  params: readonly (number | undefined)[];
  /** The result from the numbers. */
  fn: (...xs: number[]) => number | Err;
}

const NUM: Err = { error: '#NUM!' };
const DIV0: Err = { error: '#DIV/0!' };

/** The rows. */
export const NUMBER_FUNCTIONS: readonly NumberFunction[] = [
  { name: 'ROUND', params: [undefined, 0], fn: (x, p) => roundExcel(x, p, 'half') },
  { name: 'ROUNDUP', params: [undefined, 0], fn: (x, p) => roundExcel(x, p, 'up') },
  { name: 'ROUNDDOWN', params: [undefined, 0], fn: (x, p) => roundExcel(x, p, 'down') },
  { name: 'TRUNC', params: [undefined, 0], fn: (x, p) => roundExcel(x, p, 'down') },
  { name: 'INT', params: [undefined], fn: (x) => intExcel(x) },
  { name: 'EVEN', params: [undefined], fn: (x) => evenOddExcel(x, 'even') },
  { name: 'ODD', params: [undefined], fn: (x) => evenOddExcel(x, 'odd') },
  {
    name: 'FLOOR',
    params: [undefined, undefined],
    fn: (x, sig) => {
      if (x === 0) return 0;
      if (sig === 0) return DIV0;
      if (x > 0 && sig < 0) return NUM;
      return multipleExcel(x, sig, Math.floor);
    },
  },
  {
    name: 'CEILING',
    params: [undefined, undefined],
    // Microsoft, CEILING: CEILING(x, 0) is 0 (HyperFormula: #DIV/0!), and so is CEILING(0, anything).
    fn: (x, sig) => (x === 0 || sig === 0 ? 0 : x > 0 && sig < 0 ? NUM : multipleExcel(x, sig, Math.ceil)),
  },
  {
    name: 'MROUND',
    params: [undefined, undefined],
    fn: (x, m) => (m === 0 || x === 0 ? 0 : (x > 0 && m < 0) || (x < 0 && m > 0) ? NUM : multipleExcel(x, m, halfAwayFromZero)),
  },
  { name: 'MOD', params: [undefined, undefined], fn: (n, d) => (d === 0 ? DIV0 : modExcel(n, d)) },
];

const BY_NAME = new Map(NUMBER_FUNCTIONS.map((f) => [f.name, f]));

/**
 * The row of a function of numbers, or undefined.
 * @example
 * numberFunction('ROUND')?.fn(2.345, 2); // 2.35
 * numberFunction('SUM');                 // undefined
 */
export function numberFunction(name: string): NumberFunction | undefined {
  return BY_NAME.get(name);
}
