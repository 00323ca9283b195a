/**
 * Excel's criteria, as COUNTIF, SUMIF, AVERAGEIF and their …S forms read them (the RACON functions).
 * Microsoft (WorksheetFunction.CountIf / CountIfs): the criteria are "a number, expression, cell
 * reference, or text … for example 32, "32", ">32", "apples", or B4"; "a question mark matches any
 * single character; an asterisk matches any sequence of characters … type a tilde (~) before the
 * character" to find one. Where HyperFormula departs from Excel, this follows Excel:
 *  - a number criterion (32, "32", "=32") also matches text that reads as a number ("32" typed as
 *    text), and both sides are compared at Excel's 15 significant digits — a number typed with more
 *    digits keeps 15 and the rest become zeros (Microsoft, "Long numbers are displayed incorrectly
 *    in Excel"). That is the known trap of 身份证号 / 学籍号 kept as text: COUNTIF(A:A,A2) counts
 *    every ID that agrees in its first 15 digits. HyperFormula compares with its 1e-13 epsilon
 *    instead, 13 digits: IDs of two children born a day apart in one county were one ID to it;
 *  - text is compared without case but with its accents ("cafe" does not match "Café"), as Excel's
 *    comparisons are (../text.ts COLLATION).
 * A criterion whose reading is not written here (a date or percent typed as text, a relational
 * operator on text, an error value) is `undefined`: the formula keeps the value Excel saved (see
 * ./functions.ts UNMODELLED).
 */
import { fold, mayBeDate } from './text';
import { isErr, type Val } from './values';

/** Whether a cell meets a criterion. */
export type Criterion = (v: Val) => boolean;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number typed as text, as Excel reads it: only its first 15 significant digits count (the rest
 * are zeros); undefined for text that is not a plain number.
 * @example
 * textNumber('110101199001011234'); // 110101199001011000
 * textNumber('5');                  // 5
 * textNumber('小学');               // undefined
 */
export function textNumber(s: string): number | undefined {
  if (!NUMBER.test(s)) return undefined;
  let seen = 0;
  let started = false;
  let out = '';
  let exp = false;
  for (const ch of s) {
    if (ch === 'e' || ch === 'E') exp = true;
    if (!exp && ch >= '0' && ch <= '9') {
      if (ch !== '0') started = true;
      if (started && ++seen > 15) {
        out += '0';
        continue;
      }
    }
    out += ch;
  }
  return Number(out);
}

/**
 * Two numbers equal at Excel's 15 significant digits.
 * @example
 * same15(0.1 + 0.2, 0.3); // true
 */
export function same15(a: number, b: number): boolean {
  if (a === b) return true;
  // Apart by more than a unit in the 14th digit of both: not one 15-digit number (the usual case,
  // decided without formatting either).
  const d = Math.abs(a - b);
  if (d > Math.abs(a) * 1e-14 && d > Math.abs(b) * 1e-14) return false;
  return Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

// The texts of a criteria range are read again by every formula over it (COUNTIF($A$2:$A$5001,A2)
// down 5,000 rows reads each ID 5,000 times): each text's reading is kept, up to a bound.
const READ = new Map<string, number | undefined>();

/** A cell's number for a number criterion: a number, or text that reads as one. */
function numberIn(v: Val): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  if (READ.has(v)) return READ.get(v);
  if (READ.size > 100_000) READ.clear();
  const x = textNumber(v);
  READ.set(v, x);
  return x;
}

/** Excel's wildcards as a regular expression over the folded text. */
function wildcard(pattern: string): RegExp | string {
  if (!/[*?~]/.test(pattern)) return pattern;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length && '*?~'.includes(pattern[i + 1])) re += '\\' + pattern[++i];
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const OPERATORS = ['<=', '>=', '<>', '<', '>', '='] as const;

/**
 * The test a criterion makes of each cell, or undefined when its reading is not written here.
 * @example
 * criterion('>2')!(3);        // true
 * criterion(5)!('5');         // true: text that reads as the number
 * criterion('*中')!('初中');  // true
 * criterion('>2024/9/1');     // undefined: a date typed as text
 */
export function criterion(c: Val): Criterion | undefined {
  if (typeof c === 'number') return (v) => {
    const x = numberIn(v);
    return x !== undefined && same15(x, c);
  };
  if (typeof c === 'boolean') return (v) => v === c;
  if (typeof c !== 'string' || isErr(c)) return undefined;
  const op = OPERATORS.find((o) => c.startsWith(o));
  const operand = op ? c.slice(op.length) : c;
  if (operand === '') {
    // Bare "": blanks and empty texts; "=": blank cells only; "<>": every cell not blank.
    if (!op) return (v) => v === null || v === '';
    if (op === '=') return (v) => v === null;
    if (op === '<>') return (v) => v !== null;
    return undefined;
  }
  const n = textNumber(operand);
  if (n !== undefined) {
    switch (op) {
      case undefined:
      case '=':
        return criterion(n);
      case '<>':
        return (v) => {
          const x = numberIn(v);
          return x === undefined || !same15(x, n);
        };
      default: {
        // A relational criterion compares numbers only: text, even "5", is left out.
        const test = { '<': (d: number) => d < 0, '>': (d: number) => d > 0, '<=': (d: number) => d <= 0, '>=': (d: number) => d >= 0 }[op];
        return (v) => typeof v === 'number' && test(same15(v, n) ? 0 : v - n);
      }
    }
  }
  // Wildcards match text only ("5*" matches the text "5", not the number 5).
  if (/[*?]/.test(operand)) return textTest(operand, op);
  // A date, percent, currency or other number in another notation: HyperFormula and Excel read
  // them their own ways; not written here.
  if (mayBeDate(operand) || /[%$]/.test(operand)) return undefined;
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const b = upper === 'TRUE';
    if (!op || op === '=') return (v) => v === b;
    if (op === '<>') return (v) => v !== b;
    return undefined;
  }
  return textTest(operand, op);
}

/** A text criterion with = or <> (or none): whole text, wildcards, without case. */
function textTest(operand: string, op: string | undefined): Criterion | undefined {
  if (op && op !== '=' && op !== '<>') return undefined;
  const want = wildcard(fold(operand));
  const matches = typeof want === 'string' ? (v: Val) => typeof v === 'string' && fold(v) === want : (v: Val) => typeof v === 'string' && want.test(fold(v));
  return op === '<>' ? (v) => !matches(v) : matches;
}
