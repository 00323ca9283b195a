/**
 * Patching one worksheet part in a single pass. The scanner walks the part in document order and
 * reports every cell with its offsets; the patcher replaces the `<c>` elements that change and
 * copies everything between them as it was — column widths, merges, data validation, drawings'
 * anchors, extensions we have never heard of.
 *
 * New cells (edits for cells the part does not have) are merged in on the way: the edit keys are
 * sorted (row-major, like the cells of a valid part), so when the walk reaches a cell, a row end or
 * the next row, every edit key before that point that was not met is a cell to create there.
 * Conditional formats go after the last element that CT_Worksheet puts before them.
 */
import { KEEP_VALUE, newCellXml, renderCell } from './cell-xml';
import { WorkbookError } from './errors';
import { PartWriter } from './part-writer';
import { MAX_COLS, MAX_ROWS, cellRef, parseRange } from './refs';
import { CellScan, scanSheet } from './sheet-scan';
import { CellValue } from './types';
import { XmlSource } from './xml-source';

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

/** Thrown inside a pass that finds cells out of row-major order; the patch is redone without merging. */
const UNORDERED = new Error('cells out of order');

/**
 * Applies `patch` to a worksheet part; the new part's bytes, or null when nothing changes.
 * @example
 * const bytes = patchSheet(pkg.source('xl/worksheets/sheet1.xml'), 'xl/worksheets/sheet1.xml',
 *   { values: new Map([[cellKey('C2'), 42]]), valuesOnly: false });
 */
export function patchSheet(src: XmlSource, part: string, patch: SheetPatch): Uint8Array | null {
  try {
    return patchPass(src, part, patch, true);
  } catch (e) {
    if (e !== UNORDERED) throw e;
    // A part whose cells are not in row-major order (not written by Excel): values can still be
    // replaced, but there is no well-defined place for new cells.
    return patchPass(src, part, patch, false);
  }
}

