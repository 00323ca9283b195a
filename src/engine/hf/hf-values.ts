/**
 * HyperFormula's values as the rule book's (../excel/semantics/values.ts) and back: the one
 * conversion the override plugin (./excel-plugin) and the EDU plugin (./plugin) make.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { Matrix, isErr, type Val } from '../excel/semantics/values';
import { UNMODELLED, UNMODELLED_MESSAGE } from '../excel/semantics/functions';

/** Each error literal's kind in HyperFormula. */
const KIND: Record<string, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NAME?': ErrorType.NAME,
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#N/A': ErrorType.NA,
  '#CYCLE!': ErrorType.CYCLE,
  '#REF!': ErrorType.REF,
  '#SPILL!': ErrorType.SPILL,
  '#LIC!': ErrorType.LIC,
  '#ERROR!': ErrorType.ERROR,
};
const LITERAL = new Map(Object.entries(KIND).map(([k, v]) => [v, k]));

/** A rule-book error that came from HyperFormula keeps its CellError, message and all. */
type HfErr = { error: string; cell?: CellError };

/**
 * A HyperFormula error for a literal, with the message given.
 * @example
 * hfError('#N/A', '找不到 / not found'); // CellError NA
 */
export function hfError(literal: string, message?: string): CellError {
  return new CellError(KIND[literal] ?? ErrorType.VALUE, message);
}

/**
 * One HyperFormula value as the rule book's: blank null, dates and percents their number, errors `{ error }`.
 * @example
 * fromHf(EmptyValue); // null
 */
export function fromHf(v: unknown): Val {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return { error: LITERAL.get(v.type) ?? '#VALUE!', cell: v } as HfErr;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // ExtendedNumber (dates, percents, currency) carries its number in `val`.
  if (typeof v === 'object' && 'val' in (v as object)) return (v as { val: number }).val;
  return String(v);
}

/**
 * An argument as the rule book takes it: a range as a Matrix.
 * @example
 * argFromHf(SimpleRangeValue.onlyValues([[1], [2]])); // Matrix 2 × 1
 */
export function argFromHf(v: unknown): Val | Matrix {
  if (v instanceof SimpleRangeValue) {
    const data = v.data;
    const out: Val[] = [];
    for (const row of data) for (const x of row) out.push(fromHf(x));
    return new Matrix(v.height(), v.width(), out);
  }
  return fromHf(v);
}

/**
 * A rule-book result as HyperFormula's: an error that came from HyperFormula is given back as it was.
 * @example
 * toHf({ error: '#VALUE!' }); // CellError VALUE
 */
export function toHf(v: Val): unknown {
  if (v === UNMODELLED) return new CellError(ErrorType.NAME, UNMODELLED_MESSAGE);
  if (isErr(v)) return (v as HfErr).cell ?? hfError(v.error);
  return v === null ? EmptyValue : v;
}
