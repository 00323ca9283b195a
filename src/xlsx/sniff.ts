/**
 * Telling what a file that is not an .xlsx actually is, so the message says what to do. County
 * staff send .xls files from old Excel, password-protected workbooks, CSV exports renamed to .xlsx
 * and web pages saved as .xls; each needs a different instruction.
 */
import { WorkbookError } from './errors';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * True when the bytes start with the OLE compound-file signature (legacy .xls, or an encrypted
 * .xlsx, which Excel wraps in a compound file).
 * @example
 * isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])); // true
 */
export function isCompoundFile(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  for (let i = 0; i < 8; i++) if (b[i] !== CFB_SIGNATURE[i]) return false;
  return true;
}

/**
 * The error for a compound file: 'encrypted' when it holds an "EncryptionInfo" stream (how Excel
 * stores a password-protected .xlsx), else 'xls' (a workbook in the old binary format).
 * @example
 * compoundFileError(bytes).code; // 'encrypted' or 'xls'
 */
export function compoundFileError(b: Uint8Array): WorkbookError {
  // Directory entry names are UTF-16LE; scanning the raw bytes for the name is enough, and cheaper
  // and sturdier than walking the FAT of a file we are going to refuse anyway.
  if (indexOfUtf16le(b, 'EncryptionInfo') >= 0) {
    return new WorkbookError('encrypted', '文件已加密，请先在 Excel 中取消密码', 'the workbook is encrypted; remove the password in Excel first');
  }
  return new WorkbookError('xls', '这是旧版 Excel 97-2003 文件（.xls），请在 Excel 中另存为 .xlsx', 'this is an old Excel 97-2003 file (.xls); save it as .xlsx in Excel');
}

function indexOfUtf16le(b: Uint8Array, s: string): number {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + s.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (b[i + 2 * k] !== (c & 0xff) || b[i + 2 * k + 1] !== c >> 8) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * The error for bytes that are neither a zip nor a compound file: 'csv' for delimited text, else
 * 'not-zip' (with a hint when it is a web page or an XML spreadsheet saved as .xls).
 * @example
 * notZipError(new TextEncoder().encode('学校,学生数\n一小,1200\n')).code; // 'csv'
 */
export function notZipError(b: Uint8Array): WorkbookError {
  const head = textHead(b);
  if (head !== null) {
    const trimmed = head.replace(/^\uFEFF/, '').trimStart();
    if (/^<(\?xml|!doctype|html|table|workbook)/i.test(trimmed)) {
      return new WorkbookError('not-zip', '这是网页或 XML 表格文件，不是 .xlsx，请在 Excel 中打开并另存为 .xlsx', 'this is a web page or an XML spreadsheet, not an .xlsx; open it in Excel and save it as .xlsx');
    }
    if (/[,\t;，]/.test(trimmed) || /\n/.test(trimmed)) {
      return new WorkbookError('csv', '这是 CSV 文本文件，不是 .xlsx，请在 Excel 中打开并另存为 .xlsx', 'this is a CSV text file, not an .xlsx; open it in Excel and save it as .xlsx');
    }
  }
  return new WorkbookError('not-zip', '不是 Excel 工作簿（.xlsx）文件', 'this is not an Excel workbook (.xlsx) file');
}

/**
 * The first few KB as text when they look like text (UTF-8, UTF-16 with a BOM, or a legacy Chinese
 * code page such as GBK — which we only need to recognise, not decode), else null.
 */
function textHead(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096);
  if (n >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(b.subarray(0, n & ~1));
  }
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return null;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > n / 100) return null;
  // Bytes ≥ 0x80 that are not valid UTF-8 (GBK text) decode to U+FFFD, which is still "text".
  return new TextDecoder('utf-8').decode(b.subarray(0, n));
}
