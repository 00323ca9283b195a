/**
 * Moving a formula the way Excel does when it is filled: relative references shift, $-anchored
 * parts stay. A shared formula (`<f t="shared" si="0"/>`) is stored once, in its master cell, and
 * every other cell of the block carries only the index: its own text is the master's text moved by
 * the distance between the two cells. This file does that move.
 *
 * It is a tokenizer, not a regular expression over the text, because a reference-looking piece is
 * not always a reference: "B2" inside a string literal, LOG10( and ATAN2( (functions), Sheet1! (a
 * sheet name), Table1[Col] (a structured reference), Jan:Feb!A1 (a 3-D sheet range) all stay.
 */
import { MAX_COLS, MAX_ROWS, colName } from './refs';

const ERRORS = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)/i;

/**
 * The formula `f` (no leading '=') as it reads `dRow` rows down and `dCol` columns right of where
 * it was written. A reference moved off the grid becomes #REF!.
 * @example
 * shiftFormula('SUM(A1:B1)*$C$1+Sheet2!D$5', 2, 1); // 'SUM(B3:C3)*$C$1+Sheet2!E$5'
 * shiftFormula('A:A+1:1', 1, 1);                    // 'B:B+2:2'
 * shiftFormula('"A1"&LOG10(A1)', 1, 0);             // '"A1"&LOG10(A2)'
 */
export function shiftFormula(f: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return f;
  return compileShift(f).at(dRow, dCol);
}

/** A formula taken apart once, so that moving it to many cells is only string concatenation. */
export interface ShiftTemplate {
  /** The formula moved by dRow rows and dCol columns. */
  at(dRow: number, dCol: number): string;
}

type Piece = string | A1Part | RangePiece | RowRangePiece;
interface RangePiece {
  kind: 'range';
  a: A1Part;
  b: A1Part;
}
interface RowRangePiece {
  kind: 'rows';
  parts: { abs: boolean; row: number }[];
}

/**
 * Takes a formula apart into literal text and references. The reader compiles the master formula
 * of a shared block once and renders it for each of the (often thousands of) cells of the block.
 * @example
 * const t = compileShift('B2*$C$1');
 * t.at(1, 0); // 'B3*$C$1'
 * t.at(5, 2); // 'D7*$C$1'
 */
export function compileShift(f: string): ShiftTemplate {
  const pieces: Piece[] = [];
  let lit = '';
  const flush = () => {
    if (lit) pieces.push(lit);
    lit = '';
  };
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 34 /* " */) {
      const e = endOfQuoted(f, i, 34);
      lit += f.slice(i, e);
      i = e;
    } else if (c === 39 /* ' quoted sheet name */) {
      const e = endOfQuoted(f, i, 39);
      lit += f.slice(i, e);
      i = e;
    } else if (c === 91 /* [ */) {
      const e = endOfBracket(f, i);
      lit += f.slice(i, e);
      i = e;
    } else if (c === 123 /* { array constant: no references inside */) {
      let e = i + 1;
      while (e < n && f.charCodeAt(e) !== 125) e = f.charCodeAt(e) === 34 ? endOfQuoted(f, e, 34) : e + 1;
      lit += f.slice(i, e + 1);
      i = e + 1;
    } else if (c === 35 /* # */) {
      const m = ERRORS.exec(f.slice(i, i + 14));
      const len = m ? m[0].length : 1;
      lit += f.slice(i, i + len);
      i += len;
    } else if (isDigit(c) || (c === 36 && isDigit(f.charCodeAt(i + 1))) || (c === 46 && isDigit(f.charCodeAt(i + 1)))) {
      const rr = c !== 46 ? rowRange(f, i) : -1;
      if (rr > 0) {
        flush();
        pieces.push({
          kind: 'rows',
          parts: f
            .slice(i, rr)
            .split(':')
            .map((p) => ({ abs: p.startsWith('$'), row: Number(p.replace('$', '')) - 1 })),
        });
        i = rr;
      } else {
        const e = Math.max(numberEnd(f, i), tokenEnd(f, i));
        lit += f.slice(i, e);
        i = e;
      }
    } else if (isTokenStart(c)) {
      const e = tokenEnd(f, i);
      const next = f.charCodeAt(e);
      if (next === 40 /* ( function */ || next === 33 /* ! sheet */ || next === 91 /* [ table */) {
        lit += f.slice(i, e);
        i = e;
        continue;
      }
      const tok = f.slice(i, e);
      if (next === 58 /* : */) {
        // A range, a column range, or a 3-D sheet range (Jan:Feb!A1), which must stay as written.
        const s2 = e + 1;
        const e2 = tokenEnd(f, s2);
        if (e2 > s2 && f.charCodeAt(e2) === 33 && f.charCodeAt(i - 1) !== 33) {
          lit += f.slice(i, e2);
          i = e2;
          continue;
        }
        const a = parseA1(tok);
        const b = parseA1(f.slice(s2, e2));
        if (a && b && a.kind === b.kind) {
          flush();
          pieces.push({ kind: 'range', a, b });
          i = e2;
          continue;
        }
      }
      const a = parseA1(tok);
      if (a && a.kind === 'cell') {
        flush();
        pieces.push(a);
      } else lit += tok;
      i = e;
    } else {
      lit += f[i];
      i++;
    }
  }
  flush();
  return {
    at(dRow: number, dCol: number): string {
      let out = '';
      for (const p of pieces) {
        if (typeof p === 'string') out += p;
        else if (p.kind === 'cell' || p.kind === 'col') {
          const m = moveRef(p, dRow, dCol);
          out += m === null ? '#REF!' : m;
        } else if (p.kind === 'range') {
          const a = moveRef(p.a, dRow, dCol);
          const b = moveRef(p.b, dRow, dCol);
          out += a === null || b === null ? '#REF!' : `${a}:${b}`;
        } else out += moveRows(p as RowRangePiece, dRow);
      }
      return out;
    },
  };
}

