/**
 * Why a plan document could not be read: one line, Chinese then English.
 */
export class ExtractInputError extends Error {
  /**
   * @example
   * new ExtractInputError('不是 .docx 文件', 'not a .docx file').message; // '不是 .docx 文件 / not a .docx file'
   */
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
    this.name = 'ExtractInputError';
  }
}

/**
 * True when `x` is an ExtractInputError (also across bundles, where `instanceof` can fail).
 * @example
 * isExtractInputError(new ExtractInputError('空文件', 'empty file')); // true
 */
export function isExtractInputError(x: unknown): x is ExtractInputError {
  return x instanceof Error && x.name === 'ExtractInputError';
}
