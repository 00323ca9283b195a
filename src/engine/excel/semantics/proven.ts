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

/**
 * Which arguments of a built-in take a range (a reference to more than one cell) as it is:
 * 'all', 'none', or `{ at: [0-based positions], from: k, step: s }` — k, k+s, k+2s … (SUMIFS's
 * criteria ranges). Anywhere else a range in a formula that is not an array formula is
 * *intersected* by Excel with the formula's own row or column (=ABS(A1:A9) in row 5 is ABS(A5);
 * Microsoft, "Implicit intersection operator: @"). Outside every call (=A:A&"/"&B:B) the
 * HyperFormula route intersects it (../../hf/formula-text.ts); inside a call neither route does —
 * HyperFormula spills the range or takes its first cell — so such a formula keeps the value Excel saved.
 * 'array' marks SUMPRODUCT, whose arguments Excel computes element by element: any range inside
 * them, in any expression, stands as it is.
 */
export type RangeArgs = 'all' | 'none' | 'array' | { at?: readonly number[]; from?: number; step?: number };

/** The built-ins with conformance rows (upper case, without the _xlfn. prefix Excel stores), and their range arguments. */
export const PROVEN: Readonly<Record<string, RangeArgs>> = {
  ABS: 'none', ACOS: 'none', AGGREGATE: { from: 2 }, AND: 'all', AVERAGE: 'all', AVERAGEIF: { at: [0, 2] },
  AVERAGEIFS: { at: [0], from: 1, step: 2 }, BASE: 'none', CEILING: 'none', CHOOSE: 'none', CLEAN: 'none', COLUMN: 'none',
  CONCAT: 'all', CONCATENATE: 'none', COS: 'none', COUNT: 'all', COUNTA: 'all', COUNTBLANK: { at: [0] }, COUNTIF: { at: [0] },
  COUNTIFS: { from: 0, step: 2 }, DATE: 'none', DATEDIF: 'none', DATEVALUE: 'none', DAY: 'none', DAYS: 'none', DEGREES: 'none',
  EDATE: 'none', EOMONTH: 'none', 'ERROR.TYPE': 'none', EVEN: 'none', EXACT: 'none', EXP: 'none', FACT: 'none', FALSE: 'none',
  FIND: 'none', FLOOR: 'none', HLOOKUP: { at: [1] }, IF: 'none', IFERROR: 'none', IFS: 'none', INDEX: { at: [0] }, INT: 'none',
  ISBLANK: 'none', ISERR: 'none', ISERROR: 'none', ISFORMULA: 'none', ISNA: 'none', ISNUMBER: 'none', ISTEXT: 'none',
  LARGE: { at: [0] }, LEFT: 'none', LEN: 'none', LN: 'none', LOG10: 'none', MATCH: { at: [1] }, MAX: 'all', MEDIAN: 'all',
  MID: 'none', MIN: 'all', MOD: 'none', 'MODE.SNGL': 'all', MONTH: 'none', MROUND: 'none', NA: 'none', NOT: 'none',
  ODD: 'none', OR: 'all', PI: 'none', POWER: 'none', PRODUCT: 'all', RADIANS: 'none', RANK: { at: [1] },
  'RANK.AVG': { at: [1] }, 'RANK.EQ': { at: [1] }, REPT: 'none', RIGHT: 'none', ROUND: 'none', ROUNDDOWN: 'none',
  ROUNDUP: 'none', ROW: 'none', SIN: 'none', SMALL: { at: [0] }, SQRT: 'none', STDEV: 'all', SUBSTITUTE: 'none',
  SUBTOTAL: { from: 1 }, SUM: 'all', SUMIF: { at: [0, 2] }, SUMIFS: { at: [0], from: 1, step: 2 }, SUMPRODUCT: 'array',
  TAN: 'none', TEXT: 'none', TIMEVALUE: 'none', TRIM: 'none', TRUE: 'none', TRUNC: 'none', TYPE: 'none', UPPER: 'none',
  VALUE: 'none', VLOOKUP: { at: [1] }, WEEKDAY: 'none', XOR: 'all', YEAR: 'none',
};

/** The built-ins with conformance rows. */
export const PROVEN_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(PROVEN));

/**
 * Whether argument `k` (0-based) of the proven built-in `name` takes a range as it is.
 * @example
 * takesRange('SUM', 4);      // true
 * takesRange('SUMIF', 1);    // false: the criterion
 * takesRange('COUNTIFS', 2); // true: the second criteria range
 * takesRange('ABS', 0);      // false: Excel intersects ABS(A1:A9)
 */
export function takesRange(name: string, k: number): boolean {
  const a = PROVEN[name];
  if (a === undefined || a === 'none') return false;
  if (a === 'all' || a === 'array') return true;
  if (a.at?.includes(k)) return true;
  const { from, step = 1 } = a;
  return from !== undefined && k >= from && (k - from) % step === 0;
}

