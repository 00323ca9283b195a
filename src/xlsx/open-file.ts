/**
 * Opening a workbook from a path (Node only; kept apart from open.ts, which works on bytes
 * anywhere). A missing file, a folder, or an unreadable file become WorkbookErrors like the rest.
 */
import * as fs from 'fs';
import { WorkbookError } from './errors';
import { XlsxLimits, XlsxPackage, openXlsx } from './open';

/**
 * The bytes of the workbook file at `path`: the one place a path becomes bytes for every command
 * (fill, check, eval --workbook, demo). A missing file, a folder or an unreadable file is a
 * WorkbookError 'not-found', one line in Chinese then English.
 * @example
 * readWorkbookBytes('missing.xlsx'); // throws WorkbookError 找不到文件：missing.xlsx / no such file: missing.xlsx
 */
export function readWorkbookBytes(path: string): Uint8Array {
  try {
    const st = fs.statSync(path);
    if (st.isDirectory()) throw new WorkbookError('not-found', `${path} 是文件夹，不是文件`, `${path} is a folder, not a file`);
    return fs.readFileSync(path);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookError('not-found', `找不到文件：${path}`, `no such file: ${path}`);
    throw new WorkbookError('not-found', `无法读取文件 ${path}（${code ?? (e as Error).message}）`, `cannot read ${path} (${code ?? (e as Error).message})`);
  }
}

/**
 * Reads and opens the workbook at `path`. Throws WorkbookError 'not-found' when there is no such
 * file, and whatever openXlsx throws for its content.
 * @example
 * const pkg = openXlsxFile('data/县域学校资源表.xlsx');
 */
export function openXlsxFile(path: string, limits?: XlsxLimits): XlsxPackage {
  return openXlsx(readWorkbookBytes(path), limits);
}
