/**
 * Rewrites of function arguments, on formula text already in HyperFormula's form (see
 * formula-text.ts), where Excel's reading of an argument differs from HyperFormula's:
 * - a criterion of SUMIF/COUNTIF/AVERAGEIF(S) that is a reference to an empty cell is 0 in Excel
 *   ("the empty cell is treated as a 0 value", Microsoft's COUNTIFS page); HyperFormula gives #VALUE!;
 * - SUBTOTAL ignores the cells of its ranges that hold SUBTOTAL themselves (a 合计 over rows with
 *   小计 rows counts each school once); HyperFormula adds them in. The range is split around them.
 */
import { colIndex, colName } from '../../xlsx/refs';

const CELL_OR_AREA = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?$/;

/** Criterion positions (0-based) of each criteria function: every other one after the first range. */
function criteria(fn: string, n: number): number[] {
  const out: number[] = [];
  if (/^(SUMIF|COUNTIF|AVERAGEIF)$/.test(fn)) out.push(1);
  else if (fn === 'COUNTIFS') for (let i = 1; i < n; i += 2) out.push(i);
  else if (fn === 'SUMIFS' || fn === 'AVERAGEIFS' || fn === 'MAXIFS' || fn === 'MINIFS') for (let i = 2; i < n; i += 2) out.push(i);
  return out;
}

/** The cells holding SUBTOTAL, per sheet, as row × 16384 + col; and the sheet the formula is on. */
export interface SubtotalCells {
  cells: ReadonlyMap<string, ReadonlySet<number>>;
  sheet: string;
}

/**
 * @example
 * rewriteArgs('SUMIF(A1:A4,F1,B1:B4)');  // 'SUMIF(A1:A4,IF(ISBLANK(F1),0,F1),B1:B4)'
 * rewriteArgs('SUBTOTAL(9,B1:B7)', { cells: new Map([['S', new Set([4 * 16384 + 1])]]), sheet: 'S' });
 * // 'SUBTOTAL(9,B1:B4,B6:B7)'
 */
export function rewriteArgs(text: string, subtotals?: SubtotalCells): string {
  if (!/(IFS?|SUBTOTAL)\(/i.test(text) || !/(SUMIFS?|COUNTIFS?|AVERAGEIFS?|MAXIFS|MINIFS|SUBTOTAL)\(/i.test(text)) return text;
  return walk(text, subtotals);
}

const CALL = /([A-Za-z][A-Za-z0-9.]*)\(/y;

function walk(text: string, subtotals?: SubtotalCells): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const j = closing(text, i);
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    CALL.lastIndex = i;
    const m = /[A-Za-z]/.test(ch) ? CALL.exec(text) : null;
    if (m && !/[\w.$]/.test(text[i - 1] ?? '')) {
      const fn = m[1].toUpperCase();
      const start = i + m[0].length;
      const { args, end } = splitArgs(text, start);
      const inner = args.map((a) => walk(a, subtotals));
      for (const k of criteria(fn, inner.length)) {
        const a = inner[k]?.trim();
        if (a && CELL_OR_AREA.exec(a) && !a.includes(':')) inner[k] = `IF(ISBLANK(${a}),0,${a})`;
      }
      if (fn === 'SUBTOTAL' && subtotals) for (let k = 1; k < inner.length; k++) inner[k] = splitAround(inner[k].trim(), subtotals) ?? inner[k];
      out += m[1] + '(' + inner.join(',') + ')';
      i = end + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index of the quote closing the literal that opens at `i` (doubled quotes stay inside). */
function closing(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === q && text[j + 1] === q) j += 2;
    else if (text[j] === q) return j;
    else j++;
  }
  return text.length - 1;
}

/** The arguments of a call whose text starts at `start` (after its '('), and the index of its ')'. */
function splitArgs(text: string, start: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let from = start;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = closing(text, i);
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ')') break;
    else if (ch === ',' && depth === 0) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (i > start || text[start] !== ')') args.push(text.slice(from, i));
  return { args, end: i };
}

// Column letters ⇄ indexes: the one A1 module's.
const col = (s: string) => colIndex(s.replace(/\$/g, ''));

/** An area minus its SUBTOTAL cells, as a list of areas (column by column, runs of rows); null when none is inside. */
function splitAround(arg: string, st: SubtotalCells): string | null {
  const m = CELL_OR_AREA.exec(arg);
  if (!m || !m[3]) return null;
  const sheet = m[1] === undefined ? st.sheet : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
  const skip = st.cells.get(sheet);
  if (!skip?.size) return null;
  const p = (a: string) => {
    const x = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a)!;
    return { r: Number(x[2]) - 1, c: col(x[1]) };
  };
  const a = p(m[2]);
  const b = p(m[3]);
  const [r1, r2, c1, c2] = [Math.min(a.r, b.r), Math.max(a.r, b.r), Math.min(a.c, b.c), Math.max(a.c, b.c)];
  // Only areas of a sensible size are split (a whole column stays as written).
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > 1_000_000) return null;
  let any = false;
  for (const k of skip) {
    const r = Math.floor(k / 16_384);
    const c = k % 16_384;
    if (r >= r1 && r <= r2 && c >= c1 && c <= c2) any = true;
  }
  if (!any) return null;
  const prefix = m[1] === undefined ? '' : m[1] + '!';
  const parts: string[] = [];
  for (let c = c1; c <= c2; c++) {
    let from = -1;
    for (let r = r1; r <= r2 + 1; r++) {
      const kept = r <= r2 && !skip.has(r * 16_384 + c);
      if (kept && from < 0) from = r;
      if (!kept && from >= 0) {
        parts.push(`${prefix}${colName(c)}${from + 1}${r - 1 > from ? `:${colName(c)}${r}` : ''}`);
        from = -1;
      }
    }
  }
  return parts.length ? parts.join(',') : null;
}
