/**
 * One walk over a worksheet part, shared by the reader and the patcher. It reports the dimension,
 * each row, each cell (with the offsets of its pieces in the part's text), the merged ranges and
 * the top-level elements of `<worksheet>` (the patcher needs them to place conditional formats
 * where the schema wants them).
 *
 * Cells are reported through ONE reused CellScan object: the reader turns it into its own cell
 * record, the patcher renders a replacement on the spot. No per-cell scratch objects are made here.
 */
import { corrupt } from './errors';
import { MAX_COLS, MAX_ROWS, refKey } from './refs';
import { readRichText } from './shared-strings';
import { CLOSE, EMPTY, END, OPEN, XmlScanner } from './xml-scan';
import { XmlSource } from './xml-source';

/** Cell types as stored in the `t` attribute. */
export const T_N = 0;
export const T_S = 1;
export const T_STR = 2;
export const T_INLINE = 3;
export const T_B = 4;
export const T_E = 5;
export const T_D = 6;

/** Formula kinds (`<f t="…">`). */
export const F_NORMAL = 0;
export const F_SHARED = 1;
export const F_ARRAY = 2;
export const F_DATATABLE = 3;

/** A cell as the scanner saw it. Reused for every cell: copy what you keep. */
export class CellScan {
  /** Offset of '<' of `<c`. */
  start = 0;
  /** Offset just after `</c>` (or after `/>` for an empty cell). */
  end = 0;
  /** Attribute region of the start tag: [attrStart, attrEnd). */
  attrStart = 0;
  attrEnd = 0;
  /** Offset just after the start tag's '>' (equals `end` for `<c …/>`). */
  openEnd = 0;
  /** Offset of `</c>` (equals `end` for `<c …/>`). */
  closeStart = 0;
  /** 0-based row and column. */
  row = 0;
  col = 0;
  /** The `r` attribute's value offsets, or -1 when the cell has none. */
  refStart = -1;
  refEnd = -1;
  /** True when `r` is written the usual way ('B7': no '$', upper case), so it can be used as is. */
  refPlain = false;
  /** Style index (`s`), 0 by default. */
  s = 0;
  /** Stored type, one of T_*. */
  t = T_N;
  /** The `<f>` element's offsets, -1 when there is none. */
  fStart = -1;
  fEnd = -1;
  /** One of F_*. */
  fType = F_NORMAL;
  /**
   * Where the formula text is: raw [fTextStart, fTextEnd) when fTextStart ≥ 0; -1 for `<f …/>`;
   * -2 when it was not plain text and its decoded form is in fText. Use `formulaText()`: the
   * patcher never needs it decoded, so it is not decoded here.
   */
  fTextStart = -1;
  fTextEnd = -1;
  fText: string | null = null;
  /** `ref` of a shared/array formula, or null. */
  fRef: string | null = null;
  /** `si` of a shared formula, or -1. */
  fSi = -1;
  /**
   * Where the `<v>` text is: [vStart, vEnd) raw in the part (no entities decoded) when vStart ≥ 0;
   * vStart = -1 when there is no `<v>`; vStart = -2 when it was not plain text (CDATA…) and its
   * decoded text is in vText. Use `valueText()`; numbers are parsed straight from the range.
   */
  vStart = -1;
  vEnd = -1;
  vText: string | null = null;
  /** The inline string of `<is>`, or null when absent (or not read: see ScanOptions). */
  isText: string | null = null;
  /** An `<extLst>` (or other unknown child) of the cell, -1 when none. */
  extStart = -1;
  extEnd = -1;
}

/** What the walk reports. Only `cell` is required. */
export interface SheetVisitor {
  /** A cell; `src.s` is the text its offsets point into. */
  cell(c: CellScan, src: XmlSource): void;
  dimension?(ref: string, tagStart: number, tagEnd: number): void;
  /** A `<row>`; `empty` for `<row …/>`. */
  rowStart?(row: number, tagStart: number, tagEnd: number, empty: boolean, hidden: boolean): void;
  /** The `</row>` of a row that had a start tag. */
  rowEnd?(row: number, closeStart: number): void;
  merge?(ref: string): void;
  /** `<sheetData>`: its start tag's span, and the offset of `</sheetData>` (-1 when `<sheetData/>`). */
  sheetData?(tagStart: number, tagEnd: number, closeStart: number): void;
  /** Each child element of `<worksheet>`, with its full extent. */
  topLevel?(name: string, start: number, end: number): void;
  /** The offset of `</worksheet>`. */
  rootEnd?(closeStart: number): void;
}

