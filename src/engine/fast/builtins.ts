/**
 * The built-in functions the fast path computes, each as HyperFormula (with this product's
 * ExcelPlugin, src/engine/hf/excel-plugin.ts) computes it:
 * - IF, IFS, NOT, IFERROR, TRUE, FALSE: BooleanPlugin through FunctionPlugin.runFunction — every
 *   argument coerced to its parameter's type in order, the first failing one's error returned;
 * - AND, OR, SUMPRODUCT, COUNTIF, COUNTIFS, SUMIF, SUMIFS, AVERAGEIF, AVERAGEIFS: the rule book's
 *   table (src/engine/excel/semantics/functions.ts), the same rows HyperFormula's override plugin
 *   is generated from; a case the rule book does not cover declines (and keeps Excel's value there);
 * - SUM, MIN, MAX, AVERAGE, COUNT, COUNTA: NumericAggregationPlugin.reduce — a range keeps only
 *   its numbers (COUNTA: its non-blanks), a reference the same, any other argument is coerced to a
 *   number first; the first error met is the result;
 * - SUMPRODUCT's arguments element by element (with ISERROR, ISNUMBER, ISTEXT, ISBLANK inside),
 *   SQRT, TRIM, LEN, and those four IS functions;
 * - the functions of numbers (ROUND, ROUNDUP, ROUNDDOWN, TRUNC, INT, EVEN, ODD, FLOOR, CEILING,
 *   MROUND, MOD): the rule book's table (src/engine/excel/semantics/number-functions.ts), from which
 *   HyperFormula's override is generated too.
 * Every one has rows in the conformance table (src/engine/excel/semantics/proven.ts).
 */
import { NUMBER_FUNCTIONS, type NumberFunction } from '../excel/semantics/number-functions';
import { DECLINE, Matrix, addEps, arithmetic, binary, eachInRange, evalNode, isErr, pluginArg, rangeValues, toBoolean, toNumber, toText, type Err } from './eval-node';
import { finite } from '../excel/semantics/numbers';
import { rangeNumber } from '../excel/semantics/coercion';
import { RULE_FUNCTIONS, UNMODELLED, ruleFunction } from '../excel/semantics/functions';
import type { Val } from '../excel/semantics/values';
import type { Builtin, Env, Node } from './nodes';

export type { Builtin } from './nodes';

const VALUE: Err = { error: '#VALUE!' };
const NA: Err = { error: '#N/A' };
const DIV0: Err = { error: '#DIV/0!' };
const MANY = 255;

type Range = Extract<Node, { t: 'range' }>;

/**
 * NumericAggregationPlugin.reduce: `keep` maps a value to what is folded (undefined: skipped; an
 * error: the result). A range is folded on its own, then into the running value.
 */
function reduce<T>(args: Node[], env: Env, init: T, fold: (acc: T, x: T) => T, keep: (v: Val) => T | Err | undefined): T | Err {
  let acc = init;
  for (const a of args) {
    if (a.t === 'range') {
      let part = init;
      let error: Err | undefined;
      eachInRange(a, env, (v) => {
        const k = keep(v);
        if (k === undefined) return true;
        if (isErr(k)) {
          error = k;
          return false;
        }
        part = fold(part, k);
        return true;
      });
      if (error) return error;
      acc = fold(part, acc);
      continue;
    }
    let v = evalNode(a, env);
    // A reference is kept or skipped as it is; any other argument is made a number first.
    if (a.t !== 'ref') v = toNumber(v);
    const k = keep(v);
    if (k === undefined) continue;
    if (isErr(k)) return k;
    acc = fold(acc, k);
  }
  return acc;
}

const numbers = rangeNumber;

function extreme(args: Node[], env: Env, init: number, pick: (a: number, b: number) => number): Val {
  const r = reduce(args, env, init, pick, numbers);
  // zeroForInfinite: no number at all gives 0.
  return isErr(r) ? r : Number.isFinite(r) ? r : 0;
}

/** runFunction's coercion of scalar arguments: NUMBER / BOOLEAN / STRING fail with their error. */
function numberArgs(args: Node[], env: Env, defaults: number[]): number[] | Err {
  const vals = args.map((a) => evalNode(a, env));
  const out: number[] = [];
  for (let k = 0; k < Math.max(vals.length, defaults.length); k++) {
    const x = k < vals.length ? toNumber(vals[k]) : defaults[k];
    if (isErr(x)) return x;
    out.push(x);
  }
  return out;
}

function bool(v: Val): boolean | Err {
  const b = toBoolean(v);
  return b === undefined ? VALUE : b;
}

