/**
 * The one shape of a message a user reads: Chinese first, then English, shown as `中文 / English`
 * on one line (the CLI, the pane, a 校验 sheet, an Excel error's message). Every error class and
 * note of the product is a Bilingual and is shown through `bilingual`.
 */

/** A message in both languages. */
export interface Bilingual {
  /** The Chinese half. */
  readonly zh: string;
  /** The English half. */
  readonly en: string;
}

/**
 * The message as one line: Chinese, ' / ', English.
 * @example
 * bilingual({ zh: '学生数为0', en: 'student count is 0' }); // '学生数为0 / student count is 0'
 */
export function bilingual(m: Bilingual): string {
  return `${m.zh} / ${m.en}`;
}