/** Options of scanSheet. */
export interface ScanOptions {
  /** Read inline strings into CellScan.isText (default true; the patcher does not need them). */
  inlineText?: boolean;
}

// Maps, not object literals: a value such as t="constructor" must not find Object.prototype's.
const TYPE_CODES = new Map<string, number>([['n', T_N], ['s', T_S], ['str', T_STR], ['inlineStr', T_INLINE], ['b', T_B], ['e', T_E], ['d', T_D]]);
const FORMULA_CODES = new Map<string, number>([['normal', F_NORMAL], ['shared', F_SHARED], ['array', F_ARRAY], ['dataTable', F_DATATABLE]]);

/**
 * Walks a worksheet part and reports it to `v`.
 * @example
 * scanSheet(pkg.source('xl/worksheets/sheet1.xml'), 'xl/worksheets/sheet1.xml', {
 *   cell: (c, src) => console.log(c.row, c.col, valueText(c, src)),
 * });
 */
export function scanSheet(src: XmlSource | string, part: string, v: SheetVisitor, opts: ScanOptions = {}): void {
  const sc = new XmlScanner(src, part);
  const readInline = opts.inlineText !== false;
  // The root element.
  let k = sc.next();
  while (k === CLOSE) k = sc.next();
  if (k === END || k === EMPTY) return;
  const cs = new CellScan();
  for (;;) {
    k = sc.next();
    if (k === END) throw sc.bad('unterminated worksheet');
    if (k === CLOSE) {
      v.rootEnd?.(sc.tagStart);
      return;
    }
    const start = sc.tagStart;
    const name = sc.name();
    if (name === 'sheetData') {
      if (k === EMPTY) v.sheetData?.(start, sc.tagEnd, -1);
      else scanSheetData(sc, cs, v, start, part, readInline);
    } else if (name === 'dimension') {
      const ref = sc.attr('ref');
      if (ref !== undefined) v.dimension?.(ref, start, sc.tagEnd);
      if (k === OPEN) sc.skip();
    } else if (name === 'mergeCells' && k === OPEN) {
      for (;;) {
        const m = sc.next();
        if (m === END) throw sc.bad('unterminated mergeCells');
        if (m === CLOSE && sc.is('mergeCells')) break;
        if ((m === EMPTY || m === OPEN) && sc.is('mergeCell')) {
          const ref = sc.attr('ref');
          if (ref !== undefined) v.merge?.(ref);
          if (m === OPEN) sc.skip();
        } else if (m === OPEN) sc.skip();
      }
    } else if (k === OPEN) sc.skip();
    v.topLevel?.(name, start, sc.pos);
  }
}

function scanSheetData(sc: XmlScanner, cs: CellScan, v: SheetVisitor, start: number, part: string, readInline: boolean): void {
  const xml = sc.s;
  const src = sc.src;
  const openEnd = sc.tagEnd;
  let row = -1;
  let col = -1;
  let inRow = false;
  for (;;) {
    // Fast path for the overwhelmingly common `<c r="B7" s="3" t="s"><v>12</v></c>`.
    const lt = xml.charCodeAt(sc.pos) === 60 ? sc.pos : xml.indexOf('<', sc.pos);
    if (lt >= 0 && xml.charCodeAt(lt + 1) === 99 /* c */ && isTagBreak(xml.charCodeAt(lt + 2)) && fastCell(sc, cs, lt, row < 0 ? 0 : row, col, part, readInline)) {
      col = cs.col;
      row = cs.row;
      v.cell(cs, src);
      continue;
    }
    const k = sc.next();
    if (k === END) throw sc.bad('unterminated sheetData');
    if (k === CLOSE) {
      if (sc.is('row')) {
        if (inRow) v.rowEnd?.(row, sc.tagStart);
        inRow = false;
      } else if (sc.is('sheetData')) {
        v.sheetData?.(start, openEnd, sc.tagStart);
        return;
      }
      continue;
    }
    if (sc.is('c')) {
      scanCell(sc, cs, k, row < 0 ? 0 : row, col, part, readInline);
      col = cs.col;
      row = cs.row;
      v.cell(cs, src);
    } else if (sc.is('row')) {
      const r = sc.intAttr('r', 0);
      if (r > MAX_ROWS) throw corrupt(part, `行号 ${r} 超出范围`, `row number ${r} is out of range`);
      row = r > 0 ? r - 1 : row + 1;
      col = -1;
      const h = sc.rawAttr('hidden');
      inRow = k === OPEN;
      v.rowStart?.(row, sc.tagStart, sc.tagEnd, k === EMPTY, h === '1' || h === 'true');
    } else if (k === OPEN) sc.skip();
  }
}