/**
 * A rule-book function (src/engine/excel/semantics/functions.ts) with its arguments computed as
 * HyperFormula hands them to a plugin: a range as a Matrix, a one-cell range as its value
 * (evaluateAst unwraps it) for an 'any' parameter — a cell reference as a 1 × 1 Matrix where the
 * row asks `refAsRange`, as ExcelPlugin.rule does; inside SUMPRODUCT, element by element.
 */
function rule(name: string): Builtin {
  const f = ruleFunction(name)!;
  const arrays = f.param === 'range';
  return {
    min: f.min,
    max: f.max,
    arrays,
    fn: (args, env) => {
      const r = f.fn(
        args.map((a) => {
          if (arrays) return arrayOf(a, env);
          const v = pluginArg(a, env);
          // A cell reference or a one-cell range as a 1 × 1 range where the row asks `refAsRange`;
          // an error there is handed on as it is: HyperFormula's runFunction returns such an
          // argument before the row's rule runs (AND(A3:B5,F4) gives F4's error, a fresh FC_SEED found it).
          if (f.refAsRange && (a.t === 'ref' || a.t === 'range') && !(v instanceof Matrix) && !isErr(v)) return new Matrix(1, 1, [v]);
          return v;
        }),
      );
      // A case the rule book does not cover: HyperFormula's route keeps Excel's value for it.
      if (r === UNMODELLED) throw DECLINE;
      return r;
    },
  };
}

/**
 * An argument of SUMPRODUCT, element by element (HyperFormula's array arithmetic). A one-cell
 * result is its value, as evaluateAst unwraps every 1 × 1 array it returns.
 */
function arrayOf(n: Node, env: Env): Val | Matrix {
  const v = arrayRaw(n, env);
  return v instanceof Matrix && v.v.length === 1 ? v.v[0] : v;
}

function arrayRaw(n: Node, env: Env): Val | Matrix {
  switch (n.t) {
    case 'range':
      return rangeValues(n, env);
    case 'neg':
    case 'pct':
    case 'plus': {
      const a = arrayOf(n.a, env);
      if (!(a instanceof Matrix)) return evalNode(n, env);
      if (n.t === 'plus') return a;
      return new Matrix(a.h, a.w, a.v.map((x) => unaryRaw(n.t === 'neg', x)));
    }
    case 'op': {
      const a = arrayOf(n.a, env);
      const b = arrayOf(n.b, env);
      const ma = a instanceof Matrix;
      const mb = b instanceof Matrix;
      if (!ma && !mb) return binary(n.op, a, b);
      // binaryRangeWrapper: an operand that is an error is the result before any broadcasting.
      if (!ma && isErr(a)) return a;
      if (!mb && isErr(b)) return b;
      const h = ma ? a.h : (b as Matrix).h;
      const w = ma ? a.w : (b as Matrix).w;
      // Ranges of different sizes: HyperFormula pads and broadcasts; not modelled.
      if (ma && mb && (b.h !== h || b.w !== w)) throw DECLINE;
      // Row by row, as the matrices are laid out: the same order as HyperFormula's.
      const out: Val[] = [];
      for (let k = 0; k < h * w; k++) out.push(elementOp(n.op, ma ? a.v[k] : (a as Val), mb ? b.v[k] : (b as Val)));
      return new Matrix(h, w, out);
    }
    case 'fn': {
      const each = n.impl.each;
      if (!each) throw DECLINE; // the parser lets only ISERROR & co. stand here
      const a = arrayOf(n.args[0], env);
      return a instanceof Matrix ? new Matrix(a.h, a.w, a.v.map(each)) : each(a);
    }
    default:
      return evalNode(n, env);
  }
}

/** One element of array arithmetic: the operator without evaluateAst's #NUM! and −0 fixes (declined when they would matter). */
function elementOp(op: string, a: Val, b: Val): Val {
  const v = arithmetic(op, a, b);
  if (isErr(v) && v.error === '#NUM!' && !isErr(a) && !isErr(b)) throw DECLINE;
  return v;
}

function unaryRaw(neg: boolean, x: Val): Val {
  const v = toNumber(x);
  if (isErr(v)) return v;
  const r = neg ? -v : v / 100;
  if (!Number.isFinite(r)) throw DECLINE;
  return r;
}

/** ISERROR & co.: true or false of any value, errors included (a SCALAR parameter). */
function is(test: (v: Val) => boolean): Builtin {
  return { min: 1, max: 1, each: test, fn: (args, env) => test(evalNode(args[0], env)) };
}

