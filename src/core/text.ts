/**
 * Text folding shared by every lookup: what a statistician types (full-width forms, stray spaces,
 * mixed case, a 、 or a bracket more or less) must find the same thing.
 */

/**
 * Folds full-width forms to half-width (NFKC: １２３→123, ％→%, ，→,) and trims.
 * @example
 * toHalfWidth(' ８５％ '); // '85%'
 */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC').trim();
}

// Punctuation people add or drop when typing a name: spaces, 、，。·, brackets, quotes, dashes.
const IGNORED = /[\s、，。,.·•:：;；()（）[\]【】{}<>《》〈〉"'“”‘’_\-—–/／]/g;

/**
 * The form two names are compared in: half-width, lower case, no spaces or punctuation.
 * @example
 * normalizeKey('生均教学及辅助用房面积 '); // '生均教学及辅助用房面积'
 * normalizeKey('Teaching-Space  (m²)');    // 'teachingspacem2'
 */
export function normalizeKey(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(IGNORED, '');
}
