/**
 * Coercion, per function family, as both routes compute it (HyperFormula's ArithmeticHelper and
 * FunctionPlugin, which the fast path mirrors value for value):
 *  - arithmetic (+ − * / ^, unary − and %, and a function's number parameter): a blank is 0, the
 *    empty text "" is #VALUE! (`emptyTextNumber`, given to HyperFormula by ../../hf/excel-coercion.ts),
 *    TRUE / FALSE 1 / 0, text that reads as a number is that number ("5" + 1 is 6) — `toNumber`;
 *  - SUM, AVERAGE, MIN, MAX, COUNT over a range or reference: only its numbers count, text and
 *    logicals are skipped, the first error is the result — `rangeNumber`; a value given directly
 *    is made a number first;
 *  - SUMPRODUCT: an entry that is not a number is 0 (./functions.ts `sumproduct`);
 *  - COUNTIF, SUMIF, AVERAGEIF and their …S forms: text that reads as a number meets a number
 *    criterion, at 15 digits (./criteria.ts);
 *  - logical parameters (IF, NOT, AND …): numbers non-zero, "TRUE" / "FALSE" — `toBoolean`;
 *  - text parameters and &: a number by its shortest form — `toText`.
 * A reading not written here (a text HyperFormula would take for a date, a percent or a currency
 * amount) throws NOT_MODELLED: the fast path leaves that cell to HyperFormula.
 */
import { isErr, type Err, type Val } from './values';

/** Thrown where a value's reading is not written here. */
export class NotModelled extends Error {}
export const NOT_MODELLED = new NotModelled('left to HyperFormula');

const VALUE: Err = { error: '#VALUE!' };

/**
 * The empty text "" as a number: #VALUE! in Excel, where a blank cell is 0. `=""` and
 * `=IF(x,"",…)` leave a cell that only looks blank; Excel's arithmetic and a function's number
 * argument reject it as any other text that is not a number (Microsoft, "How to correct a #VALUE!
 * error", support.microsoft.com/office/15e1b616-fbf2-4147-9c0b-0a11a20e409e: "Problems with
 * spaces and text" — cells that look blank but hold text give #VALUE! in `=A1+B1`). POI's
 * FormulaEvalTestData_Copy.xlsx, saved by Excel, caches #VALUE! for E7+C7, -E7, E7^C7, ""*"1",
 * ABS(E7), ROUND(C7,E7)… where E7 is `=""`; HyperFormula reads "" as 0 (its
 * coerceNonDateScalarToMaybeNumber), so 0 or 1 was written. Undefined for any other value.
 * @example
 * emptyTextNumber('');   // { error: '#VALUE!' }
 * emptyTextNumber(null); // undefined: a blank cell is 0, as before
 */
export function emptyTextNumber(v: unknown): Err | undefined {
  return v === '' ? VALUE : undefined;
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/**
 * A value as a number, as HyperFormula's coerceScalarToNumberOrError with Excel's empty text: blank
 * is 0, "" is #VALUE! (`emptyTextNumber`), logicals 1 / 0, "12.5" is 12.5, a text with no digit (and no % or $) is #VALUE!; any other text is not
 * modelled (NOT_MODELLED is thrown).
 * @example
 * toNumber('12.5'); // 12.5
 * toNumber('小学'); // { error: '#VALUE!' }
 */
export function toNumber(v: Val): number | Err {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const empty = emptyTextNumber(v);
    if (empty) return empty;
    if (PLAIN_NUMBER.test(v)) return Number(v);
    // A date, a percent, a currency amount, 1e3, " 5", "1,5"…: HyperFormula's many readings.
    if (/[0-9%$]/.test(v)) throw NOT_MODELLED;
    return VALUE;
  }
  return v;
}

/**
 * A range's (or reference's) entry as SUM, AVERAGE, MIN and MAX take it: a number, or its error;
 * undefined (skipped) for text, logicals and blanks.
 * @example
 * rangeNumber('5');  // undefined: text in a range is skipped, even "5"
 * rangeNumber(4.2);  // 4.2
 */
export function rangeNumber(v: Val): number | Err | undefined {
  return typeof v === 'number' || isErr(v) ? v : undefined;
}

/**
 * A value as a logical, as HyperFormula's coerceScalarToBoolean: undefined for a text that is not
 * TRUE / FALSE / "" (the caller's #VALUE!).
 * @example
 * toBoolean('true'); // true
 * toBoolean(0);      // false
 */
export function toBoolean(v: Val): boolean | Err | undefined {
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    return u === 'TRUE' ? true : u === 'FALSE' || u === '' ? false : undefined;
  }
  return v;
}

/**
 * A value as text, as HyperFormula's coerceScalarToString (a number by JavaScript's toString).
 * @example
 * toText(0.5); // '0.5'
 * toText(true); // 'TRUE'
 */
export function toText(v: Val): string | Err {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'number') return v.toString();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

