/**
 * Computing a parsed formula (./parse-formula) for one cell, with HyperFormula's semantics as this
 * product configures it (src/engine/hf/engine.ts): blanks read as 0 in arithmetic and "" in text,
 * text numbers ("5") in arithmetic, the 1e-13 relative epsilon on + − and comparisons, text
 * compared without case (its collator), errors propagating left operand first, ±Infinity and NaN
 * as #NUM!, −0 as 0, and a blank result as 0 (evaluateNullToZero). Each rule mirrors a named piece
 * of HyperFormula (ArithmeticHelper, Interpreter, FunctionPlugin) — see the comments.
 *
 * Where HyperFormula's answer depends on something not modelled here (a text that might be a date,
 * a percent, a currency or a number in another notation), `DECLINE` is thrown: the cell goes to
 * HyperFormula, as every cell the fast path does not compute.
 */
import type { FunctionSpec } from '../../domain/edu/table';
import { marshalEdu, Passed, type HostValues } from '../../domain/edu/marshal';
import type { CellInput } from '../../domain/core/parse';
import { isMetricError } from '../../domain/core/errors';
import { COLLATOR, mayBeDate } from '../excel/semantics/text';
import { addEps, finite, floatCmp, subEps } from '../excel/semantics/numbers';
import { isErr, Matrix, type Err, type Val } from '../excel/semantics/values';
import { NOT_MODELLED, NotModelled, toBoolean, toNumber, toText } from '../excel/semantics/coercion';
import type { Env, Node } from './nodes';

export type { Env } from './nodes';

export { addEps, isErr, Matrix, type Err };

/** Thrown when HyperFormula must compute this cell: the rule book's "not written here". */
export { NotModelled as Decline, NOT_MODELLED as DECLINE, toBoolean, toNumber, toText };

const DIV0: Err = { error: '#DIV/0!' };

const TYPE_ORD = (v: Val): number => (v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : typeof v === 'boolean' ? 3 : 4);

/**
 * HyperFormula's ArithmeticHelper.compare for two values that are not errors.
 * @example
 * compare('小学', '小学'); // 0
 * compare(null, '');      // 0 (a blank compared with text is "")
 * compare('a', 1);        // 1 (text sorts after numbers)
 */
export function compare(left: Val, right: Val): number {
  // A text that begins with a digit may be a date to HyperFormula (then compared as a number).
  if ((typeof left === 'string' && mayBeDate(left)) || (typeof right === 'string' && mayBeDate(right))) throw NOT_MODELLED;
  if (left === null) left = emptyAs(right);
  else if (right === null) right = emptyAs(left);
  if (typeof left === 'string' && typeof right === 'string') return left === right ? 0 : COLLATOR.compare(left, right);
  if (typeof left === 'boolean' && typeof right === 'boolean') return left === right ? 0 : left ? 1 : -1;
  if (typeof left === 'number' && typeof right === 'number') return floatCmp(left, right);
  if (left === null && right === null) return 0;
  const a = TYPE_ORD(left);
  const b = TYPE_ORD(right);
  return a > b ? 1 : a < b ? -1 : 0;
}

function emptyAs(other: Val): Val {
  if (typeof other === 'string') return '';
  if (typeof other === 'number') return 0;
  if (typeof other === 'boolean') return false;
  return null;
}

/**
 * One node's value (a blank is null: only the formula's final result becomes 0, see evalFormula).
 * @example
 * evalNode(parseFormula('A1&"x"')!.node, { valueAt: () => null, dRow: 0 }); // 'x'
 */
export function evalNode(n: Node, env: Env): Val {
  switch (n.t) {
    case 'lit':
      return n.v;
    case 'ref': {
      const a = n.a;
      return env.valueAt(a.rowAbs ? a.row : a.row + env.dRow, a.col);
    }
    case 'range':
      throw NOT_MODELLED; // only as a function's argument (the parser sees to it)
    case 'plus':
      return evalNode(n.a, env);
    case 'neg': {
      const x = toNumber(evalNode(n.a, env));
      return isErr(x) ? x : finite(-x);
    }
    case 'pct': {
      const x = toNumber(evalNode(n.a, env));
      return isErr(x) ? x : finite(x / 100);
    }
    case 'op':
      return binary(n.op, evalNode(n.a, env), evalNode(n.b, env));
    case 'fn':
      return n.impl.fn(n.args, env);
    case 'edu':
      return eduCall(n.spec, n.args, env);
  }
}

/**
 * A binary operator on two values: errors first (left, then right), then the operator's coercion.
 * @example
 * binary('+', '5', 3);                 // 8 (arithmetic reads the text "5")
 * binary('&', 1, true);                // '1TRUE'
 * binary('<', { error: '#N/A' }, 1);   // { error: '#N/A' }
 */
export function binary(op: string, a: Val, b: Val): Val {
  // Interpreter.binaryRangeWrapper: an operand that is an error is the result, left one first.
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '^':
      return arithmetic(op, a, b);
    case '&': {
      // Neither is an error here, so both are texts.
      return (toText(a) as string) + (toText(b) as string);
    }
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  throw NOT_MODELLED;
}

