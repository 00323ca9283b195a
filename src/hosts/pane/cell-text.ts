/**
 * Text written into Excel through Range.values stays text. Excel reads a string set through
 * `values` as if it were typed: '=…' becomes a formula, and so does '+…', '-…' and '@…' (Lotus
 * style entry), while a number-like '+1' or '-1' becomes a number. A sheet the pane draws may carry
 * text that came from a workbook (a sheet name in the summary's note) or from the catalog; none of
 * it may turn into a formula (=HYPERLINK, =WEBSERVICE … in a report sent upward). So a string that
 * begins with = + - @, a tab or a carriage return (the OWASP "CSV injection" set) is written with
 * Excel's quote prefix ' — shown and read back without it, stored as text. A string that already
 * begins with ' gets one too, or Excel would eat its own apostrophe.
 *
 * Formulas the pane means to write go through Range.formulas, never through this.
 */
import type { CellValue } from './io';

/** The first characters that make Excel read typed-in text as a formula (or a number). */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * The value to put in Range.values for a cell that must hold `v` as written: numbers, booleans and
 * null as they are, a string that Excel would take for a formula behind a quote prefix.
 * @example
 * asCellValue('=HYPERLINK("http://x")'); // '\'=HYPERLINK("http://x")'
 * asCellValue('学校'); // '学校'
 * asCellValue(-1); // -1
 */
export function asCellValue<T extends CellValue>(v: T): T | string {
  return typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v;
}
