/**
 * The Excel side of the one core: converts what Excel passes a custom function (null for an
 * omitted argument, "" or null for a blank cell, any[][] for a range) into core arguments, and a
 * MetricError into a CustomFunctions.Error carrying the Chinese-then-English message (Excel shows
 * messages on #VALUE! and #N/A only; the others show the bare code).
 */
import { isMetricError } from '../../domain/core/errors';
import type { CellInput } from '../../domain/core/parse';
import { callEdu, specOf } from '../../domain/edu/table';
import { marshalEdu, Passed, type HostValues } from '../../domain/edu/marshal';

/** Excel's values as the one EDU marshaller reads them: blank and omitted are null (or undefined, or ""). */
const EXCEL_VALUES: HostValues<never> = {
  error: () => undefined,
  rows: (x) => (Array.isArray(x) ? x : undefined),
  cell: (x) => (x === undefined || x === null || x === '' ? null : (x as CellInput)),
  // Omitted optionals arrive as null: trailing ones beyond the required arguments are dropped (a
  // null in a required position is a blank cell and reaches the core as one).
  omitted: (x) => x === undefined || x === null,
};

/**
 * Runs an EDU function for Excel; throws CustomFunctions.Error for an error result, as the
 * custom-functions runtime expects.
 * @example
 * excelCall('PER100', [21, 500]); // 4.2
 * excelCall('PER100', [21, 0]);   // throws CustomFunctions.Error (#DIV/0!)
 */
export function excelCall(name: string, args: unknown[]): unknown {
  const spec = specOf(name);
  const r = spec ? marshalEdu(spec, args, EXCEL_VALUES) : callEdu(name, []);
  if (r instanceof Passed) throw r.error;
  if (isMetricError(r)) {
    // CustomFunctions.ErrorCode's values are the codes themselves ('#VALUE!' …).
    const code = r.code as CustomFunctions.ErrorCode;
    // #DIV/0! and #NUM! cannot carry a message in Excel; passing one is refused, so we don't.
    const withMessage = r.code === '#VALUE!' || r.code === '#N/A';
    throw withMessage ? new CustomFunctions.Error(code, r.message) : new CustomFunctions.Error(code);
  }
  return r;
}