interface A1Part {
  kind: 'cell' | 'col';
  colAbs: boolean;
  col: number;
  colText: string;
  rowAbs: boolean;
  row: number;
}

/** 'B$7' → cell; '$C' → column; anything else (names, TRUE, _xlfn.X) → null. */
function parseA1(tok: string): A1Part | null {
  const m = /^(\$?)([A-Za-z]{1,3})(?:(\$?)([0-9]{1,7}))?$/.exec(tok);
  if (!m) return null;
  const letters = m[2].toUpperCase();
  let col = 0;
  for (let k = 0; k < letters.length; k++) col = col * 26 + (letters.charCodeAt(k) - 64);
  if (col > MAX_COLS) return null;
  if (m[4] === undefined) return { kind: 'col', colAbs: m[1] === '$', col: col - 1, colText: m[2], rowAbs: false, row: 0 };
  const row = Number(m[4]);
  if (row < 1 || row > MAX_ROWS) return null;
  return { kind: 'cell', colAbs: m[1] === '$', col: col - 1, colText: m[2], rowAbs: m[3] === '$', row: row - 1 };
}

function moveRef(p: A1Part, dRow: number, dCol: number): string | null {
  const col = p.colAbs ? p.col : p.col + dCol;
  if (col < 0 || col >= MAX_COLS) return null;
  const colText = p.colAbs || dCol === 0 ? p.colText : colName(col);
  const c = (p.colAbs ? '$' : '') + colText;
  if (p.kind === 'col') return c;
  const row = p.rowAbs ? p.row : p.row + dRow;
  if (row < 0 || row >= MAX_ROWS) return null;
  return `${c}${p.rowAbs ? '$' : ''}${row + 1}`;
}

/** End offset of a whole-row range such as 3:5 or $3:$5 starting at i, or -1. */
function rowRange(f: string, i: number): number {
  const m = /^\$?[0-9]{1,7}:\$?[0-9]{1,7}/.exec(f.slice(i, i + 17));
  if (!m) return -1;
  const e = i + m[0].length;
  // "1:2" followed by more identifier characters is not a row range (e.g. a time in a name).
  return e < f.length && isTokenChar(f.charCodeAt(e)) ? -1 : e;
}

function moveRows(p: RowRangePiece, dRow: number): string {
  let out = '';
  for (let k = 0; k < p.parts.length; k++) {
    const { abs, row } = p.parts[k];
    const r = abs ? row : row + dRow;
    if (r < 0 || r >= MAX_ROWS) return '#REF!';
    out += (k ? ':' : '') + (abs ? '$' : '') + (r + 1);
  }
  return out;
}

function numberEnd(f: string, i: number): number {
  let e = i;
  if (f.charCodeAt(e) === 36) return e + 1;
  while (isDigit(f.charCodeAt(e)) || f.charCodeAt(e) === 46) e++;
  const c = f.charCodeAt(e);
  if (c === 69 || c === 101) {
    let k = e + 1;
    if (f.charCodeAt(k) === 43 || f.charCodeAt(k) === 45) k++;
    if (isDigit(f.charCodeAt(k))) {
      while (isDigit(f.charCodeAt(k))) k++;
      e = k;
    }
  }
  return e;
}

function endOfQuoted(f: string, i: number, q: number): number {
  let k = i + 1;
  while (k < f.length) {
    if (f.charCodeAt(k) === q) {
      if (f.charCodeAt(k + 1) === q) k += 2;
      else return k + 1;
    } else k++;
  }
  return f.length;
}

function endOfBracket(f: string, i: number): number {
  let depth = 0;
  let k = i;
  while (k < f.length) {
    const c = f.charCodeAt(k);
    if (c === 39 /* ' escapes the next character inside a structured reference */) k += 2;
    else {
      if (c === 91) depth++;
      else if (c === 93 && --depth === 0) return k + 1;
      k++;
    }
  }
  return f.length;
}

function tokenEnd(f: string, i: number): number {
  let e = i;
  while (e < f.length && isTokenChar(f.charCodeAt(e))) e++;
  return e;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isTokenStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 92 || c === 36 || c >= 0x80;
}

function isTokenChar(c: number): boolean {
  return isTokenStart(c) || isDigit(c) || c === 46 || c === 63;
}
