/**
 * The formulas `fill` can compute without HyperFormula: one EDU function called on cell references,
 * ranges and literals — `EDU.PER100(D2,$C2)`, `EDU.MEETS("生均用房",K2,$B2)`,
 * `EDU.DIFFCOEF(K$2:K$5001,$C$2:$C$5001)`. That is what a county table repeats down its columns
 * tens of thousands of times. Anything else (another function, an operator, a sheet name, a defined
 * name, a whole-column range, a spilled result) is not recognised here and goes to HyperFormula.
 */
import { MAX_COLS, MAX_ROWS } from '../../xlsx/refs';
import { specOf, type FunctionSpec } from '../../domain/edu/table';

/** One argument of a recognised call, with its references resolved for the formula's own cell. */
export type CallArg =
  | { kind: 'cell'; row: number; col: number; rowAbs: boolean }
  | { kind: 'range'; r1: number; c1: number; r2: number; c2: number; r1Abs: boolean; r2Abs: boolean }
  | { kind: 'literal'; value: number | string | boolean | null };

/** A recognised formula: the function and its arguments. */
export interface FastCall {
  spec: FunctionSpec;
  args: CallArg[];
  /**
   * The guard of `IF(COUNTA(A5:J5)=0,"",EDU.…)` — the form our own templates write, so that a row
   * not filled in yet stays blank: the range counted. Absent for a bare call.
   */
  guard?: CallArg;
  /** Every reference the formula reads: the guard's range, then the arguments. */
  deps: CallArg[];
  /**
   * The formula's text around its relative row numbers (`EDU.PER100(D` · `2` · `,$C` · `2` · `)`):
   * `text[k]` before the k-th relative row number `rows[k]` (1-based, as written), `text[last]`
   * after the last. A formula down the column is this one moved by some rows exactly when it
   * reads the same with every such number moved: see `isShifted`.
   */
  text: string[];
  rows: number[];
}

