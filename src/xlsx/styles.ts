/**
 * styles.xml, read only as far as the engine needs: which cell styles show a number as a date or
 * time (a date is a number in the file; only its format says it is a date), plus the count of
 * differential formats (dxf) that conditional-formatting rules refer to by index.
 */
import { attrOf, saxWalk } from './sax';

/** What readStyles keeps of styles.xml. */
export interface StyleInfo {
  /** numFmtId of each cell format (cellXfs), indexed by a cell's `s`. */
  readonly xfNumFmt: readonly number[];
  /** Custom number formats by id. */
  readonly numFmts: ReadonlyMap<number, string>;
  /** How many `<dxf>` elements the stylesheet has. */
  readonly dxfCount: number;
}

// Built-in number formats that are dates or times: the international ones (14–22, 45–47) and the
// East Asian ones Excel uses in a Chinese locale (27–36, 50–58: yyyy"年"m"月"d"日", h"时"mm"分" …).
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Parses styles.xml.
 * @example
 * const st = readStyles(pkg.text('xl/styles.xml'));
 * st.xfNumFmt[3]; // 14 (the cell format with index 3 shows dates)
 */
export function readStyles(xml: string, part = 'xl/styles.xml'): StyleInfo {
  const xfNumFmt: number[] = [];
  const numFmts = new Map<number, string>();
  let dxfCount = 0;
  let inCellXfs = false;
  let inDxfs = false;
  saxWalk(xml, part, {
    open(t, depth) {
      if (depth === 1) {
        inCellXfs = t.local === 'cellXfs';
        inDxfs = t.local === 'dxfs';
        return;
      }
      if (depth !== 2) return;
      if (t.local === 'numFmt') {
        const id = Number(attrOf(t, 'numFmtId'));
        const code = attrOf(t, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) numFmts.set(id, code);
      } else if (inCellXfs && t.local === 'xf') {
        const id = Number(attrOf(t, 'numFmtId') ?? 0);
        xfNumFmt.push(Number.isInteger(id) ? id : 0);
      } else if (inDxfs && t.local === 'dxf') dxfCount++;
    },
    close(t, depth) {
      if (depth === 1) inCellXfs = inDxfs = false;
    },
  });
  return { xfNumFmt, numFmts, dxfCount };
}

/**
 * True when the cell format with index `s` shows its number as a date or time.
 * @example
 * isDateStyleIn(readStyles(xml), 3); // true when cellXfs[3] uses numFmtId 14 or 'yyyy"年"m"月"'
 */
export function isDateStyleIn(st: StyleInfo, s: number): boolean {
  const id = st.xfNumFmt[s];
  if (id === undefined) return false;
  const code = st.numFmts.get(id);
  if (code !== undefined) return isDateFormat(code);
  return BUILTIN_DATE_IDS.has(id);
}

// Built-in format codes (ids without a <numFmt>): the invariant ones, and the zh-CN ones for the
// locale-dependent East Asian ids. 14 shows as the system short date; 'yyyy/m/d' is what zh-CN uses.
const BUILTIN_CODES: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mm:ss.0', 48: '##0.0E+0', 49: '@',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/**
 * The number format code of the cell format with index `s` ('General' when unknown).
 * @example
 * numFmtCodeIn(readStyles(xml), 2); // '0.00%'
 */
export function numFmtCodeIn(st: StyleInfo, s: number): string {
  const id = st.xfNumFmt[s] ?? 0;
  return st.numFmts.get(id) ?? BUILTIN_CODES[id] ?? 'General';
}

const dateFormatCache = new Map<string, boolean>();

/**
 * True when a number format code shows dates or times: after dropping quoted text, escaped
 * characters, padding/fill characters and [colour]/[$-locale] sections, a y, m, d, h or s remains
 * (or an elapsed-time section such as [h]).
 * @example
 * isDateFormat('yyyy"年"m"月"d"日"'); // true
 * isDateFormat('#,##0.00_);[Red](#,##0.00)'); // false
 * isDateFormat('[h]:mm');           // true
 */
export function isDateFormat(code: string): boolean {
  let v = dateFormatCache.get(code);
  if (v === undefined) {
    const first = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0];
    if (/\[(h+|m+|s+)\]/i.test(first)) v = true;
    else {
      const bare = first
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, '')
        .replace(/[_*]./g, '')
        .replace(/\[[^\]]*\]/g, '');
      v = /[ymdhs]/i.test(bare);
    }
    dateFormatCache.set(code, v);
  }
  return v;
}