function scanCell(sc: XmlScanner, cs: CellScan, k: number, row: number, prevCol: number, part: string, readInline: boolean): void {
  const xml = sc.s;
  const a = sc.attrs;
  cs.start = sc.tagStart;
  cs.attrStart = sc.nameEnd;
  cs.attrEnd = sc.tagEnd - (k === EMPTY ? 2 : 1);
  const rk = sc.attrIndex('r');
  placeCell(cs, xml, rk >= 0 ? a[rk + 2] : -1, rk >= 0 ? a[rk + 3] : -1, row, prevCol, part);
  cs.s = sc.intAttr('s', 0);
  const tk = sc.attrIndex('t');
  if (tk < 0) cs.t = T_N;
  else {
    cs.t = TYPE_CODES.get(xml.slice(a[tk + 2], a[tk + 3])) ?? T_N;
  }
  resetChildren(cs);
  if (k === EMPTY) {
    cs.openEnd = cs.closeStart = cs.end = sc.tagEnd;
    return;
  }
  cs.openEnd = sc.tagEnd;
  scanChildren(sc, cs, readInline);
}

/** Sets row and column from the `r` value at [rs, re), or, without one, the next column. */
function placeCell(cs: CellScan, xml: string, rs: number, re: number, row: number, prevCol: number, part: string): void {
  if (rs >= 0) {
    cs.refStart = rs;
    cs.refEnd = re;
    // The usual form, 'AB12' in capitals: parsed here in one pass.
    let i = rs;
    let col = 0;
    let c = xml.charCodeAt(i);
    while (c >= 65 && c <= 90) {
      col = col * 26 + c - 64;
      c = xml.charCodeAt(++i);
    }
    const letters = i - rs;
    const digits = i;
    let r = 0;
    while (c >= 48 && c <= 57) {
      r = r * 10 + c - 48;
      c = xml.charCodeAt(++i);
    }
    if (i === re && letters > 0 && letters <= 3 && i > digits && col <= MAX_COLS && r >= 1 && r <= MAX_ROWS) {
      cs.row = r - 1;
      cs.col = col - 1;
      cs.refPlain = true;
      return;
    }
    // '$B$7', 'b7' or something that is not a reference at all.
    const key = refKey(xml, rs, re);
    if (key < 0) throw corrupt(part, `单元格引用无效「${xml.slice(rs, re)}」`, `invalid cell reference "${xml.slice(rs, re)}"`);
    cs.row = (key / MAX_COLS) | 0;
    cs.col = key - cs.row * MAX_COLS;
    cs.refPlain = false;
  } else {
    // `r` is optional: a cell without one is the next column of its row.
    cs.row = row;
    cs.col = prevCol + 1;
    if (cs.col >= MAX_COLS) throw corrupt(part, '单元格超出最大列', 'a cell lies beyond the last column');
    cs.refStart = cs.refEnd = -1;
    cs.refPlain = false;
  }
}

function resetChildren(cs: CellScan): void {
  cs.fStart = cs.fEnd = cs.fSi = -1;
  cs.fType = F_NORMAL;
  cs.fText = cs.fRef = cs.vText = cs.isText = null;
  cs.fTextStart = cs.fTextEnd = -1;
  cs.vStart = cs.vEnd = -1;
  cs.extStart = cs.extEnd = -1;
}

/** The children of a `<c>` after its start tag, up to and including `</c>`. */
function scanChildren(sc: XmlScanner, cs: CellScan, readInline: boolean): void {
  for (;;) {
    const m = sc.next();
    if (m === END) throw sc.bad('unterminated cell');
    if (m === CLOSE) {
      if (sc.is('c')) break;
      continue;
    }
    if (sc.is('v')) {
      if (m === EMPTY) {
        cs.vStart = cs.vEnd = sc.tagEnd;
      } else {
        const start = sc.pos;
        const end = sc.plainTextEnd();
        if (end >= 0) {
          cs.vStart = start;
          cs.vEnd = end;
        } else {
          cs.vText = sc.text();
          cs.vStart = -2;
        }
      }
    } else if (sc.is('f')) {
      cs.fStart = sc.tagStart;
      const ft = sc.rawAttr('t');
      if (ft !== undefined) cs.fType = FORMULA_CODES.get(ft) ?? F_NORMAL;
      cs.fSi = sc.intAttr('si', -1);
      const ref = sc.rawAttr('ref');
      cs.fRef = ref === undefined ? null : ref;
      if (m === OPEN) {
        const start = sc.pos;
        const end = sc.plainTextEnd();
        if (end >= 0) {
          cs.fTextStart = start;
          cs.fTextEnd = end;
        } else {
          cs.fText = sc.text();
          cs.fTextStart = -2;
        }
      }
      cs.fEnd = sc.pos;
    } else if (sc.is('is')) {
      if (m === EMPTY) cs.isText = '';
      else if (readInline) cs.isText = readRichText(sc, 'is');
      else sc.skip();
    }
    else {
      cs.extStart = sc.tagStart;
      if (m === OPEN) sc.skip();
      cs.extEnd = sc.pos;
    }
  }
  cs.closeStart = sc.tagStart;
  cs.end = sc.tagEnd;
}

