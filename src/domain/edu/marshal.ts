/**
 * The one EDU argument marshaller: every host (Excel's custom functions, WPS, the HyperFormula
 * plugin, the fast path) hands its raw arguments here with a description of its own values
 * (`HostValues`), and gets the core's result — or, unchanged, the first error value among the
 * arguments. The checks, in HyperFormula's order (FunctionPlugin.runFunction, then the plugin's
 * conversion), written once:
 *  1. trailing omitted arguments beyond the required ones are dropped (an omitted optional);
 *  2. the argument count: outside the spec's, #N/A (callSpec);
 *  3. the first argument that is itself an error value is the result, unchanged;
 *  4. the first error inside a range, in argument order, row by row, is the result;
 *  5. a single value given where the function takes a range arrives as a 1 × 1 range;
 *  6. the core (callSpec), whose result is rounded to 15 digits there.
 */
import type { CellInput } from '../core/parse';
import type { Arg, EduResult } from './args';
import { callSpec, requiredArgs, type FunctionSpec } from './table';

/** What a host's values are. */
export interface HostValues<E> {
  /** The host's error value this is, to be handed back unchanged; undefined when it is none. */
  error(v: unknown): E | undefined;
  /** A range's rows when the value is a range; undefined for a single value. */
  rows(v: unknown): ArrayLike<unknown> | undefined;
  /** A single value as the core takes it (blank → null). */
  cell(v: unknown): CellInput;
  /** True for a trailing argument that stands for an omitted optional one. */
  omitted(v: unknown): boolean;
  /**
   * True when `cell` gives back every value unchanged (the fast path's values are the core's):
   * a range's rows are then handed on as they are, once checked for errors, not copied.
   */
  cellsAsCore?: boolean;
}

/** An error value of the host found among the arguments, handed back as it came. */
export class Passed<E> {
  constructor(readonly error: E) {}
}

/**
 * Calls an EDU function with a host's raw arguments.
 * @example
 * const plain: HostValues<never> = { error: () => undefined, rows: (v) => (Array.isArray(v) ? v : undefined), cell: (v) => (v ?? null) as CellInput, omitted: (v) => v == null };
 * marshalEdu(specOf('PER100')!, [21, 500], plain); // 4.2
 * marshalEdu(specOf('PER100')!, [21], plain);      // MetricError #N/A (two arguments needed)
 */
export function marshalEdu<E>(spec: FunctionSpec, raw: ArrayLike<unknown>, host: HostValues<E>): EduResult | Passed<E> {
  let n = raw.length;
  const required = requiredArgs(spec);
  while (n > required && host.omitted(raw[n - 1])) n--;
  if (n < required || n > spec.params.length) return callSpec(spec, new Array<Arg>(n).fill(null));
  const ranges: (ArrayLike<unknown> | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const v = raw[k];
    const rows = host.rows(v);
    if (rows !== undefined) {
      ranges[k] = rows;
      continue;
    }
    const e = host.error(v);
    if (e !== undefined) return new Passed(e);
  }
  const args: Arg[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const rows = ranges[k];
    if (rows === undefined) {
      const c = host.cell(raw[k]);
      args[k] = spec.params[k].range ? [[c]] : c;
      continue;
    }
    const m: CellInput[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) {
        // Not rows of cells (a 1-D array): handed on as it came, for the core to refuse.
        const e = host.error(row);
        if (e !== undefined) return new Passed(e);
        m[r] = host.cell(row) as unknown as CellInput[];
        continue;
      }
      if (host.cellsAsCore) {
        for (let c = 0; c < row.length; c++) {
          const e = host.error(row[c]);
          if (e !== undefined) return new Passed(e);
        }
        m[r] = row as CellInput[];
        continue;
      }
      const out: CellInput[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) {
        const e = host.error(row[c]);
        if (e !== undefined) return new Passed(e);
        out[c] = host.cell(row[c]);
      }
      m[r] = out;
    }
    args[k] = m;
  }
  return callSpec(spec, args);
}