function patchPass(src: XmlSource, part: string, patch: SheetPatch, merge: boolean): Uint8Array | null {
  const xml = src.s;
  const values = patch.values ?? new Map<number, CellValue>();
  const valuesOnly = patch.valuesOnly;
  const keys = Float64Array.from(values.keys()).sort();
  let ptr = 0;
  let found = 0;
  let lastKey = -1;
  let lastRow = -1;
  let cfAt = -1;
  let rootEnd = -1;
  // A cached value adds about `<v>0.123456789012345</v>` (24 bytes) to a formula cell.
  const w = new PartWriter(src, values.size * 24);

  // The element prefix ('' normally; 'x:' in parts some .NET tools write) for what we add.
  const rootMatch = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml.slice(0, 4096));
  const p = rootMatch && rootMatch[1] ? rootMatch[1] : '';

  const newCell = (k: number) => newCellXml(cellRef((k / MAX_COLS) | 0, k % MAX_COLS), values.get(k)!, p);
  /** New cells for pending keys below `limit` (all in one row), as text in src form. */
  const pendingCells = (limit: number): string => {
    let out = '';
    for (; ptr < keys.length && keys[ptr] < limit; ptr++) if (values.get(keys[ptr]) !== null) out += newCell(keys[ptr]);
    return out ? src.native(out) : '';
  };
  /** New rows for pending keys in rows below `rowLimit`. */
  const pendingRows = (rowLimit: number): string => {
    let out = '';
    const limit = rowLimit * MAX_COLS;
    while (ptr < keys.length && keys[ptr] < limit) {
      const row = (keys[ptr] / MAX_COLS) | 0;
      const end = Math.min(limit, (row + 1) * MAX_COLS);
      let cells = '';
      for (; ptr < keys.length && keys[ptr] < end; ptr++) if (values.get(keys[ptr]) !== null) cells += newCell(keys[ptr]);
      if (cells) out += `<${p}row r="${row + 1}">${cells}</${p}row>`;
    }
    return out ? src.native(out) : '';
  };

  scanSheet(
    src,
    part,
    {
      dimension(ref, tagStart, tagEnd) {
        if (!merge || tagStart < w.position) return;
        const wider = widenDimension(ref, values);
        if (wider !== ref) w.splice(tagStart, tagEnd, xml.slice(tagStart, tagEnd).replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${wider}"`));
      },
      rowStart(row, tagStart, tagEnd, empty) {
        if (!merge) return;
        if (row <= lastRow) throw UNORDERED;
        lastRow = row;
        const rows = pendingRows(row);
        if (rows) w.splice(tagStart, tagStart, rows);
        const tag = xml.slice(tagStart, tagEnd);
        if (empty) {
          // <row r="5" …/> becomes <row r="5" …>new cells</row>.
          const cells = pendingCells((row + 1) * MAX_COLS);
          if (cells) w.splice(tagStart, tagEnd, widenSpans(tag.replace(/\s*\/>$/, '>'), keys, ptr, row) + cells + `</${p}row>`);
        } else {
          const wider = widenSpans(tag, keys, ptr, row);
          if (wider !== tag) w.splice(tagStart, tagEnd, wider);
        }
      },
      cell(cs: CellScan) {
        const key = cs.row * MAX_COLS + cs.col;
        if (merge) {
          if (key <= lastKey) throw UNORDERED;
          lastKey = key;
          const cells = pendingCells(key);
          if (cells) w.splice(cs.start, cs.start, cells);
        }
        // In merge mode the sorted keys say whether this cell is edited, without a hash lookup
        // per cell (most cells of a big sheet are not edited).
        const edited = merge ? ptr < keys.length && keys[ptr] === key : values.has(key);
        if (edited) {
          found++;
          if (merge) ptr++;
          const v = values.get(key);
          w.splice(cs.start, cs.end, renderCell(src, cs, v === undefined ? null : v, valuesOnly, p));
        } else if (valuesOnly && cs.fStart >= 0) {
          w.splice(cs.start, cs.end, renderCell(src, cs, KEEP_VALUE, true, p));
        }
      },
      rowEnd(row, closeStart) {
        if (!merge) return;
        const cells = pendingCells((row + 1) * MAX_COLS);
        if (cells) w.splice(closeStart, closeStart, cells);
      },
      sheetData(tagStart, tagEnd, closeStart) {
        if (!merge) return;
        const rows = pendingRows(MAX_ROWS);
        if (!rows) return;
        if (closeStart >= 0) w.splice(closeStart, closeStart, rows);
        // <sheetData/> becomes <sheetData>rows</sheetData>.
        else w.splice(tagStart, tagEnd, src.native(`<${p}sheetData>`) + rows + src.native(`</${p}sheetData>`));
      },
      topLevel(name, _start, end) {
        if (BEFORE_CF.has(name)) cfAt = end;
      },
      rootEnd(closeStart) {
        rootEnd = closeStart;
      },
    },
    { inlineText: false },
  );

  if (!merge) {
    let missing = 0;
    for (const [, v] of values) if (v !== null) missing++;
    if (missing > found) {
      throw new WorkbookError(
        'corrupt',
        `工作表「${part}」的单元格顺序混乱，无法新增单元格；请在 Excel 中打开并另存后重试`,
        `the cells of ${part} are out of order, so new cells cannot be added; open and save the workbook in Excel, then retry`,
      );
    }
  }
  if (patch.conditionalFormats) {
    let cf = patch.conditionalFormats;
    // In a prefixed part the default namespace is not SpreadsheetML: declare it on each fragment.
    if (p) cf = cf.replace(/<conditionalFormatting(?=[\s>])/g, `<conditionalFormatting xmlns="${MAIN_NS}"`);
    const at = cfAt >= 0 ? cfAt : rootEnd;
    if (at >= 0) w.splice(at, at, src.native(cf));
  }
  return w.changed ? w.finish() : null;
}

/** The dimension ref grown to take in every cell that gets a value. */
function widenDimension(ref: string, values: Map<number, CellValue>): string {
  const d = parseRange(ref);
  if (!d) return ref;
  let { r1, c1, r2, c2 } = d;
  for (const [k, v] of values) {
    if (v === null) continue;
    const r = (k / MAX_COLS) | 0;
    const c = k - r * MAX_COLS;
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  if (d.r1 === r1 && d.c1 === c1 && d.r2 === r2 && d.c2 === c2) return ref;
  return r1 === r2 && c1 === c2 ? cellRef(r1, c1) : `${cellRef(r1, c1)}:${cellRef(r2, c2)}`;
}

/** The row start tag with its `spans` hint (if any) grown to cover the edited columns of the row. */
function widenSpans(tag: string, keys: Float64Array, from: number, row: number): string {
  const m = /(\sspans\s*=\s*["'])(\d+):(\d+)(["'])/.exec(tag);
  if (!m) return tag;
  let lo = Number(m[2]);
  let hi = Number(m[3]);
  const end = (row + 1) * MAX_COLS;
  for (let i = from; i < keys.length && keys[i] < end; i++) {
    const c = (keys[i] % MAX_COLS) + 1;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (lo === Number(m[2]) && hi === Number(m[3])) return tag;
  return tag.slice(0, m.index) + `${m[1]}${lo}:${hi}${m[4]}` + tag.slice(m.index + m[0].length);
}
