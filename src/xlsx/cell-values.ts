/**
 * Reading the text of a scanned cell: its formula, its `<v>` as text, or its `<v>` as a number.
 * The scanner only records where these are (most of them are never needed as strings: a number is
 * parsed straight from the part, and the patcher copies formulas without decoding them).
 */
import { CellScan } from './sheet-scan';
import { XmlSource } from './xml-source';
import { decodeEntities, normalizeNewlines } from './xml-text';

/**
 * The formula text of the cell just scanned (entities decoded), or null when it has no `<f>` text.
 * @example
 * formulaText(cs, src); // 'SUM(C3:C7)'
 */
export function formulaText(cs: CellScan, src: XmlSource): string | null {
  if (cs.fTextStart >= 0) return decodeEntities(normalizeNewlines(src.sub(cs.fTextStart, cs.fTextEnd)));
  return cs.fTextStart === -2 ? cs.fText : null;
}

/**
 * The decoded `<v>` text of the cell just scanned, or null when it has none.
 * @example
 * valueText(cs, src); // '#N/A' for an error cell
 */
export function valueText(cs: CellScan, src: XmlSource): string | null {
  if (cs.vStart >= 0) return decodeEntities(normalizeNewlines(src.sub(cs.vStart, cs.vEnd)));
  return cs.vStart === -2 ? cs.vText : null;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The `<v>` of the cell just scanned as a number, parsed from the characters without making a
 * string for the common plain decimals; NaN when it is not a number, null when there is none.
 * Exact: up to 15 significant digits the integer mantissa and the power of ten are both exact
 * doubles, so one division rounds correctly, as parseFloat would; anything longer (Excel writes
 * up to 17 digits) or with an exponent goes through Number().
 * @example
 * valueNumber(cs, src); // 4.62
 */
export function valueNumber(cs: CellScan, src: XmlSource): number | null {
  const xml = src.s;
  if (cs.vStart < 0) {
    if (cs.vStart === -1 || cs.vText === null) return null;
    const t = cs.vText.trim();
    return t === '' ? null : Number(t);
  }
  const a = cs.vStart;
  const b = cs.vEnd;
  if (a === b) return null;
  let i = a;
  let neg = false;
  if (xml.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; i < b; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && frac < 0) frac = digits;
    else return slowNumber(src, a, b);
  }
  if (digits === 0 || digits > 15) return slowNumber(src, a, b);
  const v = frac < 0 || frac === digits ? m : m / POW10[digits - frac];
  return neg ? -v : v;
}

function slowNumber(src: XmlSource, a: number, b: number): number | null {
  const t = decodeEntities(src.sub(a, b)).trim();
  return t === '' ? null : Number(t);
}
