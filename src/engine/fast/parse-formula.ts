/**
 * Reading a general formula for the fast path: a small recursive-descent parser over the formula
 * text, for the grammar ./eval-node computes — literals, cell references, ranges (only where a
 * function takes a range), the operators + - * / ^ & = <> < > <= >= and unary - + %, parentheses,
 * the built-ins of ./builtins and EDU calls anywhere. Anything else (a defined name, another
 * sheet, an error literal, an array constant, a lower-case name, an omitted argument of a built-in,
 * a construct whose precedence HyperFormula might read otherwise) gives null: the formula is
 * HyperFormula's, as before.
 *
 * The result keeps the formula's text around its relative row numbers (`text`, `rows`), as
 * ./formula-cursor's isShifted needs, so that the same formula filled down a column is recognised without being
 * read again (`isShifted`).
 */
import { specOf } from '../../domain/edu/table';
import { Cursor } from './formula-cursor';
import { BUILTINS } from './builtins';
import { takesRange } from '../excel/semantics/proven';
import type { BinOp, Node, RefArg } from './nodes';

export type { BinOp, Node, RefArg } from './nodes';

/** A recognised general formula: its tree, every reference it reads, and its text around relative rows. */
export interface FastFormula {
  node: Node;
  deps: RefArg[];
  text: string[];
  rows: number[];
}

/** Thrown inside the parser when the formula is not ours; caught by parseFormula. */
class NotOurs extends Error {}
const NOT_OURS = new NotOurs('not a fast formula');

const COMPARE: readonly BinOp[] = ['<=', '>=', '<>', '=', '<', '>'];

/**
 * Parses a formula (without '=') of the covered grammar, or null.
 * @example
 * parseFormula('IF($B2="小学",K2>=4.2,K2>=5.3)')?.deps.length; // 3 ($B2, K2, K2)
 * parseFormula('IF($B2="小学",K2>=4.2,K2>=5.3)')?.rows;        // [2, 2, 2]
 * parseFormula('A1+名称'); // null: a defined name
 * parseFormula('-2^2');   // null: HyperFormula's precedence of unary minus over ^ is not assumed
 */
export function parseFormula(formula: string): FastFormula | null {
  const p = new Parser(formula);
  let node: Node;
  try {
    node = p.expr();
    inner(node);
    p.space();
    if (p.c.pos !== formula.length) return null;
  } catch (e) {
    if (e === NOT_OURS) return null;
    throw e;
  }
  const text: string[] = [];
  let from = 0;
  for (const [start, end] of p.c.rowSpots) {
    text.push(formula.slice(from, start));
    from = end;
  }
  text.push(formula.slice(from));
  const rows = p.c.rowSpots.map(([a, b]) => Number(formula.slice(a, b)));
  return { node, deps: p.deps, text, rows };
}

class Parser {
  readonly c: Cursor;
  readonly deps: RefArg[] = [];
  /** How many SUMPRODUCT calls the parser is inside. */
  inArray = 0;

  constructor(readonly s: string) {
    this.c = new Cursor(s, 0);
  }

  space(): void {
    this.c.skipSpace();
  }

  /** Comparison: one at most (a chain like A1=B1=C1 is left to HyperFormula). */
  expr(): Node {
    const a = this.concat();
    this.space();
    const op = this.match(COMPARE);
    if (!op) return a;
    const b = this.concat();
    this.space();
    if (this.match(COMPARE)) throw NOT_OURS;
    return { t: 'op', op, a, b };
  }

  concat(): Node {
    let a = this.additive();
    for (;;) {
      this.space();
      if (this.s[this.c.pos] !== '&') return a;
      this.c.pos++;
      a = { t: 'op', op: '&', a, b: this.additive() };
    }
  }

  additive(): Node {
    let a = this.multiplicative();
    for (;;) {
      this.space();
      const ch = this.s[this.c.pos];
      if (ch !== '+' && ch !== '-') return a;
      this.c.pos++;
      a = { t: 'op', op: ch, a, b: this.multiplicative() };
    }
  }

  multiplicative(): Node {
    let a = this.power();
    for (;;) {
      this.space();
      const ch = this.s[this.c.pos];
      if (ch !== '*' && ch !== '/') return a;
      this.c.pos++;
      a = { t: 'op', op: ch, a, b: this.power() };
    }
  }

  /** One ^ at most, between operands that are not signed: -2^2 and 2^3^2 are read differently by engines. */
  power(): Node {
    const a = this.postfix();
    this.space();
    if (this.s[this.c.pos] !== '^') return a;
    this.c.pos++;
    const b = this.postfix();
    this.space();
    if (this.s[this.c.pos] === '^' || signed(a) || signed(b)) throw NOT_OURS;
    return { t: 'op', op: '^', a, b };
  }

  postfix(): Node {
    let a = this.unary();
    for (;;) {
      this.space();
      if (this.s[this.c.pos] !== '%') return a;
      this.c.pos++;
      a = { t: 'pct', a };
    }
  }

  unary(): Node {
    this.space();
    const ch = this.s[this.c.pos];
    if (ch === '-' || ch === '+') {
      this.c.pos++;
      return { t: ch === '-' ? 'neg' : 'plus', a: this.unary() };
    }
    return this.primary();
  }

