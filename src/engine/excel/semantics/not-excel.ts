/**
 * Formulas Excel itself would not take as written: a call with a number of arguments the function
 * does not accept (FLOOR(1.2,1,2) — Excel refuses to enter it; LibreOffice's FLOOR takes a third,
 * so a LibreOffice-saved workbook can hold one), and a cell address with row 0 (A0), which Excel
 * reads as a defined name, not a cell. Their cached values are the saving application's, and no
 * rule here can say what Excel would show: the cell keeps its saved value, with the reason (the
 * HyperFormula route, ../../hf/hf-evaluate.ts).
 */

/** Why: a call with the wrong number of arguments. */
export const WHY_ARITY = '函数参数个数不符合 Excel 的规定，保留保存的值 / a function called with a number of arguments Excel does not accept; the saved value is kept';

/** Why: A0 and the like. */
export const WHY_ROW_ZERO = '「A0」不是单元格（Excel 把它读作名称），保留保存的值 / a cell address with row 0 is a name to Excel, not a cell; the saved value is kept';

// An address with row 0, $ signs allowed, standing alone: not part of a longer name, a number or a
// function call (A0( …), and outside string literals (removed first).
const ROW_ZERO = /(^|[^A-Za-z0-9_.$\\])\$?[A-Za-z]{1,3}\$?0+(?![0-9A-Za-z_.(])/;

/**
 * Why a formula is not one Excel takes as written, from its text, or undefined.
 * @example
 * notExcelFormula('A0');         // WHY_ROW_ZERO
 * notExcelFormula('"A0"&B10');   // undefined: in a string, and B10 is a cell
 */
export function notExcelFormula(formula: string): string | undefined {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "'s'!");
  return ROW_ZERO.test(bare) ? WHY_ROW_ZERO : undefined;
}

/**
 * Why an engine's error result means the formula is not one Excel takes: HyperFormula's #N/A for a
 * wrong argument count ("Wrong number of arguments.") and the override plugin's ("…: wrong number
 * of arguments"). Not for a formula calling an EDU function: a wrong count there is the user's
 * mistake in this product's own function, shown as its error (#N/A with the message), not kept.
 * Undefined for any other result.
 * @example
 * wrongArity('#N/A', 'Wrong number of arguments.', 'FLOOR(1.2,1,2)'); // WHY_ARITY
 * wrongArity('#N/A', 'Wrong number of arguments.', 'EDU.PER100(1)');  // undefined
 * wrongArity('#N/A', '', 'VLOOKUP(1,A1:B2,2,0)');                      // undefined
 */
export function wrongArity(error: string, message: string | undefined, formula: string): string | undefined {
  if (error !== '#N/A' || message === undefined || !/wrong number of arguments/i.test(message)) return undefined;
  return /\bEDU\./i.test(formula) ? undefined : WHY_ARITY;
}
