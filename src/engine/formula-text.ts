/**
 * Excel's formula text as HyperFormula reads it. Two differences matter in county workbooks: the
 * `_xlfn.` / `_xlws.` prefixes Excel stores before newer functions, and the bare logical constants
 * TRUE and FALSE, which HyperFormula knows only as the functions TRUE() and FALSE().
 */

/**
 * @example
 * toEngineFormula('IF(TRUE,1,2)');          // 'IF(TRUE(),1,2)'
 * toEngineFormula('_xlfn.STDEV.S(A1:A9)');  // 'STDEV.S(A1:A9)'
 * toEngineFormula('IF(A1="TRUE",1,2)');     // unchanged: inside a string
 */
export function toEngineFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    // Copy string literals and quoted sheet names untouched ("" and '' escape their quote).
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][\w.]*/.exec(formula.slice(i));
    if (m) {
      let word = m[0];
      const prev = out[out.length - 1] ?? '';
      const next = formula[i + word.length] ?? '';
      if (/^_xl(fn|ws)\./i.test(word)) word = word.replace(/^_xl(fn|ws)\./i, '');
      else if (/^(TRUE|FALSE)$/i.test(word) && next !== '(' && next !== '!' && prev !== '!') word = `${word.toUpperCase()}()`;
      out += word;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
