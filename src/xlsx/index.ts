/**
 * Reading and patching user workbooks (.xlsx / .xlsm). Open the bytes, read them into plain data,
 * and write computed values back by patching the original parts — never by re-modelling the
 * workbook (DESIGN.md §3).
 *
 *   const pkg = openXlsx(bytes);              // checks, refuses bad input with a WorkbookError
 *   const wb = readWorkbook(pkg);             // sheets, cells, formulas, names
 *   const out = patchWorkbook(pkg, edits);    // new file bytes; untouched parts copied verbatim
 */
export { WorkbookError, isWorkbookError } from './errors';
export type { WorkbookErrorCode } from './errors';
export { openXlsx, XlsxPackage, DEFAULT_LIMITS } from './open';
export type { XlsxLimits } from './open';
export { openXlsxFile } from './open-file';
export { readWorkbook } from './read';
export { patchWorkbook, dxfBaseId, nextCfPriority, cellKey } from './patch';
export type { PatchOptions } from './patch';
export { shiftFormula, compileShift } from './formula-shift';
export { colName, cellRef, parseCellRef, parseRange } from './refs';
export { isDateFormat } from './styles';
export type { CellData, CellError, CellKind, CellValue, SheetData, WorkbookData, WorkbookEdits, DefinedName, SheetKind, SheetState } from './types';
export type { ZipEntry } from './zip';