/**
 * Reads a `<c …>` start tag at `lt` by hand, without the general scanner, and — when the cell is
 * just `<v>…</v></c>` — the whole cell. Returns false (having changed nothing the caller relies
 * on) for anything unusual, which the general path then handles or reports.
 */
function fastCell(sc: XmlScanner, cs: CellScan, lt: number, row: number, prevCol: number, part: string, readInline: boolean): boolean {
  // Hand-rolled loops over charCodeAt rather than indexOf/startsWith: the pieces are a few
  // characters long, and a builtin call per piece costs more than the scan (≈3 calls per cell).
  const xml = sc.s;
  let i = lt + 2;
  let rs = -1;
  let re = -1;
  let style = 0;
  let type = T_N;
  let c: number;
  for (;;) {
    c = xml.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = xml.charCodeAt(++i);
    if (c === 62 /* > */ || c === 47 /* / */) break;
    const ns = i;
    // (c === c) is false only for NaN: the end of the text.
    while (c !== 61 /* = */ && c === c && c !== 32 && c !== 62) c = xml.charCodeAt(++i);
    if (c !== 61) return false;
    const nameLen = i - ns;
    const q = xml.charCodeAt(i + 1);
    if (q !== 34 && q !== 39) return false;
    const vs = i + 2;
    let ve = vs;
    for (c = xml.charCodeAt(ve); c !== q; c = xml.charCodeAt(++ve)) if (c !== c) return false;
    if (nameLen === 1) {
      const n = xml.charCodeAt(ns);
      if (n === 114 /* r */) {
        rs = vs;
        re = ve;
      } else if (n === 115 /* s */) {
        style = 0;
        for (let j = vs; j < ve; j++) {
          const d = xml.charCodeAt(j) - 48;
          if (d < 0 || d > 9) return false;
          style = style * 10 + d;
        }
      } else if (n === 116 /* t */) {
        const len = ve - vs;
        const t0 = xml.charCodeAt(vs);
        if (len === 1) type = t0 === 115 ? T_S : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_N;
        else if (len === 3 && xml.startsWith('str', vs)) type = T_STR;
        else if (len === 9 && xml.startsWith('inlineStr', vs)) type = T_INLINE;
      }
    }
    i = ve + 1;
  }
  let empty = false;
  if (c === 47) {
    if (xml.charCodeAt(i + 1) !== 62) return false;
    empty = true;
  }
  placeCell(cs, xml, rs, re, row, prevCol, part);
  cs.start = lt;
  cs.attrStart = lt + 2;
  cs.attrEnd = i;
  cs.s = style;
  cs.t = type;
  resetChildren(cs);
  if (empty) {
    cs.openEnd = cs.closeStart = cs.end = sc.pos = i + 2;
    return true;
  }
  let p = (cs.openEnd = i + 1);
  if (xml.charCodeAt(p) === 60 && xml.charCodeAt(p + 1) === 118 && xml.charCodeAt(p + 2) === 62 /* <v> */) {
    const vs = p + 3;
    let ve = vs;
    for (c = xml.charCodeAt(ve); c !== 60; c = xml.charCodeAt(++ve)) if (c !== c) break;
    if (c === 60 && xml.charCodeAt(ve + 1) === 47 && xml.charCodeAt(ve + 2) === 118 && xml.charCodeAt(ve + 3) === 62 /* </v> */) {
      cs.vStart = vs;
      cs.vEnd = ve;
      p = ve + 4;
    }
  }
  if (xml.charCodeAt(p) === 60 && xml.charCodeAt(p + 1) === 47 && xml.charCodeAt(p + 2) === 99 && xml.charCodeAt(p + 3) === 62 /* </c> */) {
    cs.closeStart = p;
    cs.end = sc.pos = p + 4;
    return true;
  }
  // A formula, an inline string, an extLst …: the general loop takes the children from here.
  sc.pos = p;
  scanChildren(sc, cs, readInline);
  return true;
}

function isTagBreak(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 10 || c === 13 || c === 9;
}
