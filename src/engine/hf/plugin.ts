/**
 * The EDU functions as a HyperFormula function plugin, generated from the one table in
 * src/domain/edu/table.ts: same names, same parameters, same core — only the value conversion is here.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';

// HyperFormula does not export its AST and interpreter-state types from the package root; these
// are the few fields the plugin reads (stable across 3.x: see typings/parser/Ast.d.ts).
interface Ast {
  type: string;
  value?: unknown;
  reference?: { toSimpleCellAddress(base: unknown): unknown };
  start?: { toSimpleCellAddress(base: unknown): unknown };
  end?: { toSimpleCellAddress(base: unknown): unknown };
}
interface ProcedureAst extends Ast { procedureName: string; args: Ast[] }
type InterpreterState = { formulaAddress: unknown };
import { isMetricError } from '../../domain/core/errors';
import type { CellInput } from '../../domain/core/parse';
import type { Arg, EduResult } from '../../domain/edu/args';
import { callEdu, FUNCTIONS, requiredArgs, specOf, type FunctionSpec, type Shape } from '../../domain/edu/table';
import { marshalEdu, Passed, type HostValues } from '../../domain/edu/marshal';
import { hfError } from './hf-values';

/** A HyperFormula cell value as the core's CellInput (blank → null, typed numbers → number). */
function toInput(v: unknown): CellInput {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // ExtendedNumber (dates, percents, currency) carries its number in `val`.
  if (typeof v === 'object' && 'val' in (v as object)) return (v as { val: number }).val;
  return String(v);
}

/** HyperFormula's values as the one EDU marshaller reads them (src/domain/edu/marshal.ts). */
const HF_VALUES: HostValues<CellError> = {
  error: (v) => (v instanceof CellError ? v : undefined),
  rows: (v) => (v instanceof SimpleRangeValue ? v.data : undefined),
  cell: toInput,
  // An optional argument not given arrives as undefined.
  omitted: (v) => v === undefined,
};

/** A core result as a HyperFormula value. */
function fromResult(r: EduResult | Passed<CellError>): unknown {
  if (r instanceof Passed) return r.error;
  if (isMetricError(r)) return hfError(r.code, r.message);
  if (Array.isArray(r)) return SimpleRangeValue.onlyValues(r);
  return r;
}

/** Runs one spec on HyperFormula-evaluated arguments. */
function run(spec: FunctionSpec, raw: unknown[]): unknown {
  return fromResult(marshalEdu(spec, raw, HF_VALUES));
}

