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
  let h = HALF.get(s);
  if (h === undefined) {
    h = s.normalize('NFKC').trim();
    if (HALF.size >= 10_000) HALF.clear();
    HALF.set(s, h);
  }
  return h;
}
// The stage and indicator names a table repeats on every row: normalised once each (bounded).
const HALF = new Map<string, string>();

// Punctuation people add or drop when typing a name: spaces, 、，。·, brackets, quotes, dashes.
const IGNORED = /[\s、，。,.·•:：;；()（）[\]【】{}<>《》〈〉"'“”‘’_\-—–/／]/g;

/**
 * The form two names are compared in: half-width, lower case, no spaces or punctuation.
 * @example
 * normalizeKey('生均教学及辅助用房面积 '); // '生均教学及辅助用房面积'
 * normalizeKey('Teaching-Space  (m²)');    // 'teachingspacem2'
 */
export function normalizeKey(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = toHalfWidth(s).toLowerCase().replace(IGNORED, '');
    // A table names the same few indicators and stages on every row: remember them (bounded, so
    // arbitrary text cannot grow it without end).
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}
const KEYS = new Map<string, string>();
