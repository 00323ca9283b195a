/**
 * Writing one `<c>` element: the replacement for an edited cell (its attributes kept, its formula
 * kept or dropped, its value and `t` written anew) and a brand-new cell. Only the patcher uses it.
 */
import { CellScan, T_STR } from './sheet-scan';
import { CellValue } from './types';
import { XmlSource } from './xml-source';
import { encodeXstring, escapeText } from './xml-text';

/** Marks "keep the cell's cached value" (values-only output of a formula cell that was not edited). */
export const KEEP_VALUE: unique symbol = Symbol('keep-value');

/** The error codes Excel writes in a `t="e"` cell. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!',
]);

/**
 * The `<v>` text of a number: shortest round-trip form, exponent in Excel's 'E' style; -0 as 0.
 * @example
 * numberText(0.1 + 0.2); // '0.30000000000000004'
 * numberText(1e21);      // '1E+21'
 */
export function numberText(n: number): string {
  if (n === 0) return '0';
  const s = String(n);
  return s.indexOf('e') >= 0 ? s.toUpperCase() : s;
}

/** `t` and children (`<v>`/`<is>`) for a value; `formula` says whether an `<f>` stays. */
function valueXml(value: CellValue, formula: boolean, p: string): { t: string | null; xml: string } {
  if (value === null) return { t: null, xml: '' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { t: 'e', xml: `<${p}v>#NUM!</${p}v>` };
    return { t: null, xml: `<${p}v>${numberText(value)}</${p}v>` };
  }
  if (typeof value === 'boolean') return { t: 'b', xml: `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (typeof value === 'string') {
    const x = encodeXstring(value);
    // A formula's text result is t="str" with the text in <v>; a constant is an inline string.
    if (formula) return { t: 'str', xml: `<${p}v>${x}</${p}v>` };
    return { t: 'inlineStr', xml: `<${p}is>${tElement(value, x, p)}</${p}is>` };
  }
  const code = EXCEL_ERRORS.has(value.error) ? value.error : '#VALUE!';
  return { t: 'e', xml: `<${p}v>${escapeText(code)}</${p}v>` };
}

function tElement(plain: string, escaped: string, p: string): string {
  // Leading/trailing spaces and line breaks are lost without xml:space="preserve".
  const preserve = /^[\s]|[\s]$|\n/.test(plain);
  return `<${p}t${preserve ? ' xml:space="preserve"' : ''}>${escaped}</${p}t>`;
}

/**
 * The replacement XML of the scanned cell `cs`: same attributes (but `t`, recomputed; `cm`, the
 * dynamic-array marker, dropped with the formula; `vm`, rich-value metadata, dropped when the
 * value changes), the `<f>` kept unless `dropFormula`, then the new value — or, with KEEP_VALUE,
 * the cached value as it was.
 * @example
 * // for <c r="C2" s="1"><f>A2*B2</f><v>0</v></c>:
 * renderCell(src, cs, 12.5, false, ''); // '<c r="C2" s="1"><f>A2*B2</f><v>12.5</v></c>'
 * renderCell(src, cs, 12.5, true, '');  // '<c r="C2" s="1"><v>12.5</v></c>'
 */
export function renderCell(src: XmlSource, cs: CellScan, value: CellValue | typeof KEEP_VALUE, dropFormula: boolean, p: string): string {
  // Pieces copied from the part stay in its form (src.s); new text is converted with src.native.
  const xml = src.s;
  const keepF = !dropFormula && cs.fStart >= 0;
  let t: string | null;
  let children: string;
  let keepOriginalT = false;
  if (value === KEEP_VALUE) {
    if (cs.t === T_STR) {
      // A text result without its formula is no longer t="str": write it as an inline string.
      // <v> and <t> are both ST_Xstring, so the raw text carries over as it is.
      const raw = cs.vStart >= 0 ? xml.slice(cs.vStart, cs.vEnd) : src.native(encodeXstring(cs.vText ?? ''));
      const preserve = /^[\s]|[\s]$|\n|&#10;|&#xA;/i.test(raw);
      t = 'inlineStr';
      children = `<${p}is><${p}t${preserve ? ' xml:space="preserve"' : ''}>${raw}</${p}t></${p}is>`;
    } else {
      // Everything between the tags except the <f>: <v>, <is>, <extLst> exactly as they were.
      t = null;
      keepOriginalT = true;
      children = cs.fStart >= 0 ? xml.slice(cs.openEnd, cs.fStart) + xml.slice(cs.fEnd, cs.closeStart) : xml.slice(cs.openEnd, cs.closeStart);
    }
    if (keepF) children = xml.slice(cs.fStart, cs.fEnd) + children;
  } else {
    const v = valueXml(value, keepF, p);
    t = v.t;
    children = (keepF ? xml.slice(cs.fStart, cs.fEnd) : '') + src.native(v.xml) + (cs.extStart >= 0 ? xml.slice(cs.extStart, cs.extEnd) : '');
  }
  // The start tag's attributes, copied raw except those dropped; `t` goes after `r`/`s`.
  let attrs = '';
  let tAt = 0;
  let i = cs.attrStart;
  const end = cs.attrEnd;
  while (i < end) {
    let c = xml.charCodeAt(i);
    while (i < end && (c === 32 || c === 10 || c === 13 || c === 9)) c = xml.charCodeAt(++i);
    if (i >= end) break;
    const ns = i;
    while (i < end && c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9) c = xml.charCodeAt(++i);
    const ne = i;
    // The tag was parsed already, so it is well formed: '=', maybe spaces, a quoted value.
    let q = xml.indexOf('=', ne) + 1;
    while (xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
    i = xml.indexOf(xml.charAt(q), q + 1) + 1;
    const len = ne - ns;
    const n0 = xml.charCodeAt(ns);
    if (len === 1 && n0 === 116 /* t */ && !keepOriginalT) continue;
    if (len === 2 && n0 === 99 /* cm */ && xml.charCodeAt(ns + 1) === 109 && (dropFormula || cs.fStart < 0)) continue;
    if (len === 2 && n0 === 118 /* vm */ && xml.charCodeAt(ns + 1) === 109 && value !== KEEP_VALUE) continue;
    attrs += ' ' + xml.slice(ns, i);
    if (len === 1 && (n0 === 114 /* r */ || n0 === 115 /* s */)) tAt = attrs.length;
  }
  if (t !== null) attrs = `${attrs.slice(0, tAt)} t="${t}"${attrs.slice(tAt)}`;
  return children ? `<${p}c${attrs}>${children}</${p}c>` : `<${p}c${attrs}/>`;
}

/**
 * A new cell (one that had no `<c>` in the part) holding `value`, unstyled. Real text: convert it
 * with XmlSource.native before splicing it into a part.
 * @example
 * newCellXml('D9', '达标', ''); // '<c r="D9" t="inlineStr"><is><t>达标</t></is></c>'
 */
export function newCellXml(ref: string, value: CellValue, p: string): string {
  const v = valueXml(value, false, p);
  const open = `<${p}c r="${ref}"${v.t ? ` t="${v.t}"` : ''}`;
  return v.xml ? `${open}>${v.xml}</${p}c>` : `${open}/>`;
}