const implemented: ImplementedFunctions = {};
for (const spec of FUNCTIONS) {
  implemented[`EDU.${spec.name}`] = {
    method: 'edu',
    // A range where one value is expected is refused by the core (#VALUE!), as in Excel, rather
    // than silently spilled over the range.
    vectorizationForbidden: true,
    ...(spec.result === 'matrix' ? { sizeOfResultArrayMethod: 'eduSize' } : {}),
    parameters: spec.params.map((p) => ({
      // ANY (not NOERROR) so that a range given for a single value reaches the core and gets its
      // message, as in Excel; an error value in an argument is still returned unchanged.
      argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
  };
}

// `edu` runs for every EDU cell of a workbook: the name after 'EDU.' goes straight to specOf's map.
/** The spec of an EDU formula's function. @example specByProcedure('EDU.PER100').name; // 'PER100' */
function specByProcedure(procedureName: string): FunctionSpec {
  return BY_PROCEDURE.get(procedureName) ?? specOf(procedureName.slice(4))!;
}
const BY_PROCEDURE = new Map(FUNCTIONS.map((f) => [`EDU.${f.name}`, f]));

/** A literal argument's value at parse time, or `undefined` when it is not a literal. */
function literal(ast: Ast): CellInput | undefined {
  switch (ast.type) {
    case 'STRING':
    case 'NUMBER':
      return ast.value as CellInput;
    case 'EMPTY':
      return null;
    default:
      return undefined;
  }
}

/**
 * The HyperFormula plugin. Register it (with its translations) before building an instance:
 * see `createEngine` in ./engine.
 * @example
 * HyperFormula.registerFunctionPlugin(EduPlugin, EduTranslations);
 */
export class EduPlugin extends FunctionPlugin {
  static implementedFunctions = implemented;

  /** Every EDU function goes through here; the formula's name picks the spec. */
  edu(ast: ProcedureAst, state: InterpreterState) {
    const spec = specByProcedure(ast.procedureName);
    try {
      const n = ast.args.length;
      if (this.directPath && spec.result !== 'matrix' && n <= spec.params.length && n >= requiredArgs(spec)) return this.runDirect(spec, ast, state);
      const result = this.runFunction(ast.args as any, state as any, this.metadata(`EDU.${spec.name}`), (...raw: unknown[]) => run(spec, raw) as any);
      return spec.result === 'matrix' ? this.fitPrediction(ast, result, state) : result;
    } catch (e) {
      // HyperFormula 3.5 throws 'Unknown array' (and the whole workbook fails to build) when an
      // argument is exactly the area of a spilled formula whose result is an error, as in
      // =EDU.PLACESNEEDED(D20:I24) under an EDU.COHORT missing an input. Pass that error on instead.
      const error = (e as Error)?.message === 'Unknown array' ? this.errorOfSpilledArg(ast, state) : undefined;
      if (error) return error;
      throw e;
    }
  }

  /** Whether `edu` may take `runDirect`; a test turns it off to compare against `runFunction`. */
  protected directPath = true;

  /**
   * What `runFunction` does with this plugin's metadata, for a single-value function given an
   * argument count it accepts — without its general machinery (argument triples, metadata copies,
   * vectorisation and default-value checks), which cost more than the EDU core itself: inside
   * HyperFormula EDU.PER100 took 2.3 µs a call through `runFunction` against 0.6 µs for `A1/B1*100`
   * (bench/micro.ts). Every parameter here is ANY or RANGE with no default, so `runFunction` would:
   * evaluate every argument in order; return the first one that is an error; pass ranges on; turn a
   * single value given for a RANGE parameter into a 1 × 1 range. That is all this does; errors
   * inside ranges are found by `run`, after, in the same order. Wrong argument counts and spilled
   * results still take `runFunction`. test/engine/plugin-direct.test.ts holds the two to the same
   * results.
   */
  private runDirect(spec: FunctionSpec, ast: ProcedureAst, state: InterpreterState): unknown {
    const n = ast.args.length;
    const raw: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) raw[i] = this.evaluateAst(ast.args[i] as any, state as any);
    // The first error value among them, a single value for a range (1 × 1), errors inside ranges:
    // the marshaller's checks, in runFunction's order.
    return run(spec, raw);
  }

  /** Spill sizes predicted at parse time, by formula address: see `fitPrediction`. */
  private predicted = new Map<string, { ast: ProcedureAst; size: ArraySize }>();

  /**
   * HyperFormula sizes a spill before evaluating anything, and aborts the WHOLE workbook when the
   * result turns out larger or smaller. When an argument read at parse time was not yet known (a
   * formula cell, a sheet loaded later), the prediction can be wrong: then this cell shows #VALUE!
   * with the reason instead, and the rest of the workbook is computed.
   */
  private fitPrediction(ast: ProcedureAst, result: unknown, state: InterpreterState): unknown {
    const p = this.predicted.get(JSON.stringify(state.formulaAddress));
    // Only the formula's outermost call spills; a nested EDU call (COHORT inside PLACESNEEDED)
    // shares the address but not the AST node.
    if (!p || p.ast !== ast || !(result instanceof SimpleRangeValue)) return result;
    const want = p.size;
    if (result.height() === want.height && result.width() === want.width) return result;
    return new CellError(
      ErrorType.VALUE,
      '溢出区域的大小取决于尚未计算的单元格；请在公式中直接写出参数（如规划名） / the spill size depends on a cell not computed yet; write the argument (e.g. the plan) in the formula',
    );
  }

  /** The error shown at the top-left cell of a range argument, if any: see `edu`. */
  private errorOfSpilledArg(ast: ProcedureAst, state: InterpreterState): CellError | undefined {
    for (const a of ast.args) {
      if (a.type !== 'CELL_RANGE' || !a.start) continue;
      try {
        const v = (this.dependencyGraph as any).getCellValue(a.start.toSimpleCellAddress(state.formulaAddress));
        if (v instanceof CellError) return v;
      } catch {
        // not readable: try the next argument
      }
    }
    return undefined;
  }

  /**
   * Spill size of a matrix function, needed by HyperFormula at parse time: from the arguments'
   * shapes when the spec says how (`size`), otherwise by running the function on literal
   * arguments; arguments that are references cannot be known yet: #VALUE!.
   */
  eduSize(ast: ProcedureAst, state: InterpreterState) {
    const size = this.predictSize(ast, state);
    // Set after predictSize: nested calls predicted inside it are overwritten by the outermost.
    this.predicted.set(JSON.stringify(state.formulaAddress), { ast, size });
    return size;
  }

  private predictSize(ast: ProcedureAst, state: InterpreterState) {
    const spec = specByProcedure(ast.procedureName);
    if (spec.size) {
      // A range's or array literal's rows × columns, a value's 1 × 1 (HyperFormula's own predictor).
      const shapes = ast.args.map((a): Shape | undefined => {
        if (a.type === 'EMPTY') return undefined;
        const s = this.arraySizeForAst(a as any, state as any);
        return [s.height, s.width];
      });
      const [rows, cols] = spec.size(shapes);
      return new ArraySize(Math.max(1, cols), Math.max(1, rows));
    }
    const args: Arg[] = [];
    for (const a of ast.args) {
      let v = literal(a);
      if (v === undefined && a.type === 'CELL_REFERENCE' && a.reference) v = this.plainValueAt(a.reference.toSimpleCellAddress(state.formulaAddress));
      // A one-cell range (B1:B1) is read like a reference to that cell.
      if (v === undefined && a.type === 'CELL_RANGE' && a.start && a.end) {
        const from = a.start.toSimpleCellAddress(state.formulaAddress);
        if (JSON.stringify(from) === JSON.stringify(a.end.toSimpleCellAddress(state.formulaAddress))) v = this.plainValueAt(from);
      }
      if (v === undefined) return ArraySize.error();
      args.push(v);
    }
    const r = callEdu(spec.name, args);
    if (!Array.isArray(r)) return ArraySize.scalar();
    return new ArraySize(r[0]?.length ?? 1, r.length);
  }

  /**
   * The value of a referenced cell at parse time, when it is a plain value already in the graph
   * (`=EDU.INDICATORS(B1)` with 南雄市 typed in B1); `undefined` when it is a formula or not loaded.
   */
  private plainValueAt(address: unknown): CellInput | undefined {
    try {
      const v = (this.dependencyGraph as any).getScalarValue(address);
      if (v instanceof CellError) return undefined;
      return toInput(v);
    } catch {
      return undefined;
    }
  }
}

/** Names of the EDU functions for HyperFormula's language packs (the same in every language). */
export const EduTranslations: Record<string, Record<string, string>> = {
  enGB: Object.fromEntries(FUNCTIONS.map((f) => [`EDU.${f.name}`, `EDU.${f.name}`])),
};

