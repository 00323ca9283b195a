/**
 * The one error type of the .xlsx layer. Everything a user's file can do wrong — be empty, be a CSV
 * renamed to .xlsx, be an old .xls, carry a password, be cut short by a failed copy, claim to unpack
 * to gigabytes — becomes a WorkbookError with a code the CLI can branch on and a message in Chinese
 * then English, one line each, that a statistician can act on without reading a stack trace.
 */
import { bilingual, type Bilingual } from '../domain/core/message';

/** Why a workbook could not be opened, read or patched. */
export type WorkbookErrorCode =
  | 'not-found'
  | 'not-zip'
  | 'encrypted'
  | 'xls'
  | 'too-large'
  | 'corrupt'
  | 'not-xlsx'
  | 'csv'
  | 'limit';

export class WorkbookError extends Error implements Bilingual {
  /** What went wrong, for programs. */
  readonly code: WorkbookErrorCode;
  /** The Chinese half of the message (one line). */
  readonly zh: string;
  /** The English half of the message (one line). */
  readonly en: string;

  /**
   * @example
   * const e = new WorkbookError('encrypted', '文件已加密，请先在 Excel 中取消密码', 'the workbook is encrypted; remove the password in Excel first');
   * e.message; // '文件已加密，请先在 Excel 中取消密码 / the workbook is encrypted; remove the password in Excel first'
   */
  constructor(code: WorkbookErrorCode, zh: string, en: string) {
    // Messages are shown on one line in the CLI and the task pane: fold stray line breaks.
    const zh1 = oneLine(zh);
    const en1 = oneLine(en);
    super(bilingual({ zh: zh1, en: en1 }));
    this.name = 'WorkbookError';
    this.code = code;
    this.zh = zh1;
    this.en = en1;
  }
}

/**
 * True when `x` is a WorkbookError (also across bundles, where `instanceof` can fail).
 * @example
 * isWorkbookError(new WorkbookError('csv', '这是 CSV 文件', 'this is a CSV file')); // true
 * isWorkbookError(new Error('x'));                                                   // false
 */
export function isWorkbookError(x: unknown): x is WorkbookError {
  return x instanceof WorkbookError || (typeof x === 'object' && x !== null && (x as { name?: unknown }).name === 'WorkbookError');
}

/**
 * A 'corrupt' WorkbookError naming the part that is damaged; the common case, so it gets a helper.
 * @example
 * throw corrupt('xl/worksheets/sheet1.xml', '单元格引用无效 A0', 'invalid cell reference A0');
 */
export function corrupt(part: string, zhWhy: string, enWhy: string): WorkbookError {
  return new WorkbookError('corrupt', `文件已损坏（${part}：${zhWhy}），请在 Excel 中打开并另存后重试`, `the workbook is damaged (${part}: ${enWhy}); open it in Excel, save it again and retry`);
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
