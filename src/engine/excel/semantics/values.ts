/**
 * The values the rule book speaks of, the same for both routes: a cell's value as HyperFormula
 * holds it (blank is null, an error value is `{ error }` with its literal), and a range's values
 * row by row in one flat array. The fast path computes with these directly; the HyperFormula
 * override plugin (../../hf/excel-plugin.ts) converts its own values into these and back.
 */

/** A computed value: a number, text, logical, blank (null) or an error value. */
export type Val = number | string | boolean | null | { error: string };

/** An error value, by its literal ('#DIV/0!' …). */
export type Err = { error: string };

/**
 * A range's values (or an array expression's), row by row in one flat array: `v[r * w + c]`.
 * Why flat: a county column of 50,000 cells read as 50,000 one-element rows was the bulk of what
 * the fast path allocated at 50,000 schools — each SUMPRODUCT over a whole column made several
 * such arrays, too big and too long-lived to die young, so the old generation filled with them and
 * the garbage collector took a third of `fill`'s time. One flat array per range is a single object.
 * @example
 * const m = new Matrix(2, 3, [1, 2, 3, 4, 5, 6]); // two rows of three
 * m.v[1 * m.w + 2];                                // 6: row 1, column 2
 */
export class Matrix {
  constructor(
    readonly h: number,
    readonly w: number,
    readonly v: Val[],
  ) {}
}

/**
 * True for an error value (not a matrix, not a plain value).
 * @example
 * isErr({ error: '#N/A' }); // true
 * isErr('#N/A');            // false: text that reads like an error is text
 */
export function isErr(v: unknown): v is Err {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Matrix);
}