  primary(): Node {
    this.space();
    const s = this.s;
    const c = this.c;
    const ch = s[c.pos];
    if (ch === '(') {
      c.pos++;
      const e = this.expr();
      this.space();
      if (s[c.pos] !== ')') throw NOT_OURS;
      c.pos++;
      // (A1) is no longer a reference to HyperFormula (SUM((A1)) makes "5" a number, SUM(A1)
      // skips it): kept as a unary plus, which gives its operand unchanged.
      return e.t === 'ref' || e.t === 'range' ? { t: 'plus', a: e } : e;
    }
    if (ch === '"') {
      const lit = c.string();
      if (!lit || lit.kind !== 'literal') throw NOT_OURS;
      return { t: 'lit', v: lit.value as string };
    }
    if (ch >= '0' && ch <= '9') {
      const lit = c.number();
      if (!lit || lit.kind !== 'literal') throw NOT_OURS;
      return { t: 'lit', v: lit.value as number };
    }
    const a = c.cell();
    if (a) {
      if (s[c.pos] !== ':') {
        const ref = { kind: 'cell' as const, row: a.row, col: a.col, rowAbs: a.rowAbs };
        this.deps.push(ref);
        return { t: 'ref', a: ref };
      }
      c.pos++;
      const b = c.cell();
      // A range written backwards, or reaching the last row (a whole column): HyperFormula's.
      if (!b || b.row < a.row || b.col < a.col || b.row >= 1_048_575) throw NOT_OURS;
      const ref = { kind: 'range' as const, r1: a.row, c1: a.col, r2: b.row, c2: b.col, r1Abs: a.rowAbs, r2Abs: b.rowAbs };
      this.deps.push(ref);
      return { t: 'range', a: ref };
    }
    return this.name();
  }

  /** A function call, or TRUE / FALSE. */
  name(): Node {
    const s = this.s;
    const c = this.c;
    const start = c.pos;
    let i = start;
    while (i < s.length && /[A-Z0-9._]/.test(s[i])) i++;
    let word = s.slice(start, i);
    if (!word || !/^[A-Z_]/.test(word)) throw NOT_OURS;
    if (s[i] !== '(') {
      // Bare TRUE / FALSE (HyperFormula reads them as TRUE() / FALSE(), see formula-text).
      if (word !== 'TRUE' && word !== 'FALSE') throw NOT_OURS;
      if (/[\p{L}\p{N}_.!$'[]/u.test(s[i] ?? '')) throw NOT_OURS;
      c.pos = i;
      return { t: 'lit', v: word === 'TRUE' };
    }
    c.pos = i + 1;
    if (word.startsWith('_xlfn.')) word = word.slice(6);
    const b = BUILTINS[word];
    // Inside SUMPRODUCT, ISERROR & co. take ranges too (element by element).
    if (b?.arrays) this.inArray++;
    const args = this.args();
    if (b?.arrays) this.inArray--;
    if (word.startsWith('EDU.')) {
      const spec = specOf(word.slice(4));
      if (!spec || spec.name !== word.slice(4) || spec.result === 'matrix') throw NOT_OURS;
      // An omitted argument reaches an EDU function as a blank: kept as a null literal.
      const given = args.map((a): Node => a ?? { t: 'lit', v: null });
      given.forEach((a) => a.t === 'range' || inner(a));
      return { t: 'edu', spec, args: given };
    }
    if (!b || args.length < b.min || args.length > b.max || args.some((a) => a === null)) throw NOT_OURS;
    // A range stands only where the function takes one (elsewhere Excel intersects it).
    args.forEach((a, k) => {
      if (b.arrays) {
        if (!arrayOperand(a!)) throw NOT_OURS;
      } else if (a!.t === 'range') {
        if (!takesRange(word, k) && !(b.each && this.inArray)) throw NOT_OURS;
      } else inner(a!);
    });
    return { t: 'fn', name: word, args: args as Node[], impl: b };
  }

  /** The arguments after '(' up to ')': null for an omitted one. */
  args(): (Node | null)[] {
    const s = this.s;
    const c = this.c;
    const out: (Node | null)[] = [];
    this.space();
    if (s[c.pos] === ')') {
      c.pos++;
      return out;
    }
    for (;;) {
      this.space();
      const ch = s[c.pos];
      out.push(ch === ',' || ch === ')' ? null : this.expr());
      this.space();
      const next = s[c.pos++];
      if (next === ')') return out;
      if (next !== ',') throw NOT_OURS;
    }
  }

  match(ops: readonly BinOp[]): BinOp | undefined {
    for (const op of ops) {
      if (this.s.startsWith(op, this.c.pos)) {
        this.c.pos += op.length;
        return op;
      }
    }
    return undefined;
  }
}

/**
 * A range stands only as a function's own argument where it takes one, or inside SUMPRODUCT:
 * anywhere else (A1:A3+1, IF(A1:A3,…)) Excel intersects it with the formula's row or spills it.
 * Function arguments were checked when their call was read.
 */
function inner(n: Node): void {
  switch (n.t) {
    case 'range':
      throw NOT_OURS;
    case 'neg':
    case 'plus':
    case 'pct':
      return inner(n.a);
    case 'op':
      inner(n.a);
      return inner(n.b);
    default:
      return;
  }
}

function signed(n: Node): boolean {
  return n.t === 'neg' || n.t === 'plus';
}

/**
 * What may stand inside SUMPRODUCT, which HyperFormula computes element by element: ranges,
 * references, literals, arithmetic of them and ISERROR & co. — no other function (it would be vectorised).
 */
function arrayOperand(n: Node): boolean {
  switch (n.t) {
    case 'lit':
    case 'ref':
    case 'range':
      return true;
    case 'neg':
    case 'plus':
    case 'pct':
      return arrayOperand(n.a);
    case 'op':
      return n.op !== '&' && !COMPARE.includes(n.op) && arrayOperand(n.a) && arrayOperand(n.b);
    case 'fn':
      return n.impl.each !== undefined && arrayOperand(n.args[0]);
    default:
      return false;
  }
}
