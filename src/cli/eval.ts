/**
 * `plan-metrics eval '<formula>' [--json]`: evaluates one formula — built-in functions, array
 * constants, EDU functions — with no workbook and no Excel.
 */
import { evaluateFormula, type Evaluated } from '../engine/engine';

/** What the command prints and its exit code: 0 for a value, 1 for an error value. */
export interface CommandResult { stdout: string; code: number }

/**
 * @example
 * runEval('=EDU.SHORTFALL(5000,3800,6)', { json: true }); // { stdout: '{"value":7200}', code: 0 }
 * runEval('=1/0', {});                                     // { stdout: '#DIV/0!', code: 1 }
 */
export function runEval(formula: string, opts: { json?: boolean }): CommandResult {
  const r: Evaluated = evaluateFormula(formula);
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
