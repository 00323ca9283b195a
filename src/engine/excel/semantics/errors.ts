/**
 * Error values: which literals a cell can hold as errors, and which are written to a workbook.
 */

/**
 * The error literals HyperFormula reads as errors when they are a cell's content; any other
 * (#NULL!, #CALC!, #GETTING_DATA) it keeps as text. test/features/fill/fast-path.test.ts checks this
 * list against HyperFormula.
 */
export const ERROR_LITERALS: ReadonlySet<string> = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#REF!', '#VALUE!', '#CYCLE!', '#ERROR!', '#SPILL!']);

/**
 * The error written to a cell for an engine's error: HyperFormula's own kinds, which Excel has
 * not — #CYCLE! (a circular reference), #ERROR! (a parse error), #LIC! (a licence key missing) —
 * become #VALUE!; Excel's own pass unchanged. The one place this mapping is made.
 * @example
 * writtenError('#LIC!');   // '#VALUE!'
 * writtenError('#DIV/0!'); // '#DIV/0!'
 */
export function writtenError(code: string): string {
  return code === '#ERROR!' || code === '#CYCLE!' || code === '#LIC!' ? '#VALUE!' : code;
}
