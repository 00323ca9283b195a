/**
 * Text folding shared by every lookup: what a statistician types (full-width forms, stray spaces,
 * mixed case, a 、 or a bracket more or less) must find the same thing.
 */

/**
 * `fold` with its answers kept: a table names the same few indicators, stages and plans on every
 * row. At most 10,000 are kept, then all are forgotten at once, so arbitrary text cannot grow the
 * memory without end.
 */
function remembered(fold: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let r = known.get(s);
    if (r === undefined) {
      r = fold(s);
      if (known.size >= 10_000) known.clear();
      known.set(s, r);
    }
    return r;
  };
}

/**
 * Folds full-width forms to half-width (NFKC: １２３→123, ％→%, ，→,) and trims.
 * @example
 * toHalfWidth(' ８５％ '); // '85%'
 */
export const toHalfWidth = remembered((s) => s.normalize('NFKC').trim());

// Punctuation people add or drop when typing a name: spaces, 、，。·, brackets, quotes, dashes.
const IGNORED = /[\s、，。,.·•:：;；()（）[\]【】{}<>《》〈〉"'“”‘’_\-—–/／]/g;

/**
 * The form two names are compared in: half-width, lower case, no spaces or punctuation.
 * @example
 * normalizeKey('生均教学及辅助用房面积 '); // '生均教学及辅助用房面积'
 * normalizeKey('Teaching-Space  (m²)');    // 'teachingspacem2'
 */
export const normalizeKey = remembered((s) => toHalfWidth(s).toLowerCase().replace(IGNORED, ''));
