/**
 * The shape of a conformance row. The conformance table is the specification of every EDU function:
 * each row runs through the Excel adapter AND through HyperFormula as a formula, and both must give
 * the expected result — and the same result as each other.
 */
export type Scalar = number | string | boolean | null | undefined;
/**
 * An argument: a scalar literal, a blank cell (`null`: a reference to an empty cell), an omitted
 * argument (`undefined`: `EDU.F(1, , 2)`), or a range (a matrix of cells, `null` for blanks).
 */
export type CaseArg = Scalar | Scalar[][];
export type ErrorExpect = { error: '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!'; message?: RegExp };
export type Expect = number | string | boolean | (number | string | boolean)[][] | ErrorExpect | { matrix: (m: unknown[][]) => void };

export interface Case {
  fn: string;
  args: CaseArg[];
  expect: Expect;
  /** Where the expected value comes from: the document, a hand calculation, or the rule tested. */
  why: string;
}

/** A blank cell. */
export const BLANK = null;
/** An omitted argument. */
export const OMIT = undefined;
/** A column range from a list. */
export const col = (...xs: Scalar[]): Scalar[][] => xs.map((x) => [x]);
/** A row range from a list. */
export const row = (...xs: Scalar[]): Scalar[][] => [xs];
export const err = (error: ErrorExpect['error'], message?: RegExp): ErrorExpect => ({ error, message });
