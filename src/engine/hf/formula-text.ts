/**
 * Excel's formula text as HyperFormula reads it. The differences that matter in county workbooks:
 * - the `_xlfn.` / `_xlws.` prefixes Excel stores before newer functions;
 * - the bare logical constants TRUE and FALSE, which HyperFormula knows only as TRUE() and FALSE();
 * - sheet names in Chinese (any script but plain ASCII): Excel and LibreOffice write `学校!B2`
 *   unquoted, HyperFormula reads only `'学校'!B2`;
 * - `""` inside a string literal, which HyperFormula's lexer does not know (it becomes CHAR(34));
 * - whole columns written as rows 1..1048576 (`$B$1:$B$1048576`, how Excel stores a name over a
 *   column): HyperFormula builds a range of a million cells for those (700 MB for one name), for
 *   `$B:$B` nothing — so they are written back as the column they mean; the same for whole rows;
 * - defined names HyperFormula refuses (Chinese ones): replaced by an ASCII alias (`names`);
 * - 3-D references `Sheet1:Sheet3!A1`, which HyperFormula lacks: one reference per sheet (`sheets`);
 * - implicit intersection: in a formula that is not an array formula (`at` given), a range outside
 *   any function call stands for the one cell of it in the formula's row or column, as in Excel
 *   before dynamic arrays (`A:A&"/"&B:B` in row 2 is A2&"/"&B2; `C7+G7:J7` in K7 is #VALUE!);
 *   HyperFormula would spill it.
 */
import { colIndex } from '../../xlsx/refs';

/** What the text needs from its workbook; every field optional (a lone formula has none). */
export interface FormulaContext {
  /** Defined names (upper case) → the name HyperFormula knows them by. */
  names?: ReadonlyMap<string, string>;
  /** The worksheets in workbook order, for 3-D references. */
  sheets?: readonly string[];
  /**
   * True when no sheet has anything in row 1048576: then a range over rows 1..1048575 (what
   * Excel writes for some names, "to the end less one") is the whole column as far as any value
   * goes, and is read as one.
   */
  lastRowEmpty?: boolean;
}

