/**
 * Reading and patching user workbooks (.xlsx / .xlsm). Open the bytes, read them into plain data,
 * and write computed values back by patching the original parts — never by re-modelling the
 * workbook (docs/design.md §3).
 *
 *   const pkg = openXlsx(bytes);              // checks, refuses bad input with a WorkbookError
 *   const wb = readWorkbook(pkg);             // sheets, cells, formulas, names
 *   const out = patchWorkbook(pkg, edits);    // new file bytes; untouched parts copied verbatim
 *
 * The files, in the order data flows through them:
 *   errors.ts         WorkbookError: code + one-line Chinese / English message
 *   sniff.ts          what a non-xlsx file is (CSV, old .xls, encrypted, web page)
 *   zip.ts, codec.ts  central directory read and zip write; bounded inflate, deflate, CRC-32
 *   open.ts           openXlsx: checks and limits, the lazy XlsxPackage
 *   open-file.ts      openXlsxFile: the same from a path (Node)
 *   xml-source.ts     a UTF-8 part as a one-byte-per-byte string (why: see the file)
 *   xml-scan.ts       the allocation-free tag scanner for big parts
 *   sax.ts, opc.ts    saxes for small parts; relationships and part names
 *   workbook-part.ts  sheets, names, date system; styles.ts: date formats, dxf count
 *   shared-strings.ts the shared string table
 *   sheet-scan.ts     one walk over a worksheet, shared by reader and patcher
 *   cell-values.ts    a scanned cell's formula, text or number, decoded on demand
 *   formula-shift.ts  moving a shared formula to each cell of its block
 *   sheet-read.ts     a worksheet → cells; read.ts: readWorkbook
 *   cell-xml.ts       writing one <c>; part-writer.ts: streaming output of a patched part
 *   sheet-patch.ts    a worksheet patched in one pass; part-edit.ts: styles / rels / content types
 *   patch.ts          patchWorkbook, dxfBaseId, nextCfPriority
 */
export { WorkbookError, isWorkbookError } from './errors';
export type { WorkbookErrorCode } from './errors';
export { openXlsx, XlsxPackage, DEFAULT_LIMITS } from './open';
export type { XlsxLimits } from './open';
// openXlsxFile (reading a path, Node only) lives in './open-file' and is not re-exported here, so
// that a browser bundle importing this index does not pull in 'fs'.
export { readWorkbook } from './read';
export { patchWorkbook, dxfBaseId, nextCfPriority, cellKey } from './patch';
export type { PatchOptions } from './patch';
export { shiftFormula, compileShift } from './formula-shift';
export { colName, cellRef, parseCellRef, parseRange } from './refs';
export { isDateFormat } from './styles';
export type { CellData, CellError, CellKind, CellValue, SheetData, WorkbookData, WorkbookEdits, DefinedName, SheetKind, SheetState } from './types';
export type { ZipEntry } from './zip';
