/**
 * Turning what a cell holds into a number. County data is typed by hand: full-width digits (４２),
 * thousands separators (1,234 / 1，234), percent text (85％), stray spaces. A blank is *missing*,
 * never a silent 0; text that is not a number is a #VALUE! naming the argument.
 */
import { MetricError } from './errors';
import { toHalfWidth } from './text';

/** What a cell can hold, as both adapters hand it to the core. `null` is a blank cell. */
export type CellInput = number | string | boolean | null | undefined;

// Marks people type for "nothing to report": treated as blank, like an empty cell.
const BLANK_MARKS = new Set(['', '-', '—', '--', '/', '－', '／', '——']);

/**
 * A number from a cell, or `null` for a blank. Text is read as a number where a person would read
 * one; anything else is a MetricError (#VALUE!, or #NUM! for NaN / ±Infinity).
 * @example
 * parseNumber('４２');    // 42
 * parseNumber('1，234');  // 1234
 * parseNumber('85％');    // 0.85
 * parseNumber('  ');      // null
 * parseNumber('abc', '学生数'); // throws MetricError #VALUE! 「学生数」不是数字…
 */
export function parseNumber(x: CellInput, what = '参数 / argument'): number | null {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') {
    if (Number.isNaN(x) || !Number.isFinite(x)) throw new MetricError('#NUM!', `${zhName(what)}不是有限数`, `${enName(what)} is not a finite number`);
    return x;
  }
  if (typeof x === 'boolean') {
    throw new MetricError('#VALUE!', `${zhName(what)}应为数字，不是逻辑值 ${x ? 'TRUE' : 'FALSE'}`, `${enName(what)} must be a number, not ${x ? 'TRUE' : 'FALSE'}`);
  }
  const n = parseNumberText(x);
  if (n === undefined) {
    const shown = x.length > 20 ? x.slice(0, 20) + '…' : x;
    throw new MetricError('#VALUE!', `${zhName(what)}「${shown}」不是数字`, `${enName(what)} "${shown}" is not a number`);
  }
  return n;
}

/**
 * Reads number text; `null` for a blank mark, `undefined` when it is not a number at all.
 * @example
 * parseNumberText(' 7,200 '); // 7200
 * parseNumberText('—');       // null
 * parseNumberText('12a');     // undefined
 */
export function parseNumberText(s: string): number | null | undefined {
  let t = toHalfWidth(s);
  if (BLANK_MARKS.has(t)) return null;
  // A space inside a number is a typo ("4 2") unless it groups thousands ("1 234").
  if (/\s/.test(t)) {
    if (!/^[+-]?\d{1,3}(\s\d{3})+(\.\d+)?%?$/.test(t)) return undefined;
    t = t.replace(/\s/g, '');
  }
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1);
  }
  // Thousands separators only where they group by three: "1,234" yes, "1,23" no (a typo, not 123).
  if (t.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return undefined;
    t = t.replace(/,/g, '');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t) * scale;
  return Number.isFinite(n) ? roundScaled(n, scale) : undefined;
}

// 85% → 0.85 exactly as Excel would store it (85*0.01 is 0.8500000000000001 in binary).
function roundScaled(n: number, scale: number): number {
  return scale === 1 ? n : Number(n.toPrecision(15));
}

/**
 * Like parseNumber, but a blank is an error: for arguments that must be given.
 * @example
 * requireNumber('12', '学生数'); // 12
 * requireNumber(null, '学生数'); // throws MetricError #VALUE! 缺少学生数
 */
export function requireNumber(x: CellInput, what = '参数 / argument'): number {
  const n = parseNumber(x, what);
  if (n === null) throw new MetricError('#VALUE!', `缺少${zhName(what)}（单元格为空）`, `${enName(what)} is missing (blank cell)`);
  return n;
}

/**
 * Text from a cell (trimmed, half-width), or null for a blank. Numbers become their text.
 * @example
 * parseText(' 小学 '); // '小学'
 * parseText(null);     // null
 */
export function parseText(x: CellInput): string | null {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  const t = toHalfWidth(x);
  return t === '' ? null : t;
}

// Names are passed as '学生数 / students'; each half of the message takes its own half.
function zhName(what: string): string {
  return what.split(' / ')[0];
}
function enName(what: string): string {
  return what.split(' / ')[1] ?? what;
}