const CALL = /^\s*EDU\.([A-Z][A-Z0-9]*)\(/;
const GUARD_OPEN = 'IF(COUNTA(';
const GUARD_THEN = ')=0,"",';

/**
 * Recognises a formula (without '=') that is one scalar EDU call on references and literals, bare
 * or inside the template's blank-row guard `IF(COUNTA(range)=0,"",…)`; null for anything else.
 * Whitespace between the call's arguments is allowed, as Excel stores it.
 * @example
 * parseFastCall('EDU.PER100(D2,$C2)');
 * // { spec: PER100, args: [{ kind: 'cell', row: 1, col: 3, rowAbs: false }, { kind: 'cell', row: 1, col: 2, rowAbs: false }],
 * //   text: ['EDU.PER100(D', ',$C', ')'], rows: [2, 2] }
 * parseFastCall('EDU.PER100(D2,$C2)*2'); // null: an operator
 * parseFastCall('EDU.COHORT(B2:G2,B3:B8)'); // null: a spilled result
 * parseFastCall('IF(COUNTA($A5:$J5)=0,"",EDU.PER100(D5,$C5))')?.guard; // the range $A5:$J5
 */
export function parseFastCall(formula: string): FastCall | null {
  // Most formulas of a big sheet are these calls: find the name without a regular expression.
  let start = 0;
  let guard: CallArg | undefined;
  // The blank-row guard our templates write: IF(COUNTA(range)=0,"",EDU.…(…)), exactly so.
  const guarded = formula.startsWith(GUARD_OPEN);
  const p = new Cursor(formula, 0);
  if (guarded) {
    p.pos = GUARD_OPEN.length;
    const g = p.arg();
    if (!g || g.kind === 'literal' || !formula.startsWith(GUARD_THEN, p.pos)) return null;
    guard = g;
    start = p.pos + GUARD_THEN.length;
  } else if (formula.charCodeAt(0) <= 32) {
    const m = CALL.exec(formula);
    if (!m) return null;
    start = m.index + m[0].indexOf('EDU.');
  }
  if (!formula.startsWith('EDU.', start)) return null;
  const open = formula.indexOf('(', start + 4);
  if (open < 0) return null;
  const name = formula.slice(start + 4, open);
  const spec = specOf(name);
  // A spilled matrix needs HyperFormula's spill area. Lower-case names are left to HyperFormula.
  if (!spec || spec.name !== name || spec.result === 'matrix') return null;
  p.pos = open + 1;
  const args: CallArg[] = [];
  p.skipSpace();
  if (p.peek() === ')') {
    p.pos++;
  } else {
    for (;;) {
      p.skipSpace();
      const a = p.arg();
      if (!a) return null;
      args.push(a);
      p.skipSpace();
      const ch = p.peek();
      p.pos++;
      if (ch === ')') break;
      if (ch !== ',') return null;
    }
  }
  p.skipSpace();
  if (guarded) {
    if (p.peek() !== ')') return null;
    p.pos++;
  }
  if (p.pos !== formula.length) return null;
  const text: string[] = [];
  let from = 0;
  for (const [start, end] of p.rowSpots) {
    text.push(formula.slice(from, start));
    from = end;
  }
  text.push(formula.slice(from));
  const rows = p.rowSpots.map(([from, to]) => Number(formula.slice(from, to)));
  return guard ? { spec, args, guard, deps: [guard, ...args], text, rows } : { spec, args, deps: args, text, rows };
}

/**
 * True when `formula` is `call`'s formula with every relative row number moved by `dRow` — the
 * same formula filled down (or up) a column, so it is `call` with those rows moved. Checked in
 * place, character by character, without building a string: this replaces reading each formula
 * of a long column afresh.
 * @example
 * const c = parseFastCall('EDU.PER100(D2,$C2)')!;
 * isShifted(c, 'EDU.PER100(D9,$C9)', 7); // true
 * isShifted(c, 'EDU.PER100(D9,$C8)', 7); // false
 */
export function isShifted(call: Pick<FastCall, 'text' | 'rows'>, formula: string, dRow: number): boolean {
  const { text, rows } = call;
  let pos = 0;
  for (let k = 0; k < rows.length; k++) {
    if (!formula.startsWith(text[k], pos)) return false;
    pos += text[k].length;
    const row = rows[k] + dRow;
    if (row < 1 || row > MAX_ROWS) return false;
    const digits = String(row);
    if (!formula.startsWith(digits, pos)) return false;
    pos += digits.length;
    const next = formula.charCodeAt(pos);
    if (next >= 48 && next <= 57) return false;
  }
  const last = text[rows.length];
  return formula.length === pos + last.length && formula.startsWith(last, pos);
}

/**
 * A hand-written scanner over the argument list: small enough to read, fast enough for 10⁶ cells.
 * Also the tokenizer under ./parse-formula (references, numbers, strings, recorded row spots).
 * @example
 * const c = new Cursor('$C2+1', 0); c.cell(); // { row: 1, col: 2, rowAbs: false }, c.pos === 3
 */
export class Cursor {
  /** [start, end) of each relative row number, in order. */
  readonly rowSpots: [number, number][] = [];

  constructor(
    readonly s: string,
    public pos: number,
  ) {}

  peek(): string {
    return this.s[this.pos] ?? '';
  }

  skipSpace(): void {
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\n' || this.s[this.pos] === '\r' || this.s[this.pos] === '\t') this.pos++;
  }

  arg(): CallArg | null {
    const ch = this.peek();
    // An omitted argument (EDU.MEETS("x",A1,,"南雄市")) reaches the function as a blank.
    if (ch === ',' || ch === ')') return { kind: 'literal', value: null };
    if (ch === '"') return this.string();
    if ((ch >= '0' && ch <= '9') || ch === '.') return this.number();
    // TRUE / FALSE / TRUE() — checked by prefix first: a reference like T2 or F7 is far more common.
    const logical = (this.s.startsWith('TRUE', this.pos) || this.s.startsWith('FALSE', this.pos)) && /^(TRUE|FALSE)(\(\))?(?=\s*[,)])/.exec(this.s.slice(this.pos, this.pos + 8));
    if (logical) {
      this.pos += logical[0].length;
      return { kind: 'literal', value: logical[1] === 'TRUE' };
    }
    const a = this.cell();
    if (!a) return null;
    if (this.peek() !== ':') return { kind: 'cell', row: a.row, col: a.col, rowAbs: a.rowAbs };
    this.pos++;
    const b = this.cell();
    if (!b) return null;
    // A range written backwards (B5:A1) is Excel's to normalise; leave it to HyperFormula.
    if (b.row < a.row || b.col < a.col) return null;
    return { kind: 'range', r1: a.row, c1: a.col, r2: b.row, c2: b.col, r1Abs: a.rowAbs, r2Abs: b.rowAbs };
  }

  string(): CallArg | null {
    let out = '';
    let i = this.pos + 1;
    for (;;) {
      const q = this.s.indexOf('"', i);
      if (q < 0) return null;
      out += this.s.slice(i, q);
      if (this.s[q + 1] === '"') {
        out += '"';
        i = q + 2;
        continue;
      }
      this.pos = q + 1;
      return { kind: 'literal', value: out };
    }
  }

  number(): CallArg | null {
    const s = this.s;
    let i = this.pos;
    const digits = () => {
      const from = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      return i > from;
    };
    if (!digits()) return null;
    if (s[i] === '.') {
      i++;
      if (!digits()) return null;
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      if (!digits()) return null;
    }
    const v = Number(s.slice(this.pos, i));
    this.pos = i;
    return Number.isFinite(v) ? { kind: 'literal', value: v } : null;
  }

  /**
   * A1, $A1, A$1 or $A$1 (the dollars do not matter: the formula is read for its own cell). Read
   * by character codes: this runs for every reference of every formula.
   */
  cell(): { row: number; col: number; rowAbs: boolean } | null {
    const s = this.s;
    let i = this.pos;
    if (s.charCodeAt(i) === 36) i++;
    let col = 0;
    const c0 = i;
    for (let ch = s.charCodeAt(i); ch >= 65 && ch <= 90 && i - c0 < 3; ch = s.charCodeAt(++i)) col = col * 26 + (ch - 64);
    if (i === c0) return null;
    const rowAbs = s.charCodeAt(i) === 36;
    if (rowAbs) i++;
    let row = 0;
    const r0 = i;
    for (let ch = s.charCodeAt(i); ch >= 48 && ch <= 57 && i - r0 < 8; ch = s.charCodeAt(++i)) row = row * 10 + (ch - 48);
    if (i === r0 || s.charCodeAt(r0) === 48) return null;
    // Followed by more of a name (A1B, TAX2023X), a call or a sheet's '!': not a plain reference.
    const next = s.charCodeAt(i);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 95 || next === 46 || next === 40 || next === 33) return null;
    if (col > MAX_COLS || row > MAX_ROWS) return null;
    if (!rowAbs) this.rowSpots.push([r0, i]);
    this.pos = i;
    return { row: row - 1, col: col - 1, rowAbs };
  }
}