/**
 * A function of numbers from the rule book's table (src/engine/excel/semantics/number-functions.ts):
 * each argument coerced as HyperFormula's NUMBER parameter (a left-out optional one takes its
 * default), the row's result, non-finite as #NUM!.
 */
function numeric(f: NumberFunction): Builtin {
  const required = f.params.filter((d) => d === undefined).length;
  const defaults = f.params.map((d) => d ?? NaN);
  return {
    min: required,
    max: f.params.length,
    fn: (args, env) => {
      const xs = numberArgs(args, env, defaults);
      if (isErr(xs)) return xs;
      const r = f.fn(...xs);
      return typeof r === 'number' ? finite(r) : r;
    },
  };
}

/** By name (upper case, as Excel stores it). */
export const BUILTINS: Record<string, Builtin | undefined> = {
  TRUE: { min: 0, max: 0, fn: () => true },
  FALSE: { min: 0, max: 0, fn: () => false },
  IF: {
    min: 2,
    max: 3,
    fn: (args, env) => {
      const c = bool(evalNode(args[0], env));
      if (isErr(c)) return c;
      // IF(c, x) when c is false: FALSE (the third parameter's default).
      if (!c) return args.length > 2 ? evalNode(args[2], env) : false;
      return evalNode(args[1], env);
    },
  },
  IFS: {
    min: 2,
    max: MANY,
    fn: (args, env) => {
      if (args.length % 2) throw DECLINE;
      const vals = args.map((a) => evalNode(a, env));
      const conds: boolean[] = [];
      for (let k = 0; k < vals.length; k += 2) {
        const c = bool(vals[k]);
        if (isErr(c)) return c;
        conds.push(c);
      }
      const k = conds.indexOf(true);
      return k < 0 ? NA : vals[2 * k + 1];
    },
  },
  NOT: {
    min: 1,
    max: 1,
    fn: (args, env) => {
      const c = bool(evalNode(args[0], env));
      return isErr(c) ? c : !c;
    },
  },
  IFERROR: {
    min: 2,
    max: 2,
    fn: (args, env) => {
      const v = evalNode(args[0], env);
      const alt = evalNode(args[1], env);
      return isErr(v) ? alt : v;
    },
  },

  SUM: { min: 1, max: MANY, fn: (args, env) => reduce(args, env, 0, addEps, numbers) },
  MIN: { min: 1, max: MANY, fn: (args, env) => extreme(args, env, Infinity, Math.min) },
  MAX: { min: 1, max: MANY, fn: (args, env) => extreme(args, env, -Infinity, Math.max) },
  COUNT: { min: 1, max: MANY, fn: (args, env) => reduce(args, env, 0, (a, b) => a + b, (v) => (typeof v === 'number' ? 1 : 0)) },
  COUNTA: { min: 1, max: MANY, fn: (args, env) => reduce(args, env, 0, (a, b) => a + b, (v) => (v === null ? 0 : 1)) },
  AVERAGE: {
    min: 1,
    max: MANY,
    fn: (args, env) => {
      // AverageResult as [sum, count] (an array, never taken for an error value).
      const r = reduce<[number, number]>(args, env, [0, 0], (a, b) => [a[0] + b[0], a[1] + b[1]], (v) => (typeof v === 'number' ? [v, 1] : isErr(v) ? v : undefined));
      if (isErr(r)) return r;
      return r[1] > 0 ? finite(r[0] / r[1]) : DIV0;
    },
  },
  SQRT: {
    min: 1,
    max: 1,
    fn: (args, env) => {
      const x = numberArgs(args, env, []);
      return isErr(x) ? x : finite(Math.sqrt(x[0]));
    },
  },
  TRIM: {
    min: 1,
    max: 1,
    fn: (args, env) => {
      const s = toText(evalNode(args[0], env));
      return isErr(s) ? s : s.replace(/^ +/g, '').replace(/ +$/g, '').replace(/ +/g, ' ');
    },
  },
  LEN: {
    min: 1,
    max: 1,
    fn: (args, env) => {
      const s = toText(evalNode(args[0], env));
      return isErr(s) ? s : s.length;
    },
  },
  ISERROR: is(isErr),
  ISNUMBER: is((v) => typeof v === 'number'),
  ISTEXT: is((v) => typeof v === 'string'),
  ISBLANK: is((v) => v === null),
};
// The rule book's functions of numbers (ROUND, INT, MOD …) and its others (AND, OR, SUMPRODUCT,
// COUNTIF, SUMIF …): one table each for both routes.
for (const f of NUMBER_FUNCTIONS) BUILTINS[f.name] = numeric(f);
for (const f of RULE_FUNCTIONS) BUILTINS[f.name] = rule(f.name);
