/**
 * `plan-metrics eval '<formula>' [--json] [--workbook file.xlsx [--sheet 名]]`: evaluates one
 * formula — built-in functions, array constants, EDU functions — with no Excel; in an empty
 * workbook, or against the given one (its sheets, names and date system).
 */
import { evaluateFormula, type Evaluated } from '../../engine/hf/engine';
import { withCatalogLayer } from '../../domain/catalog/layer';

// The plan-file reader (xlsx, YAML) only when --catalog or --profile is given.
const ownPlan = () => require('../../features/own-plan/load') as typeof import('../../features/own-plan/load');

/** What the command prints and its exit code: 0 for a value, 1 for an error value. */
export interface CommandResult { stdout: string; code: number }

/**
 * @example
 * runEval('=EDU.SHORTFALL(5000,3800,6)', { json: true }); // { stdout: '{"value":7200}', code: 0 }
 * runEval('=1/0', {});                                     // { stdout: '#DIV/0!', code: 1 }
 * runEval('=学校!B2*2', { workbook: 'county.xlsx' });        // { stdout: '40', code: 0 }
 */
export function runEval(formula: string, opts: { json?: boolean; workbook?: string; sheet?: string; catalog?: string[]; profile?: string }): CommandResult {
  const plans = { catalog: opts.catalog, profile: opts.profile };
  const r: Evaluated = opts.workbook === undefined
    ? opts.catalog?.length || opts.profile
      ? withCatalogLayer(ownPlan().userLayer(null, plans), () => evaluateFormula(formula))
      : evaluateFormula(formula)
    : // Loaded only with a workbook: the reader is not needed for a lone formula.
      (require('./eval-in-workbook') as typeof import('./eval-in-workbook')).evaluateInWorkbook(formula, opts.workbook, opts.sheet, plans);
  if ('error' in r) {
    return {
      stdout: opts.json ? JSON.stringify({ error: r.error, message: r.message }) : r.message ? `${r.error} ${r.message}` : r.error,
      code: 1,
    };
  }
  if (opts.json) return { stdout: JSON.stringify({ value: r.value }), code: 0 };
  const v = r.value;
  const show = (x: unknown) => (x === null ? '' : typeof x === 'boolean' ? (x ? 'TRUE' : 'FALSE') : String(x));
  return { stdout: Array.isArray(v) ? v.map((row) => row.map(show).join('\t')).join('\n') : show(v), code: 0 };
}
