/**
 * How text is compared and when it may be something else: the collator (HyperFormula's, built
 * from these options by StringHelper.collatorFromConfig), the fold RACON criteria use, and the
 * date-prefix rule. HyperFormula is configured from COLLATION (../../hf/engine.ts); the fast path
 * compares with COLLATOR. test/engine/rule-book.test.ts checks COLLATION against HyperFormula's
 * defaults.
 */

/**
 * HyperFormula's collation settings as this product configures them. Excel compares text without
 * case but with its accents: ="cafe"="CAFE" is TRUE, ="cafe"="café" is FALSE (LibreOffice gives
 * the same; test/conformance/builtins.ts). HyperFormula's default, accentSensitive false, took
 * "café" for "cafe" in comparisons and criteria alike.
 */
export const COLLATION = {
  localeLang: 'en',
  caseSensitive: false,
  accentSensitive: true,
  caseFirst: 'lower',
  ignorePunctuation: false,
} as const;

/**
 * The collator for `<`, `>`, `=` between texts, built from COLLATION exactly as HyperFormula's
 * collatorFromConfig builds its own.
 * @example
 * COLLATOR.compare('Abc', 'abc'); // 0
 */
export const COLLATOR = new Intl.Collator(COLLATION.localeLang, {
  sensitivity: COLLATION.caseSensitive ? (COLLATION.accentSensitive ? 'variant' : 'case') : COLLATION.accentSensitive ? 'accent' : 'base',
  caseFirst: COLLATION.caseFirst,
  ignorePunctuation: COLLATION.ignorePunctuation,
});

/**
 * Text as criteria compare it (HyperFormula's ArithmeticHelper.normalizeString with COLLATION):
 * lower case; accents kept, as COLLATION keeps them.
 * @example
 * fold('CAFÉ'); // 'café'
 */
export function fold(s: string): string {
  const lower = COLLATION.caseSensitive ? s : s.toLowerCase();
  return COLLATION.accentSensitive ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const LEADING_DIGIT = /^\s*\d/;

/**
 * The date-prefix rule: every date format this product reads (engine.ts `dateFormats`) begins with
 * a digit, so a text that does not is no date. HyperFormula's date parser is skipped for it (a
 * comparison $B2="小学" down 10,000 rows took half a second), and the fast path declines to compare
 * a text that is (HyperFormula compares a date text as a number).
 * @example
 * mayBeDate('2024/9/1'); // true
 * mayBeDate('小学');     // false
 */
export function mayBeDate(text: string): boolean {
  return LEADING_DIGIT.test(text);
}

/**
 * Whether a text's reading as a number depends on the system's locale: a currency symbol or a
 * thousands separator. Excel's VALUE reads text "in any of the constant number, date, or time
 * formats recognized by Microsoft Excel" (Microsoft, "VALUE function") — the formats of the
 * Windows locale: VALUE("$1,000") is 1000 in an en-US office (POI's FormulaEvalTestData_Copy.xlsx
 * saved so) but the dollar sign is not a zh-CN office's currency (¥ is), and HyperFormula, with no
 * thousands separator configured, gave #VALUE!. No one answer is right for every office, so VALUE
 * of such a text keeps the value Excel saved (../../hf/excel-plugin.ts).
 * @example
 * localeNumberText('$1,000'); // true
 * localeNumberText('¥12');    // true
 * localeNumberText('12.5');   // false
 */
export function localeNumberText(text: string): boolean {
  return /[$¥￥€£]/.test(text) || /\d,\d{3}(?!\d)/.test(text);
}