/**
 * The TEXT formats with rows (test/conformance/builtins.ts), as the pieces they are made of:
 * digits with thousands separators, decimals and a per cent sign (0.0%, #,##0.00), years, months
 * and days (yyyy年m月d日, yyyy-mm-dd, yyyy/m/d), quoted or Chinese text. Anything else — elapsed
 * time ([h]:mm), conditions ([>100]), fractions (# ?/?), sections (0;-0), scientific (0.00E+00),
 * times and AM/PM, month and day names (mmm, dddd), @, scaling commas (#,##0,) — keeps Excel's
 * value: Excel's rules for them are not written in ../excel-text.ts, and SheetJS's formatter
 * departs from Excel on some (the POI test files show it).
 */
const PROVEN_FORMAT = /^(?:[#0]+(?:,[#0]+)*(?:\.[#0]+)?%?|yyyy|yy|mm?|dd?|[-/ ])+$/i;

/**
 * Why a TEXT format is not computed, or undefined when its every piece has rows.
 * @example
 * textFormatWhy('yyyy年m月d日'); // undefined
 * textFormatWhy('[h]:mm');       // 'TEXT 的格式「[h]:mm」未经一致性验证…'
 */
export function textFormatWhy(format: string): string | undefined {
  // Quoted text, an escaped character and Chinese characters are printed as they are.
  const pieces = format.replace(/"[^"]*"|\\./g, '').replace(/[^\x00-\x7f]/g, '');
  // Runs of one letter are one piece: mmm (a month's name) is not m and mm.
  const runs = [...pieces.matchAll(/y+|m+|d+/gi)].every(([r]) => (/y/i.test(r) ? r.length === 2 || r.length === 4 : r.length <= 2));
  if (pieces !== '' && runs && PROVEN_FORMAT.test(pieces)) return undefined;
  return `TEXT 的格式「${format}」未经一致性验证，保留 Excel 保存的值 / TEXT with the format "${format}" has no conformance rows; the value Excel saved is kept`;
}

const WHY_TEXT_FORMAT = 'TEXT 的格式不是写在公式里的文字，无法确认已验证，保留 Excel 保存的值 / TEXT takes its format from elsewhere than the formula, so it cannot be known to have conformance rows; the value Excel saved is kept';

/** Why a range is not computed where it stands. */
const whyRange = (range: string) =>
  `区域 ${range} 用在只取一个值的位置（Excel 取与公式同行或同列的单元格），保留 Excel 保存的值 / the range ${range} stands where one value is taken (Excel intersects it with the formula's row or column); the value Excel saved is kept`;

/**
 * The pieces of formula text that matter here, in order: a string literal, a range (with its
 * sheet), a quoted sheet name or an array constant (passed over whole: their commas and brackets
 * are not the formula's), a call's name and its '(', a bracket or a comma, a name; everything
 * else (operators, numbers) is passed over.
 */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)!`;
const RANGE = String.raw`(?:\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)`;
const PIECES = new RegExp(
  String.raw`("(?:[^"]|"")*")|(?<![\w.$\u0080-\uffff])((?:${SHEET})?${RANGE})(?![\w(!])|'(?:[^']|'')*'|\{[^}]*\}|(?<![\w.])([A-Za-z_][A-Za-z0-9_.]*)\s*\(|([(),])|(?<![\w.$\u0080-\uffff])([A-Za-z_\\\u0080-\uffff][\w.\u0080-\uffff]*)(?![\w.(!\u0080-\uffff])`,
  'g',
);

// Read in place from a position (sticky), not from a slice of the rest of the formula: a long
// formula has many pieces.
const SPACES = /\s*/y;
const CLOSES = /\s*[,)]/y;

interface Frame {
  /** The function's name (upper case, no _xlfn.), or null for brackets around an expression. */
  fn: string | null;
  /** Which argument is being read (0-based). */
  arg: number;
  /** Everything inside is computed element by element (SUMPRODUCT, an EDU function). */
  arrays: boolean;
  /** TEXT: whether its format argument was a whole string literal. */
  format?: boolean;
  /** Where the argument being read begins in the formula text. */
  from: number;
  /** VLOOKUP, HLOOKUP, MATCH: whether the match argument is written as an exact match. */
  exact?: boolean;
}

/**
 * The lookups and the argument that chooses the match (0-based): only an exact match (FALSE or 0
 * written in the formula) has rows. An approximate match is Excel's binary search, whose answer
 * over data not sorted as it assumes — or over text, numbers and logicals mixed — is its own (POI's
 * FormulaEvalTestData: HLOOKUP("STRING",$B$6:$H$12,6,TRUE) saved " beginsWithSpace", where
 * HyperFormula's search found "blanksIncl"); such a lookup keeps Excel's value.
 */
const MATCH_ARG: Readonly<Record<string, number>> = { VLOOKUP: 3, HLOOKUP: 3, MATCH: 2 };
const EXACT = /^\s*(?:0|FALSE(?:\(\s*\))?)\s*$/i;

/**
 * INDEX with a row or column of 0 gives the whole column or row (Microsoft, INDEX: "If you set
 * row_num or column_num to 0, INDEX returns the array of values for the entire column or row");
 * HyperFormula gives #VALUE! (SUM(INDEX(A1:B3,0,2)) is #VALUE! where Excel sums column B). Its rows
 * cover a cell, so a 0 written there keeps Excel's value.
 */
