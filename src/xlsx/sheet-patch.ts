/**
 * Patching one worksheet part as text: the scanner finds the character range of every `<c>` that
 * changes, and the output is the original text with just those ranges replaced (plus, when asked,
 * new cells and rows inserted in order, and conditional formats placed where the schema wants
 * them). Every other character of the part — column widths, merges, data validation, comments'
 * anchors, extensions we have never heard of — is copied as it was.
 */
import { KEEP_VALUE, newCellXml, renderCell } from './cell-xml';
import { MAX_COLS, cellRef, parseRange } from './refs';
import { CellScan, scanSheet } from './sheet-scan';
import { CellValue } from './types';

/** What to do to one worksheet part. */
export interface SheetPatch {
  /** Cell key (row × 16384 + col, 0-based) → new value. */
  values?: Map<number, CellValue>;
  /** Raw `<conditionalFormatting>` elements to add. */
  conditionalFormats?: string;
  /** Drop every `<f>` of the part, keeping cached values where no new value is given. */
  valuesOnly: boolean;
}

// CT_Worksheet's children up to and including conditionalFormatting (ECMA-376 Part 1, §18.3.1.99):
// new <conditionalFormatting> elements go right after the last of these that the part has, which
// puts them before dataValidations, hyperlinks, printOptions, pageMargins, pageSetup, headerFooter,
// drawing, legacyDrawing, tableParts, extLst …
const BEFORE_CF = new Set([
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
]);

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

interface RowInfo {
  tagStart: number;
  tagEnd: number;
  empty: boolean;
  closeStart: number;
  /** Columns and start offsets of the row's cells, in order. */
  cols: number[];
  starts: number[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Orders insertions at the same offset. */
  order: number;
}

/**
 * Applies `patch` to a worksheet part's text; null when nothing changes.
 * @example
 * const out = patchSheetXml(xml, 'xl/worksheets/sheet1.xml', { values: new Map([[cellKey('C2'), 42]]), valuesOnly: false });
 */
export function patchSheetXml(xml: string, part: string, patch: SheetPatch): string | null {
  const values = patch.values ?? new Map<number, CellValue>();
  const found = new Set<number>();
  const splices: Splice[] = [];
  const editRows = new Set<number>();
  for (const k of values.keys()) editRows.add((k / MAX_COLS) | 0);
  const rowInfo = new Map<number, RowInfo>();
  const rowIdx: number[] = [];
  const rowStarts: number[] = [];
  let current: RowInfo | null = null;
  let prefix = '';
  let sheetData: { tagStart: number; tagEnd: number; closeStart: number } | null = null;
  let dimension: { ref: string; tagStart: number; tagEnd: number } | null = null;
  let cfAt = -1;
  let rootEnd = -1;
  const valuesOnly = patch.valuesOnly;

  // The element prefix ('' normally; 'x:' in parts some .NET tools write) for what we add.
  const rootMatch = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml.slice(0, 4096));
  if (rootMatch && rootMatch[1]) prefix = rootMatch[1];

  scanSheet(xml, part, {
    rowStart(row, tagStart, tagEnd, empty) {
      rowIdx.push(row);
      rowStarts.push(tagStart);
      if (editRows.has(row)) {
        current = { tagStart, tagEnd, empty, closeStart: -1, cols: [], starts: [] };
        rowInfo.set(row, current);
      } else current = null;
    },
    rowEnd(_row, closeStart) {
      if (current) current.closeStart = closeStart;
      current = null;
    },
    cell(cs: CellScan, s: string) {
      const key = cs.row * MAX_COLS + cs.col;
      if (current) {
        current.cols.push(cs.col);
        current.starts.push(cs.start);
      }
      if (values.has(key)) {
        found.add(key);
        splices.push({ start: cs.start, end: cs.end, text: renderCell(s, cs, values.get(key)!, valuesOnly, prefix), order: 0 });
      } else if (valuesOnly && cs.fStart >= 0) {
        splices.push({ start: cs.start, end: cs.end, text: renderCell(s, cs, KEEP_VALUE, true, prefix), order: 0 });
      }
    },
    sheetData(tagStart, tagEnd, closeStart) {
      sheetData = { tagStart, tagEnd, closeStart };
    },
    dimension(ref, tagStart, tagEnd) {
      dimension = { ref, tagStart, tagEnd };
    },
    topLevel(name, _start, end) {
      if (BEFORE_CF.has(name)) cfAt = end;
    },
    rootEnd(closeStart) {
      rootEnd = closeStart;
    },
  });

  // Cells to create: those with a non-blank value that had no <c>.
  const missing: number[] = [];
  for (const [k, v] of values) if (!found.has(k) && v !== null) missing.push(k);
  if (missing.length) insertCells(xml, missing, values, rowInfo, rowIdx, rowStarts, sheetData, dimension, prefix, splices);

  if (patch.conditionalFormats) {
    let cf = patch.conditionalFormats;
    // In a prefixed part the default namespace is not SpreadsheetML: declare it on each fragment.
    if (prefix) cf = cf.replace(/<conditionalFormatting(?=[\s>])/g, `<conditionalFormatting xmlns="${MAIN_NS}"`);
    const at = cfAt >= 0 ? cfAt : rootEnd;
    if (at >= 0) splices.push({ start: at, end: at, text: cf, order: 1e9 });
  }
  if (!splices.length) return null;
  return applySplices(xml, splices);
}

