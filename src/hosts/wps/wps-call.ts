/**
 * The WPS 表格 (ET) side of the one core: converts what WPS passes a function registered with
 * `wps.AddCustomFunction` into core arguments, and a MetricError into an error as WPS shows it.
 *
 * What WPS documents (365.kdocs.cn, "wps加载项自定义函数", and the wpsjs 2.2.3 et template): calls
 * are synchronous; parameter types are number / string / bool / any and 2-D arrays (`any[][]`) —
 * a 1-D array is refused by wpsjs's own scanner, so a range always arrives as rows of cells.
 * What it does not document, so every plausible form is accepted here:
 *  - an omitted optional argument: missing (`arguments.length` shorter), `undefined`, or `null`;
 *  - a blank cell: `null`, `undefined` or `''`, alone or inside a range;
 *  - a one-cell range: the value itself or `[[value]]` (the core takes both);
 *  - an error returned to a cell: a thrown Error is the one form every JS host turns into an error
 *    value, so the registered function throws (see wpsFunction); `wpsCall` itself returns the error.
 */
import { isMetricError, type ErrorCode } from '../../domain/core/errors';
import type { CellInput } from '../../domain/core/parse';
import { specOf } from '../../domain/edu/table';
import { marshalEdu, Passed, type HostValues } from '../../domain/edu/marshal';
import { withCatalogLayer, type CatalogLayer } from '../../domain/catalog/layer';

/** What `wpsCall` returns: the core's value or matrix, or an error with its code and message. */
export type WpsOutcome = { value: unknown } | { error: ErrorCode; message: string };

/** True for every form WPS may use for "nothing here" (omitted argument or blank cell). */
const isNothing = (x: unknown): boolean => x === undefined || x === null || x === '';

/** WPS's values as the one EDU marshaller reads them. */
const WPS_VALUES: HostValues<never> = {
  error: () => undefined,
  rows: (x) => (Array.isArray(x) ? x : undefined),
  cell: (x) => (isNothing(x) ? null : (x as CellInput)),
  // Trailing nothing beyond the required arguments is an omitted optional (however WPS marks it);
  // nothing in a required position is a blank cell and reaches the core as one.
  omitted: isNothing,
};

/**
 * Runs an EDU function with arguments as WPS passes them; never throws.
 * @example
 * wpsCall('SHORTFALL', [5000, 3800, 6]); // { value: 7200 }
 * wpsCall('PER100', [21, 0]);            // { error: '#DIV/0!', message: '…' }
 */
export function wpsCall(name: string, args: ArrayLike<unknown>): WpsOutcome {
  const spec = specOf(name);
  if (!spec) return { error: '#N/A', message: `没有函数 EDU.${name} / no function EDU.${name}` };
  const r = marshalEdu(spec, Array.from(args), WPS_VALUES);
  if (r instanceof Passed) return r.error;
  if (isMetricError(r)) return { error: r.code, message: r.message };
  return { value: r };
}

/** The error a registered function throws: its message starts with the code WPS should show. */
export class WpsEduError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(`${code} ${message}`);
    this.name = 'WpsEduError';
    this.code = code;
  }
}

/**
 * The function handed to `wps.AddCustomFunction('EDU', name, fn)`: takes the cell arguments as
 * WPS passes them, returns a value or a 2-D array (a spill), throws WpsEduError for an error.
 * @example
 * wpsFunction('SHORTFALL')(5000, 3800, 6); // 7200
 * wpsFunction('TARGET', etPlanLayer(() => window.Application))('毛入园率', 2025, '某某县'); // the sheet's value
 */
export function wpsFunction(name: string, layer?: () => CatalogLayer | null): (...args: unknown[]) => unknown {
  return function eduForWps(...args: unknown[]): unknown {
    // The workbook's own plan (「规划目标」), when the add-in gives a source of it (plan-layer.ts).
    const o = layer ? withCatalogLayer(layer(), () => wpsCall(name, args)) : wpsCall(name, args);
    if ('error' in o) throw new WpsEduError(o.error, o.message);
    return o.value;
  };
}