const MAX_ROW = 1_048_576;
// A sheet name Excel writes unquoted: no operator, quote, bracket, space or '#' (error literals).
const SHEET_CHARS = `[^\\s'"!(),;:=<>+\\-*/^&%{}\\[\\]#$@]+`;
const SHEET_PREFIX = new RegExp(`(${SHEET_CHARS})(?::(${SHEET_CHARS}))?!`, 'uy');
const QUOTED_PREFIX = /'((?:[^']|'')+)'!/y;
const CELL = '\\$?[A-Za-z]{1,3}\\$?\\d{1,7}';
const AREA = new RegExp(`${CELL}(?::${CELL})?(?![\\w(])`, 'y');
const COL_SPAN = /^(\$?[A-Za-z]{1,3})(\$?)1:(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/;
const ROW_SPAN = /^(\$?)[Aa](\$?\d{1,7}):(\$?)[Xx][Ff][Dd](\$?\d{1,7})(?![\w(])/;
const WORD = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
// Whole columns (A:A) and rows (3:5) as written, for implicit intersection.
const LINE_SPAN = /(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![\w(!])/y;

/** A formula cell's position (0-based). */
export interface At {
  row: number;
  col: number;
}

// ASCII characters a reference, name or sheet prefix can begin with: letters, _, \, $, ', digits
// (row spans 3:5, and sheet names that are digits).
const LEADS: boolean[] = Array.from({ length: 128 }, (_, c) => /[A-Za-z_\\$'0-9]/.test(String.fromCharCode(c)));
const NAME_ASCII: boolean[] = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9_.$'\]]/.test(String.fromCharCode(c)));

const CALL_ASCII: boolean[] = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9_.]/.test(String.fromCharCode(c)));

/** Whether `(` after this character opens a function call (a name's last letter, digit, _ or .). */
function callLead(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? CALL_ASCII[c] : /[\p{L}\p{N}]/u.test(ch);
}

function isNameChar(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? NAME_ASCII[c] : /[\p{L}\p{N}]/u.test(ch);
}

/** `re` (sticky) matched at `at` of `s`: no copy of the rest of the text per character. */
function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** A sheet name as HyperFormula reads it: quoted unless plain ASCII. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * @example
 * toEngineFormula('IF(TRUE,1,2)');          // 'IF(TRUE(),1,2)'
 * toEngineFormula('_xlfn.STDEV.S(A1:A9)');  // 'STDEV.S(A1:A9)'
 * toEngineFormula('IF(A1="TRUE",1,2)');     // unchanged: inside a string
 * toEngineFormula('SUM(学校!B1:B3)');        // "SUM('学校'!B1:B3)"
 * toEngineFormula('SUM(学校!$B$1:$B$1048576)'); // "SUM('学校'!$B:$B)"
 * toEngineFormula('LEN("a""b")');           // 'LEN(("a"&CHAR(34)&"b"))'
 */
export function toEngineFormula(formula: string, ctx: FormulaContext = {}, at?: At): string {
  let out = '';
  let i = 0;
  let braces = 0;
  // Open parentheses, each true when it opens a function call; `calls` counts the true ones.
  const parens: boolean[] = [];
  let calls = 0;
  // A reference, intersected with the formula's row/column when it stands outside every call.
  const ref = (prefix: string, area: string): string => {
    // One cell (most references): nothing to widen or intersect.
    if (!area.includes(':')) return prefix + area;
    const whole = wholeSpan(area, ctx);
    if (!at || calls > 0) return prefix + whole;
    const cell = intersect(whole, at);
    return cell === null ? '#VALUE!' : prefix + cell;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '{') braces++;
    else if (ch === '}') braces--;
    else if (ch === '(') {
      const call = callLead(out[out.length - 1] ?? '');
      parens.push(call);
      if (call) calls++;
    } else if (ch === ')' && parens.pop()) calls--;
    // A string literal: copied as it is, but for "" (HyperFormula's lexer ends the string there).
    if (ch === '"') {
      let j = i + 1;
      let escaped = false;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') (j += 2), (escaped = true);
        else if (formula[j] === '"') break;
        else j++;
      }
      const lit = formula.slice(i, j + 1);
      // Inside an array constant only literals may stand, so the "" stays (HyperFormula fails there as before).
      out += escaped && braces === 0 ? `(${lit.slice(0, -1).split('""').join('"&CHAR(34)&"')}")` : lit;
      i = j + 1;
      continue;
    }
    const code = ch.charCodeAt(0);
    // Operators, separators, digits after a name: copied (the common case, kept cheap).
    if (code < 128 && !LEADS[code]) {
      out += ch;
      i++;
      continue;
    }
    const prev = out[out.length - 1] ?? '';
    const atToken = !isNameChar(prev);
    // A sheet prefix, quoted or not, possibly 3-D (First:Last!).
    const q = ch === "'" ? execAt(QUOTED_PREFIX, formula, i) : atToken ? execAt(SHEET_PREFIX, formula, i) : null;
    if (q) {
      const [first, last] = ch === "'" ? splitQuoted(q[1].replace(/''/g, "'")) : [q[1], q[2]];
      i += q[0].length;
      const area = execAt(AREA, formula, i) ?? execAt(LINE_SPAN, formula, i);
      const span = last !== undefined && ctx.sheets ? sheetSpan(ctx.sheets, first, last) : null;
      if (span && area) {
        // SUM(S1:S3!A1) → SUM('S1'!A1,'S2'!A1,'S3'!A1): 3-D references stand only in such functions.
        out += span.map((s) => `${sheetRef(s)}!${wholeSpan(area[0], ctx)}`).join(',');
        i += area[0].length;
      } else if (last === undefined && area) {
        out += ref(sheetRef(first) + '!', area[0]);
        i += area[0].length;
      } else {
        out += (last === undefined ? sheetRef(first) : `${sheetRef(first)}:${sheetRef(last)}`) + '!';
      }
      continue;
    }
    if (ch === "'") {
      // A quoted name not followed by '!': copy to its closing quote.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (atToken) {
      const area = execAt(AREA, formula, i) ?? execAt(LINE_SPAN, formula, i);
      if (area) {
        out += ref('', area[0]);
        i += area[0].length;
        continue;
      }
    }
    const m = execAt(WORD, formula, i);
    if (m) {
      let word = m[0];
      const next = formula[i + word.length] ?? '';
      const alias = next !== '(' && prev !== '!' ? ctx.names?.get(word.toUpperCase()) : undefined;
      if (/^_xl(fn|ws)\./i.test(word)) word = word.replace(/^_xl(fn|ws)\./i, '');
      else if (alias !== undefined) word = alias;
      else if (/^(TRUE|FALSE)$/i.test(word) && next !== '(' && next !== '!' && prev !== '!') word = `${word.toUpperCase()}()`;
      out += word;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const colName = (n: number): string => (n < 26 ? '' : colName(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));

/**
 * The cell of `area` in the row (or column) of `at`, or null when there is none (#VALUE! in Excel).
 * @example
 * intersect('A:A', { row: 1, col: 7 });   // 'A2'
 * intersect('D1:G1', { row: 0, col: 8 }); // null: column I is not in D:G
 */
export function intersect(area: string, at: At): string | null {
  const [a, b = a] = area.replace(/\$/g, '').toUpperCase().split(':');
  const part = (x: string): [number | null, number | null] => {
    const m = /^([A-Z]*)(\d*)$/.exec(x)!;
    return [m[2] ? Number(m[2]) - 1 : null, m[1] ? colIndex(m[1]) : null];
  };
  const [ra, ca] = part(a);
  const [rb, cb] = part(b);
  const r1 = ra ?? 0, r2 = rb ?? MAX_ROW - 1, c1 = ca ?? 0, c2 = cb ?? 16_383;
  if (r1 === r2 && c1 === c2) return area;
  const row = r1 === r2 ? r1 : at.row >= Math.min(r1, r2) && at.row <= Math.max(r1, r2) ? at.row : null;
  const col = c1 === c2 ? c1 : at.col >= Math.min(c1, c2) && at.col <= Math.max(c1, c2) ? at.col : null;
  return row === null || col === null ? null : `${colName(col)}${row + 1}`;
}

/** 'First:Last' inside one pair of quotes ('Sheet 1:Sheet 3'!A1) is a 3-D prefix too. */
function splitQuoted(name: string): [string, string | undefined] {
  const k = name.indexOf(':');
  return k < 0 ? [name, undefined] : [name.slice(0, k), name.slice(k + 1)];
}

/** The sheets from `first` to `last` in workbook order, or null when either is not a sheet. */
function sheetSpan(sheets: readonly string[], first: string, last: string): string[] | null {
  const lower = sheets.map((s) => s.toLowerCase());
  const a = lower.indexOf(first.toLowerCase());
  const b = lower.indexOf(last.toLowerCase());
  if (a < 0 || b < 0) return null;
  return sheets.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/**
 * A whole column or row written as cells, written as the column or row.
 * @example
 * wholeSpan('$B$1:$B$1048576', {}); // '$B:$B'
 * wholeSpan('A3:XFD3', {});          // '3:3'
 */
export function wholeSpan(area: string, ctx: FormulaContext): string {
  const c = COL_SPAN.exec(area);
  if (c && c[0].length === area.length) {
    const last = Number(c[5]);
    if (last === MAX_ROW || (last === MAX_ROW - 1 && ctx.lastRowEmpty)) return `${c[1]}:${c[3]}`;
  }
  const r = ROW_SPAN.exec(area);
  if (r && r[0].length === area.length) return `${r[2]}:${r[4]}`;
  return area;
}
