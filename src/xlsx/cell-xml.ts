/**
 * Writing one `<c>` element: the replacement for an edited cell (its attributes kept, its formula
 * kept or dropped, its value and `t` written anew) and a brand-new cell. Only the patcher uses it.
 */
import { CellScan, T_STR } from './sheet-scan';
import { CellValue } from './types';
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

const ATTR_RE = /([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * The replacement XML of the scanned cell `cs`: same attributes (but `t`, recomputed; `cm`, the
 * dynamic-array marker, dropped with the formula; `vm`, rich-value metadata, dropped when the
 * value changes), the `<f>` kept unless `dropFormula`, then the new value — or, with KEEP_VALUE,
 * the cached value as it was.
 * @example
 * // for <c r="C2" s="1"><f>A2*B2</f><v>0</v></c>:
 * renderCell(xml, cs, 12.5, false, ''); // '<c r="C2" s="1"><f>A2*B2</f><v>12.5</v></c>'
 * renderCell(xml, cs, 12.5, true, '');  // '<c r="C2" s="1"><v>12.5</v></c>'
 */
export function renderCell(xml: string, cs: CellScan, value: CellValue | typeof KEEP_VALUE, dropFormula: boolean, p: string): string {
  const keepF = !dropFormula && cs.fStart >= 0;
  let t: string | null;
  let children: string;
  let keepOriginalT = false;
  if (value === KEEP_VALUE) {
    if (cs.t === T_STR) {
      // A text result without its formula is no longer t="str": write it as an inline string.
      // <v> and <t> are both ST_Xstring, so the raw text carries over as it is.
      const raw = cs.vStart >= 0 ? xml.slice(cs.vStart, cs.vEnd) : encodeXstring(cs.vText ?? '');
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
    children = (keepF ? xml.slice(cs.fStart, cs.fEnd) : '') + v.xml + (cs.extStart >= 0 ? xml.slice(cs.extStart, cs.extEnd) : '');
  }
  const attrs: string[] = [];
  let tAt = 0;
  ATTR_RE.lastIndex = 0;
  const region = xml.slice(cs.attrStart, cs.attrEnd);
  for (let m = ATTR_RE.exec(region); m; m = ATTR_RE.exec(region)) {
    const name = m[1];
    if (name === 't' && !keepOriginalT) continue;
    if (name === 'cm' && (dropFormula || cs.fStart < 0)) continue;
    if (name === 'vm' && value !== KEEP_VALUE) continue;
    attrs.push(m[0]);
    if (name === 'r' || name === 's') tAt = attrs.length;
  }
  if (t !== null) attrs.splice(tAt, 0, `t="${t}"`);
  const open = `<${p}c${attrs.length ? ' ' + attrs.join(' ') : ''}`;
  return children ? `${open}>${children}</${p}c>` : `${open}/>`;
}

/**
 * A new cell (one that had no `<c>` in the part) holding `value`, unstyled.
 * @example
 * newCellXml('D9', '达标', ''); // '<c r="D9" t="inlineStr"><is><t>达标</t></is></c>'
 */
export function newCellXml(ref: string, value: CellValue, p: string): string {
  const v = valueXml(value, false, p);
  const open = `<${p}c r="${ref}"${v.t ? ` t="${v.t}"` : ''}`;
  return v.xml ? `${open}>${v.xml}</${p}c>` : `${open}/>`;
}
