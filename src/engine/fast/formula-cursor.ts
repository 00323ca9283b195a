/**
 * Reading formula text for the fast path, character by character: cell references, numbers and
 * strings (`Cursor`, the tokenizer under ./parse-formula), and recognising a formula as another
 * one filled down its column (`isShifted`).
 */
import { MAX_COLS, MAX_ROWS } from '../../xlsx/refs';

/** One argument of a recognised call, with its references resolved for the formula's own cell. */
export type CallArg =
  | { kind: 'cell'; row: number; col: number; rowAbs: boolean }
  | { kind: 'range'; r1: number; c1: number; r2: number; c2: number; r1Abs: boolean; r2Abs: boolean }
  | { kind: 'literal'; value: number | string | boolean | null };

/**
 * True when `formula` is `call`'s formula with every relative row number moved by `dRow` — the
 * same formula filled down (or up) a column, so it is `call` with those rows moved. Checked in
 * place, character by character, without building a string: this replaces reading each formula
 * of a long column afresh.
 * @example
 * const c = parseFormula('EDU.PER100(D2,$C2)')!;
 * isShifted(c, 'EDU.PER100(D9,$C9)', 7); // true
 * isShifted(c, 'EDU.PER100(D9,$C8)', 7); // false
 */
export function isShifted(call: { text: string[]; rows: number[] }, formula: string, dRow: number): boolean {
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
 * A hand-written scanner: small enough to read, fast enough for 10⁶ cells — the tokenizer under
 * ./parse-formula (references, numbers, strings, recorded row spots).
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