const WHY_INDEX_ZERO =
  'INDEX 的行号或列号为 0（取整列或整行）未经一致性验证，保留 Excel 保存的值 / INDEX with a row or column of 0 (a whole column or row) has no conformance rows; the value Excel saved is kept';
const ZERO = /^\s*0\s*$/;

const whyApproximate = (fn: string) =>
  `${fn} 的近似匹配未经一致性验证，保留 Excel 保存的值 / ${fn} with an approximate match has no conformance rows; the value Excel saved is kept`;

/**
 * Why a formula is not computed, or undefined when all of it is proven: a function without
 * conformance rows; TEXT with a format without rows, or a format not written in the formula (a
 * cell's); a range where Excel takes one value — unless `array` (an array formula, `{=…}`, where
 * Excel computes ranges element by element). `rangeNames` (upper case) are the defined names that
 * stand for a range. String literals and quoted sheet names are not read as calls.
 * @example
 * unproven('NORMSDIST(1.96)');            // 'NORMSDIST 未经一致性验证…'
 * unproven('TEXT(A1,"[h]:mm")');          // 'TEXT 的格式「[h]:mm」未经一致性验证…'
 * unproven('ABS(A1:A9)');                 // '区域 A1:A9 用在只取一个值的位置…'
 * unproven('ABS(A1:A9)', true);           // undefined
 * unproven('A:A&"/"&B:B');                // undefined: intersected with the formula's row
 * unproven('ABS(nums)', false, new Set(['NUMS'])); // '区域 nums 用在只取一个值的位置…'
 * unproven('SUM(A1:A3)+EDU.PER100(1,2)'); // undefined
 */
export function unproven(formula: string, array = false, rangeNames?: ReadonlySet<string>): string | undefined {
  const stack: Frame[] = [];
  // Whether the piece before is a call's '(' or a ',' (an argument starts there), and where it ended.
  let argStart = false;
  let lastEnd = 0;
  /** Whether only spaces stand from `from` to `to` (between two pieces). */
  const blank = (from: number, to: number) => {
    SPACES.lastIndex = from;
    return SPACES.test(formula) && SPACES.lastIndex >= to;
  };
  /** Whether only spaces stand from `from` to the next ',' or ')'. */
  const closes = (from: number) => {
    CLOSES.lastIndex = from;
    return CLOSES.test(formula);
  };
  for (const m of formula.matchAll(PIECES)) {
    const [piece, str, ref, call, punct, word] = m;
    // A defined name standing for a range is read as one.
    const range = ref ?? (word !== undefined && rangeNames?.has(word.toUpperCase()) ? word : undefined);
    const at = m.index ?? 0;
    const top = stack[stack.length - 1];
    // A whole argument: right after its call's '(' or its ',', and right before the next ',' or ')'.
    const whole = argStart && blank(lastEnd, at) && closes(at + piece.length);
    argStart = false;
    lastEnd = at + piece.length;
    if (str !== undefined) {
      if (top?.fn === 'TEXT' && top.arg === 1 && whole) {
        const why = textFormatWhy(str.slice(1, -1).replace(/""/g, '"'));
        if (why) return why;
        top.format = true;
      }
    } else if (range !== undefined) {
      if (array || top?.arrays) continue;
      // Outside every call the HyperFormula route intersects it as Excel does (../../hf/formula-text.ts).
      if (!stack.some((f) => f.fn !== null)) continue;
      if (!whole || !top?.fn || !takesRange(top.fn, top.arg)) return whyRange(range);
    } else if (call !== undefined) {
      const name = call.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?|^_XLWS\./, '');
      const edu = name.startsWith('EDU.');
      if (!edu && !PROVEN_FUNCTIONS.has(name)) return `${name} 未经一致性验证，保留 Excel 保存的值 / ${name} has no conformance rows; the value Excel saved is kept`;
      stack.push({ fn: name, arg: 0, arrays: edu || PROVEN[name] === 'array' || !!top?.arrays, from: at + piece.length });
      argStart = true;
    } else if (punct === '(') {
      stack.push({ fn: null, arg: 0, arrays: !!top?.arrays, from: at + 1 });
    } else if (punct === ',' || punct === ')') {
      if (top?.fn && MATCH_ARG[top.fn] === top.arg) top.exact = EXACT.test(formula.slice(top.from, at));
      if (top?.fn === 'INDEX' && top.arg > 0 && ZERO.test(formula.slice(top.from, at))) return WHY_INDEX_ZERO;
      if (punct === ',') {
        if (top) {
          top.arg++;
          top.from = at + 1;
        }
        argStart = true;
        continue;
      }
      stack.pop();
      if (top?.fn === 'TEXT' && !top.format) return WHY_TEXT_FORMAT;
      if (top?.fn && MATCH_ARG[top.fn] !== undefined && !top.exact) return whyApproximate(top.fn);
    }
  }
  return undefined;
}
