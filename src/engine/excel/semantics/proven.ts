/**
 * Compute what is proven, keep the rest (issue 25). A built-in function is computed only when the
 * rule book covers it with conformance rows — every name below has rows in
 * test/conformance/builtins.ts, run through the fast path, HyperFormula and LibreOffice
 * (test/engine/proven.test.ts holds the list and the table to the same names); EDU functions have
 * theirs in test/conformance/cases-*.ts. A formula calling anything else keeps the value Excel saved,
 * and fill lists it with why: complex numbers (HyperFormula writes i where Excel wrote j), the legacy
 * statistical names (NORMSDIST, BETADIST … are #NAME? or #N/A in HyperFormula), MMULT and TRANSPOSE
 * in legacy array formulas, volatile functions (TODAY, NOW, RAND) whose saved value is the one the
 * user saw. TEXT is computed only for the number formats written in ../excel-text.ts with rows:
 * elapsed time ([h]:mm), conditions ([>100]) and fractions (# ?/?) keep Excel's value.
 */

/** The built-ins with conformance rows (upper case, without the _xlfn. prefix Excel stores). */
export const PROVEN_FUNCTIONS: ReadonlySet<string> = new Set([
  'ABS', 'AGGREGATE', 'AND', 'AVERAGE', 'AVERAGEIF', 'AVERAGEIFS', 'BASE', 'CEILING', 'CHOOSE', 'CLEAN', 'COLUMN', 'CONCAT', 'CONCATENATE',
  'COUNT', 'COUNTA', 'COUNTBLANK', 'COUNTIF', 'COUNTIFS', 'DATE', 'DATEDIF', 'DATEVALUE', 'DAY', 'DAYS', 'EDATE', 'EOMONTH',
  'ERROR.TYPE', 'EVEN', 'EXACT', 'FALSE', 'FIND', 'FLOOR', 'HLOOKUP', 'IF', 'IFERROR', 'IFS', 'INDEX', 'INT', 'ISBLANK', 'ISFORMULA',
  'ISERROR', 'ISNUMBER', 'ISTEXT', 'LARGE', 'LEFT', 'LEN', 'MATCH', 'MAX', 'MEDIAN', 'MID', 'MIN', 'MOD',
  'MODE.SNGL', 'MONTH', 'MROUND', 'NA', 'NOT', 'ODD', 'OR', 'PI', 'POWER', 'PRODUCT', 'RANK', 'RANK.AVG', 'RANK.EQ', 'REPT',
  'RIGHT', 'ROUND', 'ROUNDDOWN', 'ROUNDUP', 'ROW', 'SIN', 'SMALL', 'SQRT', 'STDEV', 'SUBSTITUTE', 'SUBTOTAL', 'SUM',
  'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'TEXT', 'TIMEVALUE', 'TRIM', 'TRUE', 'TRUNC', 'TYPE', 'UPPER', 'VALUE', 'VLOOKUP',
  'WEEKDAY', 'XOR', 'YEAR',
]);

/**
 * TEXT format features without rows: elapsed time ([h], [mm], [ss]), a condition ([>100], [<=0],
 * [=1]) and fractions (# ?/?, 0/4). Excel's own rules for them are not written in ../excel-text.ts.
 */
const UNPROVEN_FORMAT = /\[(?:h+|m+|s+)\]|\[[<>=]|[#0?]\s*\/\s*[#0?\d]/i;

/**
 * Why a formula is not computed (a function or a TEXT format without conformance rows), or
 * undefined when everything it calls is proven. String literals and quoted sheet names are not
 * read as calls; a TEXT format given by a cell is not known from the text (computed as before).
 * @example
 * unproven('NORMSDIST(1.96)');         // 'NORMSDIST 未经一致性验证…'
 * unproven('TEXT(A1,"[h]:mm")');       // 'TEXT 的格式「[h]:mm」未经一致性验证…'
 * unproven('SUM(A1:A3)+EDU.PER100(1,2)'); // undefined
 */
export function unproven(formula: string): string | undefined {
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"|'(?:[^']|'')*'|([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    const raw = m[2];
    if (raw === undefined) continue;
    const name = raw.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?|^_XLWS\./, '');
    if (name.startsWith('EDU.') || PROVEN_FUNCTIONS.has(name)) {
      if (name === 'TEXT') {
        const why = textFormat(formula.slice((m.index ?? 0) + m[0].length));
        if (why) return why;
      }
      continue;
    }
    return `${name} 未经一致性验证，保留 Excel 保存的值 / ${name} has no conformance rows; the value Excel saved is kept`;
  }
  return undefined;
}

/** The TEXT call's literal format (its second argument), when it has a feature without rows. */
function textFormat(rest: string): string | undefined {
  // The format is the first string literal after a top-level comma of the call.
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '"') {
      const end = /^"((?:[^"]|"")*)"/.exec(rest.slice(i));
      if (!end) return undefined;
      i += end[0].length - 1;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth-- === 0) return undefined;
    } else if (ch === ',' && depth === 0) {
      const lit = /^\s*"((?:[^"]|"")*)"\s*\)/.exec(rest.slice(i + 1));
      if (lit && UNPROVEN_FORMAT.test(lit[1])) {
        const f = lit[1].replace(/""/g, '"');
        return `TEXT 的格式「${f}」未经一致性验证，保留 Excel 保存的值 / TEXT with the format "${f}" has no conformance rows; the value Excel saved is kept`;
      }
      return undefined;
    }
  }
  return undefined;
}
