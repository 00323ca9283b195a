/**
 * Writing computed values (and added conditional formats) into a user's workbook without
 * re-modelling it (docs/design.md §3): the output zip has the same entries in the same order, and every
 * entry that does not have to change is written with its original compressed bytes. The parts that
 * change are edited as text, cell by cell; everything else inside them stays as it was.
 *
 * What changes:
 * - each worksheet with edits (in values-only mode: each worksheet that has formulas);
 * - styles.xml, when `dxfs` are added;
 * - in values-only mode, xl/calcChain.xml is removed with its relationship and content-type
 *   override (a calculation chain naming cells that no longer have formulas makes Excel repair the
 *   file). When formulas are kept the chain is kept too: the formulas it lists are unchanged.
 * `<calcPr>` is left alone: the values written are the computed ones, nothing needs recalculating.
 */
import { crc32, deflateRaw } from './codec';
import { WorkbookError, corrupt } from './errors';
import { XlsxPackage } from './open';
import { relsPathOf } from './opc';
import { appendDxfs, removeElements } from './part-edit';
import { MAX_COLS, MAX_ROWS, refKey } from './refs';
import { SheetPatch, patchSheet } from './sheet-patch';
import { readStyles } from './styles';
import { CellValue, WorkbookEdits } from './types';
import { SheetEntry, WorkbookPart, readWorkbookPart } from './workbook-part';
import { XmlSource } from './xml-source';
import { UnencodableError } from './xml-text';
import { ZipOutEntry, writeZip } from './zip';

/** Options of patchWorkbook. */
export interface PatchOptions {
  /** Drop every formula, keeping values (edited or cached), and drop the calculation chain. */
  valuesOnly?: boolean;
  /**
   * DEFLATE level for the parts that change. By default 6 (as Excel's own output) for parts under
   * 4 MB and 1 above: on a 50 MB worksheet level 6 takes ≈0.8 s against ≈0.25 s for a file ≈10%
   * larger, and a big sheet is exactly where a fill should be quick.
   */
  level?: number;
}

/**
 * The workbook with `edits` applied, as the bytes of a new .xlsx (or .xlsm: macros are kept).
 * Throws WorkbookError 'not-found' for an unknown sheet or a bad cell reference.
 * @example
 * const pkg = openXlsx(fs.readFileSync('学校资源表.xlsx'));
 * const out = patchWorkbook(pkg, { values: new Map([['学校资源', new Map([['G5', 1.03], ['H5', '达标']])]]) });
 * fs.writeFileSync('学校资源表-计算.xlsx', out);
 */
export function patchWorkbook(pkg: XlsxPackage, edits: WorkbookEdits, opts: PatchOptions = {}): Uint8Array {
  const valuesOnly = !!opts.valuesOnly;
  const levelFor = (size: number) => opts.level ?? (size < 4 * 1024 * 1024 ? 6 : 1);
  const wb = readWorkbookPart(pkg);

  // Sheet name → what to do, keyed by part.
  const patches = new Map<string, SheetPatch>();
  const patchFor = (name: string): SheetPatch => {
    const sheet = findSheet(wb, name);
    let p = patches.get(sheet.partPath);
    if (!p) patches.set(sheet.partPath, (p = { valuesOnly }));
    return p;
  };
  for (const [name, cells] of edits.values) {
    const p = patchFor(name);
    const values = (p.values ??= new Map<number, CellValue>());
    for (const [ref, v] of cells) {
      const r = ref.trim();
      const key = refKey(r, 0, r.length);
      if (key < 0) throw new WorkbookError('not-found', `单元格引用无效：${name}!${ref}`, `invalid cell reference: ${name}!${ref}`);
      values.set(key, v);
    }
  }
  for (const [name, cells] of edits.keyedValues ?? []) {
    const p = patchFor(name);
    for (const key of cells.keys()) {
      if (!(key >= 0 && key < MAX_ROWS * MAX_COLS && Number.isInteger(key))) throw new WorkbookError('not-found', `单元格键无效：${name}!${key}`, `invalid cell key: ${name}!${key}`);
    }
    // The usual case, one computed map per sheet, is used as it is (the patcher only reads it).
    if (!p.values) {
      p.values = cells;
      continue;
    }
    for (const [key, v] of cells) p.values.set(key, v);
  }
  for (const [name, cf] of edits.conditionalFormats ?? []) {
    if (!cf) continue;
    const p = patchFor(name);
    p.conditionalFormats = (p.conditionalFormats ?? '') + cf;
  }
  if (valuesOnly) {
    // Every worksheet loses its formulas, edited or not.
    for (const s of wb.sheets) if ((s.kind === 'worksheet' || s.kind === 'macrosheet') && pkg.has(s.partPath) && !patches.has(s.partPath)) patches.set(s.partPath, { valuesOnly });
  }

  const replaced = new Map<string, Uint8Array>();
  for (const [part, patch] of patches) {
    if (!pkg.has(part)) throw corrupt(part, '缺少该部件', 'the part is missing');
    const out = encodable(part, () => patchSheet(pkg.source(part), part, patch));
    if (out !== null) replaced.set(part, out);
  }

  if (edits.dxfs && edits.dxfs.length) {
    if (!wb.stylesPath) throw corrupt('xl/styles.xml', '缺少样式部件，无法添加条件格式', 'there is no styles part to add conditional formats to');
    const src = pkg.source(wb.stylesPath);
    replaced.set(wb.stylesPath, encodePart(src, appendDxfs(src, edits.dxfs, wb.stylesPath), wb.stylesPath));
  }

  const removed = new Set<string>();
  if (valuesOnly && wb.calcChainPath) {
    removed.add(wb.calcChainPath.toLowerCase());
    const relsPath = relsPathOf(pkg.workbookPath);
    if (pkg.has(relsPath)) {
      const src = pkg.source(relsPath);
      const out = removeElements(src, relsPath, 'Relationship', (a) => /\/calcChain$/.test(a('Type') ?? ''));
      if (out !== null) replaced.set(pkg.entry(relsPath)!.name, encodePart(src, out, relsPath));
    }
    const ct = '[Content_Types].xml';
    if (pkg.has(ct)) {
      const target = '/' + wb.calcChainPath.toLowerCase();
      const src = pkg.source(ct);
      const out = removeElements(src, ct, 'Override', (a) => (a('PartName') ?? '').toLowerCase() === target);
      if (out !== null) replaced.set(pkg.entry(ct)!.name, encodePart(src, out, ct));
    }
  }

  const entries: ZipOutEntry[] = [];
  for (const e of pkg.entries) {
    if (removed.has(e.name.toLowerCase())) continue;
    const data = replaced.get(e.name);
    const base = { name: e.name, modTime: e.modTime, modDate: e.modDate, versionMadeBy: e.versionMadeBy, externalAttributes: e.externalAttributes };
    if (data) {
      const packed = deflateRaw(data, levelFor(data.length));
      entries.push({ ...base, method: 8, crc32: crc32(data), compressedSize: packed.length, size: data.length, data: packed });
    } else {
      // Not edited: the original compressed bytes, CRC and sizes, untouched.
      entries.push({ ...base, method: e.method, crc32: e.crc32, compressedSize: e.compressedSize, size: e.size, data: pkg.compressed(e.name) });
    }
  }
  return writeZip(entries);
}