/**
 * + − * / ^: both operands made numbers, then the left one's error, then the right one's
 * (binaryErrorWrapper) — what each element of array arithmetic gets, as it skips the check above.
 * @example
 * arithmetic('*', 2, 3); // 6
 * arithmetic('/', 1, 0); // { error: '#DIV/0!' }
 */
export function arithmetic(op: string, a: Val, b: Val): Val {
  const x = toNumber(a);
  const y = toNumber(b);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case '+':
      return finite(addEps(x, y));
    case '-':
      return finite(subEps(x, y));
    case '*':
      return finite(x * y);
    case '/':
      return y === 0 ? DIV0 : finite(x / y);
    case '^':
      return finite(Math.pow(x, y));
  }
  throw NOT_MODELLED;
}

/**
 * A formula cell's value: the tree's, with a blank result as 0 (HyperFormula's evaluateNullToZero).
 * @example
 * evalFormula(parseFormula('IF(A1>0,B1)')!.node, { valueAt: (r, c) => (c === 0 ? 1 : null), dRow: 0 }); // 0
 */
export function evalFormula(n: Node, env: Env): Val {
  const v = evalNode(n, env);
  return v === null ? 0 : v;
}

/**
 * A range's values, row by row, moved by dRow.
 * @example
 * rangeValues(parseFormula('SUM(A1:A2)')!.node.args[0], { valueAt: (r) => r + 1, dRow: 0 }); // a Matrix of 1, 2
 */
export function rangeValues(n: Extract<Node, { t: 'range' }>, env: Env): Matrix {
  const a = n.a;
  const r1 = a.r1Abs ? a.r1 : a.r1 + env.dRow;
  const r2 = a.r2Abs ? a.r2 : a.r2 + env.dRow;
  if (r2 < r1) throw NOT_MODELLED;
  const w = a.c2 - a.c1 + 1;
  const out = new Array<Val>((r2 - r1 + 1) * w);
  let k = 0;
  for (let r = r1; r <= r2; r++) for (let c = a.c1; c <= a.c2; c++) out[k++] = env.valueAt(r, c);
  return new Matrix(r2 - r1 + 1, w, out);
}

/**
 * Each of a range's values, row by row, moved by dRow, without building the range (SUM, COUNTA
 * and the like over a row of a 10,000-row table: no array per call); stops when `visit` returns false.
 * @example
 * let s = 0; eachInRange(parseFormula('SUM(A1:A2)')!.node.args[0], { valueAt: (r) => r + 1, dRow: 0 }, (v) => ((s += v as number), true)); // s === 3
 */
export function eachInRange(n: Extract<Node, { t: 'range' }>, env: Env, visit: (v: Val) => boolean): void {
  const a = n.a;
  const r1 = a.r1Abs ? a.r1 : a.r1 + env.dRow;
  const r2 = a.r2Abs ? a.r2 : a.r2 + env.dRow;
  if (r2 < r1) throw NOT_MODELLED;
  for (let r = r1; r <= r2; r++) for (let c = a.c1; c <= a.c2; c++) if (!visit(env.valueAt(r, c))) return;
}

/**
 * An argument as HyperFormula's evaluateAst hands it to a plugin: a range as a Matrix, but a
 * one-cell range as its value — so an error there is a direct argument's error, met before the
 * errors inside other ranges (EDU.SHARE(E1:E1,E1:H1,H2:H2) gives H2's error; a fresh FC_SEED found
 * the fast path giving H1's); anything else as its value.
 * @example
 * pluginArg(parseFormula('SUM(A1:A1)')!.node.args[0], { valueAt: () => 7, dRow: 0 }); // 7
 */
export function pluginArg(n: Node, env: Env): Val | Matrix {
  if (n.t !== 'range') return evalNode(n, env);
  const m = rangeValues(n, env);
  return m.v.length === 1 ? m.v[0] : m;
}

/** A matrix as the rows the EDU core takes. */
function rowsOf(m: Matrix): CellInput[][] {
  const rows: CellInput[][] = [];
  for (let r = 0; r < m.h; r++) rows.push(m.v.slice(r * m.w, (r + 1) * m.w) as CellInput[]);
  return rows;
}

/** The fast path's values as the EDU marshaller reads them (src/domain/edu/marshal.ts): already the core's. */
const FAST_VALUES: HostValues<Err> = {
  error: (v) => (isErr(v) ? v : undefined),
  rows: (v) => (v instanceof Matrix ? rowsOf(v) : undefined),
  cell: (v) => v as CellInput,
  omitted: () => false,
  cellsAsCore: true,
};

/** An EDU call with its arguments computed, through the one marshaller every host uses. */
function eduCall(spec: FunctionSpec, args: Node[], env: Env): Val {
  const vals = args.map((a) => pluginArg(a, env));
  const r = marshalEdu(spec, vals, FAST_VALUES);
  if (r instanceof Passed) return { error: r.error.error };
  if (isMetricError(r)) return { error: r.code };
  if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return r;
  throw NOT_MODELLED;
}
