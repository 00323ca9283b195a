/**
 * The Excel side of the one core: converts what Excel passes a custom function (null for an
 * omitted argument, "" or null for a blank cell, any[][] for a range) into core arguments, and a
 * MetricError into a CustomFunctions.Error carrying the Chinese-then-English message (Excel shows
 * messages on #VALUE! and #N/A only; the others show the bare code).
 */
import { isMetricError } from '../../domain/core/errors';
import type { Arg } from '../../domain/edu/args';
import { callEdu, requiredArgs, specOf } from '../../domain/edu/table';

/** Excel's argument as a core argument (blank and omitted → null). */
function toArg(x: unknown): Arg {
  if (x === undefined || x === null || x === '') return null;
  if (Array.isArray(x)) return x.map((row) => (Array.isArray(row) ? row.map((c) => (c === '' || c === undefined ? null : c)) : row)) as Arg;
  return x as Arg;
}

/**
 * Runs an EDU function for Excel; throws CustomFunctions.Error for an error result, as the
 * custom-functions runtime expects.
 * @example
 * excelCall('PER100', [21, 500]); // 4.2
 * excelCall('PER100', [21, 0]);   // throws CustomFunctions.Error (#DIV/0!)
 */
export function excelCall(name: string, args: unknown[]): unknown {
  // Omitted optionals arrive as null: drop trailing ones beyond the required arguments (a null in a
  // required position is a blank cell and must reach the core as one).
  const spec = specOf(name);
  const required = spec ? requiredArgs(spec) : 0;
  const given = [...args];
  while (given.length > required && (given[given.length - 1] === undefined || given[given.length - 1] === null)) given.pop();
  const r = callEdu(name, given.map(toArg));
  if (isMetricError(r)) {
    // CustomFunctions.ErrorCode's values are the codes themselves ('#VALUE!' …).
    const code = r.code as CustomFunctions.ErrorCode;
    // #DIV/0! and #NUM! cannot carry a message in Excel; passing one is refused, so we don't.
    const withMessage = r.code === '#VALUE!' || r.code === '#N/A';
    throw withMessage ? new CustomFunctions.Error(code, r.message) : new CustomFunctions.Error(code);
  }
  return r;
}