/**
 * True when the workbook has a styles part, which highlight rules need for their red fill (a
 * workbook without one is valid OOXML: some tools write none).
 * @example
 * hasStyles(openXlsx(fs.readFileSync('county.xlsx'))); // true
 */
export function hasStyles(pkg: XlsxPackage): boolean {
  const path = readWorkbookPart(pkg).stylesPath;
  return path !== undefined && pkg.has(path);
}

/**
 * The id the first of `edits.dxfs` will get: the number of `<dxf>` styles.xml already has.
 * Conditional-format fragments refer to their formats as `dxfId="${base + i}"`.
 * @example
 * const base = dxfBaseId(pkg); // e.g. 2
 * const cf = `<conditionalFormatting sqref="F5:F40"><cfRule type="cellIs" dxfId="${base}" priority="${nextCfPriority(pkg, '学校资源')}" operator="lessThan"><formula>4.5</formula></cfRule></conditionalFormatting>`;
 */
export function dxfBaseId(pkg: XlsxPackage): number {
  const wb = readWorkbookPart(pkg);
  return wb.stylesPath ? readStyles(pkg.text(wb.stylesPath), wb.stylesPath).dxfCount : 0;
}

/**
 * A `priority` for a new conditional-format rule on `sheetName`, above every rule it already has
 * (priorities must be unique within a sheet; 1 is evaluated first).
 * @example
 * nextCfPriority(pkg, '学校资源'); // 1 on a sheet without rules
 */
export function nextCfPriority(pkg: XlsxPackage, sheetName: string): number {
  const sheet = findSheet(readWorkbookPart(pkg), sheetName);
  // Rules live after the cell data (and, for Excel 2010 rules, in extLst): skip the cells.
  const xml = pkg.textAfterCells(sheet.partPath);
  const from = Math.max(0, xml.lastIndexOf('sheetData>'));
  let max = 0;
  const re = /<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g;
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** The sheet called `name` (exact, else ignoring case, as Excel does); a worksheet. */
function findSheet(wb: WorkbookPart, name: string): SheetEntry {
  const s = wb.sheets.find((x) => x.name === name) ?? wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!s) throw new WorkbookError('not-found', `找不到工作表「${name}」`, `there is no sheet "${name}"`);
  if (s.kind !== 'worksheet' && s.kind !== 'macrosheet') throw new WorkbookError('not-found', `「${name}」是图表工作表，不能写入单元格`, `"${name}" is a chart sheet; it has no cells to write`);
  return s;
}

function encodePart(src: XmlSource, text: string, part: string): Uint8Array {
  return encodable(part, () => src.toBytes(text));
}

/** Runs `f`, turning the failure to re-encode a legacy code page into a WorkbookError. */
function encodable<T>(part: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof UnencodableError)) throw e;
    const enc = e.encoding;
    throw new WorkbookError('corrupt', `无法改写 ${enc} 编码的部件 ${part}，请在 Excel 中另存后重试`, `cannot rewrite ${part}, which is encoded as ${enc}; save the workbook again in Excel and retry`);
  }
}

/**
 * The number a cell is keyed by inside the patcher: row × 16384 + column (0-based); -1 when `ref`
 * is not a cell reference.
 * @example
 * cellKey('B7'); // 6 * 16384 + 1
 */
export function cellKey(ref: string): number {
  return refKey(ref, 0, ref.length);
}
