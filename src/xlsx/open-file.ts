/**
 * Opening a workbook from a path (Node only; kept apart from open.ts, which works on bytes
 * anywhere). A missing file, a folder, or an unreadable file become WorkbookErrors like the rest.
 */
import * as fs from 'fs';
import { WorkbookError } from './errors';
import { XlsxLimits, XlsxPackage, openXlsx } from './open';

/**
 * Reads and opens the workbook at `path`. Throws WorkbookError 'not-found' when there is no such
 * file, and whatever openXlsx throws for its content.
 * @example
 * const pkg = openXlsxFile('data/县域学校资源表.xlsx');
 */
export function openXlsxFile(path: string, limits?: XlsxLimits): XlsxPackage {
  let bytes: Uint8Array;
  try {
    const st = fs.statSync(path);
    if (st.isDirectory()) throw new WorkbookError('not-found', `${path} 是文件夹，不是文件`, `${path} is a folder, not a file`);
    bytes = fs.readFileSync(path);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookError('not-found', `找不到文件：${path}`, `no such file: ${path}`);
    throw new WorkbookError('not-found', `无法读取文件 ${path}（${code ?? (e as Error).message}）`, `cannot read ${path} (${code ?? (e as Error).message})`);
  }
  return openXlsx(bytes, limits);
}