function insertCells(
  xml: string,
  missing: number[],
  values: Map<number, CellValue>,
  rowInfo: Map<number, RowInfo>,
  rowIdx: number[],
  rowStarts: number[],
  sheetData: { tagStart: number; tagEnd: number; closeStart: number } | null,
  dimension: { ref: string; tagStart: number; tagEnd: number } | null,
  p: string,
  splices: Splice[],
): void {
  if (!sheetData) return;
  missing.sort((a, b) => a - b);
  const byRow = new Map<number, number[]>();
  for (const k of missing) {
    const r = (k / MAX_COLS) | 0;
    let list = byRow.get(r);
    if (!list) byRow.set(r, (list = []));
    list.push(k % MAX_COLS);
  }
  const newRows: { row: number; xml: string }[] = [];
  for (const [row, cols] of byRow) {
    const info = rowInfo.get(row);
    if (!info) {
      newRows.push({ row, xml: `<${p}row r="${row + 1}">${cols.map((c) => newCellXml(cellRef(row, c), values.get(row * MAX_COLS + c)!, p)).join('')}</${p}row>` });
      continue;
    }
    if (info.empty) {
      // <row r="5" …/> becomes <row r="5" …>new cells</row>.
      const openTag = xml.slice(info.tagStart, info.tagEnd).replace(/\s*\/>$/, '>');
      const cells = cols.map((c) => newCellXml(cellRef(row, c), values.get(row * MAX_COLS + c)!, p)).join('');
      splices.push({ start: info.tagStart, end: info.tagEnd, text: widenSpans(openTag, cols) + cells + `</${p}row>`, order: 0 });
      continue;
    }
    // Before the first existing cell to the right, else before </row>.
    let j = 0;
    for (const c of cols) {
      while (j < info.cols.length && info.cols[j] < c) j++;
      const at = j < info.cols.length ? info.starts[j] : info.closeStart;
      splices.push({ start: at, end: at, text: newCellXml(cellRef(row, c), values.get(row * MAX_COLS + c)!, p), order: c });
    }
    const openTag = xml.slice(info.tagStart, info.tagEnd);
    const widened = widenSpans(openTag, cols);
    if (widened !== openTag) splices.push({ start: info.tagStart, end: info.tagEnd, text: widened, order: 0 });
  }
  if (newRows.length) {
    if (sheetData.closeStart < 0) {
      // <sheetData/> becomes <sheetData>rows</sheetData>.
      splices.push({ start: sheetData.tagStart, end: sheetData.tagEnd, text: `<${p}sheetData>${newRows.map((r) => r.xml).join('')}</${p}sheetData>`, order: 0 });
    } else {
      // Rows are in ascending order in a valid part: binary-search the first row below each new one.
      for (const nr of newRows) {
        let lo = 0;
        let hi = rowIdx.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (rowIdx[mid] < nr.row) lo = mid + 1;
          else hi = mid;
        }
        const at = lo < rowIdx.length ? rowStarts[lo] : sheetData.closeStart;
        splices.push({ start: at, end: at, text: nr.xml, order: nr.row });
      }
    }
  }
  if (dimension) {
    const d = parseRange(dimension.ref);
    if (d) {
      let { r1, c1, r2, c2 } = d;
      for (const k of missing) {
        const r = (k / MAX_COLS) | 0;
        const c = k % MAX_COLS;
        r1 = Math.min(r1, r);
        r2 = Math.max(r2, r);
        c1 = Math.min(c1, c);
        c2 = Math.max(c2, c);
      }
      const ref = r1 === r2 && c1 === c2 ? cellRef(r1, c1) : `${cellRef(r1, c1)}:${cellRef(r2, c2)}`;
      if (ref !== dimension.ref) {
        const tag = xml.slice(dimension.tagStart, dimension.tagEnd);
        splices.push({ start: dimension.tagStart, end: dimension.tagEnd, text: tag.replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ref}"`), order: 0 });
      }
    }
  }
}

/** The row start tag with its `spans` hint (if it has one) widened to cover new columns. */
function widenSpans(openTag: string, cols: number[]): string {
  return openTag.replace(/(\sspans\s*=\s*["'])(\d+):(\d+)(["'])/, (m, a: string, lo: string, hi: string, q: string) => {
    const min = Math.min(Number(lo), ...cols.map((c) => c + 1));
    const max = Math.max(Number(hi), ...cols.map((c) => c + 1));
    return `${a}${min}:${max}${q}`;
  });
}

/**
 * The text with the splices applied. Splices never overlap (each replaces one element, or inserts
 * at a point); insertions at the same point keep their `order`.
 * @example
 * applySplices('<a><b/></a>', [{ start: 3, end: 7, text: '<c/>', order: 0 }]); // '<a><c/></a>'
 */
export function applySplices(xml: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const out: string[] = [];
  let pos = 0;
  for (const sp of splices) {
    if (sp.start < pos) throw new Error(`overlapping edits at ${sp.start}`);
    out.push(xml.slice(pos, sp.start), sp.text);
    pos = sp.end;
  }
  out.push(xml.slice(pos));
  return out.join('');
}
