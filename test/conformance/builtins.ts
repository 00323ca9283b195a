/**
 * The built-in conformance table (issues 15 and 25): formulas our users write with Excel's own
 * functions, each with Excel's result — from Microsoft's function pages and hand calculation on
 * the data below. test/cross-engine/builtins-libreoffice.test.ts evaluates every row through the
 * fast path, through HyperFormula alone, through `fill`, and through LibreOffice recalculating the
 * same workbook. A row where Excel and LibreOffice are documented to differ gives LibreOffice's
 * value in `lo` and why; the engine follows Excel.
 *
 * Data, on the formulas' own sheet (so the fast path, which reads one sheet, can take them; the
 * formulas sit in column A): E1:G5 — E = 7, 3.5, 3.5, 1, 2 (Microsoft's RANK example);
 * F = 小学, 初中, 小学, 高中, 小学; G = 100, 200, 300, 400, 500. H1 is blank. I1:J3 — numbers typed
 * as text as county tables hold them: I = "5" (text), 3, " 4" (text); J = 1, 1, 1. K1:K5 —
 * 身份证号 kept as text, K1 = 110101199001011234, K2 = 110101199001011299 (the same first 15
 * digits), K3 = 110101199001021234 (born a day later: the 14th digit differs); K4 = Café, K5 = CAFE.
 */
export interface BuiltinRow {
  formula: string;
  excel: number | string | boolean;
  /** LibreOffice's value where it is documented to differ from Excel, and the reference. */
  lo?: { value: number | string | boolean; why: string };
  /**
   * Where fill does not give Excel's value yet (a HyperFormula divergence not overridden in
   * src/engine/hf/excel-plugin.ts): what it gives. The test expects these rows to fail, so fixing one
   * shows up.
   */
  fillGap?: string;
}

/** From E1: E, F, G, (H blank), I, J, K. */
export const DATA: (number | string | null)[][] = [
  [7, '小学', 100, null, '5', 1, '110101199001011234'],
  [3.5, '初中', 200, null, 3, 1, '110101199001011299'],
  [3.5, '小学', 300, null, ' 4', 1, '110101199001021234'],
  [1, '高中', 400, null, null, null, 'Café'],
  [2, '小学', 500, null, null, null, 'CAFE'],
];

/** The first data column (E). */
export const DATA_COL = 5;

// 2024-02-29 is serial 45351 (2024-01-01 is 45292, + 31 days of January + 28).
/** Why LibreOffice's dates below serial 61 differ (the rows of Excel's 1900 calendar). */
const DATE_1900 =
  "LibreOffice counts from 1899-12-30 with no 1900-02-29, so its serials below 61 are a day apart from Excel's and serial 0 is 1899-12-30 (Microsoft: Excel keeps 1900-02-29 and counts 1900-01-01 as 1)";

export const BUILTINS: BuiltinRow[] = [
  // Rounding family: the table, then Microsoft's examples.
  { formula: 'ROUNDUP(0.1*3*10,0)', excel: 3 },
  { formula: 'ROUNDDOWN(0.29*100,0)', excel: 29 },
  { formula: 'INT(0.29*100)', excel: 29 },
  { formula: 'TRUNC(0.29*100)', excel: 29 },
  { formula: 'FLOOR(0.29*100,1)', excel: 29 },
  { formula: 'ROUND(1.005,2)', excel: 1.01 },
  {
    formula: 'ROUND(21.9/0.2,0)',
    excel: 110,
    lo: { value: 109, why: 'Excel rounds 109.49999999999999 at 15 digits first (109.5 → 110); LibreOffice 24 rounds the binary value (issue 15, HyperFormula #1746, Handsontable #10935)' },
  },
  { formula: 'ROUNDUP(0.29*100,0)', excel: 29 },
  { formula: 'ROUND(2.675,2)', excel: 2.68 },
  { formula: 'ROUND(2.15,1)', excel: 2.2 },
  { formula: 'ROUND(-1.475,2)', excel: -1.48 },
  { formula: 'ROUND(21.5,-1)', excel: 20 },
  { formula: 'ROUNDUP(3.2,0)', excel: 4 },
  { formula: 'ROUNDUP(-3.14159,1)', excel: -3.2 },
  { formula: 'ROUNDDOWN(-3.14159,1)', excel: -3.1 },
  { formula: 'INT(-8.9)', excel: -9 },
  { formula: 'TRUNC(-8.9)', excel: -8 },
  { formula: 'EVEN(1.5)', excel: 2 },
  { formula: 'ODD(2)', excel: 3 },
  { formula: 'MROUND(10,3)', excel: 9 },
  { formula: 'MROUND(1.3,0.2)', excel: 1.4 },
  { formula: 'CEILING(2.5,1)', excel: 3 },
  { formula: 'CEILING(-2.5,2)', excel: -2 },
  { formula: 'CEILING(0.234,0.01)', excel: 0.24 },
  { formula: 'FLOOR(3.7,2)', excel: 2 },
  { formula: 'FLOOR(1.58,0.1)', excel: 1.5 },
  { formula: 'MOD(-3,2)', excel: 1 },
  { formula: 'MOD(3,-2)', excel: -1 },
  // SUMPRODUCT.
  { formula: 'SUMPRODUCT(E1:E5,G1:G5)', excel: 3850 },
  { formula: 'SUMPRODUCT((F1:F5="小学")*G1:G5)', excel: 900 },
  { formula: 'SUMPRODUCT((F1:F5="小学")*(G1:G5>150))', excel: 2 },
  { formula: 'SUMPRODUCT({1,2,3},{4,5,6})', excel: 32 },
  { formula: 'SUMPRODUCT(--(E1:E5>2))', excel: 3 },
  // Microsoft, SUMPRODUCT: "treats array entries that are not numeric as if they were zeros" — the
  // text "5" and " 4" are 0: 0×1 + 3×1 + 0×1 (issue 25; HyperFormula coerced them and gave 12).
  { formula: 'SUMPRODUCT(I1:I3,J1:J3)', excel: 3 },
  { formula: 'SUMPRODUCT(I1:I3)', excel: 3 },
  // A logical is not numeric either: the comparison's TRUEs are 0 without the -- above.
  {
    formula: 'SUMPRODUCT((E1:E5>2)*1)+SUMPRODUCT(E1:E5>2)',
    excel: 3,
    lo: { value: 6, why: 'LibreOffice has no logical type (TRUE is the number 1), so SUMPRODUCT(E1:E5>2) counts 3 there; Excel treats the logicals as non-numeric, 0' },
  },
  // COUNTIF / SUMIF / AVERAGEIF with criteria strings.
  { formula: 'COUNTIF(F1:F5,"小学")', excel: 3 },
  { formula: 'COUNTIF(E1:E5,">3")', excel: 3 },
  { formula: 'COUNTIF(E1:E5,">=3.5")', excel: 3 },
  { formula: 'COUNTIF(E1:E5,"<>3.5")', excel: 3 },
  { formula: 'COUNTIF(G1:G5,">"&250)', excel: 3 },
  { formula: 'COUNTIF(F1:F5,"*中")', excel: 2 },
  { formula: 'SUMIF(F1:F5,"小学",G1:G5)', excel: 900 },
  { formula: 'SUMIF(E1:E5,">2",G1:G5)', excel: 600 },
  { formula: 'SUMIF(E1:E5,"3.5",G1:G5)', excel: 500 },
  { formula: 'AVERAGEIF(F1:F5,"小学",G1:G5)', excel: 300 },
  { formula: 'AVERAGEIF(E1:E5,"<3",G1:G5)', excel: 450 },
  { formula: 'COUNTIFS(F1:F5,"小学",G1:G5,">200")', excel: 2 },
  // Numbers typed as text meet a number criterion (src/engine/excel/semantics/criteria.ts): the
  // text "5" and the criterion "5" or 5; a relational criterion leaves text out.
  { formula: 'COUNTIF(I1:I3,"5")', excel: 1 },
  { formula: 'COUNTIF(I1:I3,5)', excel: 1, lo: { value: 0, why: 'LibreOffice matches a number criterion with number cells only; Excel reads the text "5" as 5 too' } },
  { formula: 'SUMIF(I1:I3,"5",J1:J3)', excel: 1 },
  { formula: 'COUNTIF(I1:I3,">2")', excel: 1 },
  { formula: 'COUNTIF(E1:E5,3.5)', excel: 2 },
  // 身份证号 as text: Excel reads the criterion and the cells as numbers of 15 digits, so IDs
  // that agree in their first 15 digits count as one (the known trap; Microsoft, "Long numbers are
  // displayed incorrectly in Excel": 15 significant digits); K1&"*" (a wildcard) compares as text.
  {
    formula: 'COUNTIF(K1:K5,K1)',
    excel: 2,
    lo: { value: 1, why: 'LibreOffice compares a text criterion with text cells as text; Excel reads both as 15-digit numbers (K1 and K2 agree in 15 digits)' },
  },
  { formula: 'COUNTIF(K1:K5,K1&"*")', excel: 1 },
  // Born a day later: the 14th digit differs, so Excel counts K3 alone — HyperFormula's 1e-13
  // epsilon (13 digits) took K1, K2 and K3 for one number and gave 3.
  { formula: 'COUNTIF(K1:K5,K3)', excel: 1 },
  // Case is ignored, accents are not ("cafe" is CAFE, not Café), in criteria and in comparisons.
  { formula: 'COUNTIF(K1:K5,"cafe")', excel: 1 },
  { formula: 'COUNTIF(K1:K5,"CAFÉ")', excel: 1 },
  { formula: '"cafe"="CAFE"', excel: true },
  { formula: '"cafe"="café"', excel: false },
  { formula: 'COUNTIF(K1:K5,"caf?")', excel: 2 }, // ? is any one letter: Café and CAFE
  { formula: 'SUMIFS(G1:G5,F1:F5,"小学",E1:E5,">2")', excel: 400 },
  // RANK.
  { formula: 'RANK(E1,E1:E5)', excel: 1 },
  { formula: 'RANK(E2,E1:E5)', excel: 2 },
  { formula: 'RANK(E4,E1:E5,1)', excel: 1 },
  { formula: 'RANK.EQ(E5,E1:E5)', excel: 4 },
  { formula: 'RANK.AVG(E2,E1:E5)', excel: 2.5 },
  { formula: 'RANK.AVG(E5,E1:E5,1)', excel: 2 },
  // IF / IFERROR / logic.
  { formula: 'IF(E1>5,"高","低")', excel: '高' },
  { formula: 'IF(E4>5,"高","低")', excel: '低' },
  { formula: 'IFERROR(1/0,"无")', excel: '无' },
  { formula: 'IFERROR(G1/E1,0)', excel: 14.2857142857143 },
  { formula: 'IF(AND(E1>1,E4<2),1,0)', excel: 1 },
  { formula: 'IF(OR(E4>5,E5>5),1,0)', excel: 0 },
  { formula: 'IFERROR(VLOOKUP("x",F1:G5,2,0),"无")', excel: '无' },
  { formula: 'IF(ISBLANK(H1),"空","有")', excel: '空' },
  { formula: 'NOT(E1>5)', excel: false },
  { formula: 'AND(E1:E5)', excel: true },
  // Microsoft, AND: "If an array or reference argument contains text or empty cells, those values
  // are ignored" — a single-cell reference too (Excel's cached FALSE for AND(B7:B9,C9,D7,E7) and
  // TRUE for OR(B7:B9,…,E8,…) in POI's FormulaEvalTestData_Copy.xlsx, E7 "" and E8 "nospaces"):
  // F1 is 小学, H1 blank. Text given directly is still #VALUE!, and so is a reference with no logical.
  { formula: 'AND(E1,F1)', excel: true },
  { formula: 'AND(E1,H1,F1,E4<2)', excel: true },
  { formula: 'OR(E4>5,F1)', excel: false },
  { formula: 'AND(F1)', excel: '#VALUE!' },
  { formula: 'AND(E1,"x")', excel: '#VALUE!' },
  // Text.
  { formula: 'LEFT("规划指标",2)', excel: '规划' },
  { formula: 'RIGHT("规划指标",2)', excel: '指标' },
  { formula: 'MID("规划指标",2,2)', excel: '划指' },
  { formula: 'LEN("规划指标")', excel: 4 },
  { formula: 'CONCATENATE("a","b")', excel: 'ab' },
  { formula: 'CONCAT("a",1,"b")', excel: 'a1b' },
  { formula: 'TEXT(0.256,"0.0%")', excel: '25.6%' },
  { formula: 'TEXT(1234.5,"#,##0.00")', excel: '1,234.50' },
  // Chinese date formats as county workbooks write them: 年月日 unquoted, as Excel takes them.
  { formula: 'TEXT(DATE(2024,9,1),"yyyy年m月d日")', excel: '2024年9月1日' },
  { formula: 'TEXT(1234567.891,"#,##0")', excel: '1,234,568' },
  // Each piece of a format computed has a row (src/engine/excel/semantics/proven.ts): dates with
  // - and /, two-digit years, months and days; decimals rounded half away from zero; a sign.
  { formula: 'TEXT(DATE(2024,9,1),"yyyy-mm-dd")', excel: '2024-09-01' },
  { formula: 'TEXT(DATE(2024,9,1),"yyyy/m/d")', excel: '2024/9/1' },
  { formula: 'TEXT(DATE(2024,9,1),"yy年mm月dd日")', excel: '24年09月01日' },
  { formula: 'TEXT(3.14159,"0.00")', excel: '3.14' },
  { formula: 'TEXT(2.5,"0")', excel: '3' },
  { formula: 'TEXT(-1234.5,"#,##0.0")', excel: '-1,234.5' },
  { formula: 'TEXT(0.5,"0%")', excel: '50%' },
  { formula: 'UPPER("abc")', excel: 'ABC' },
  { formula: 'TRIM("  a  b ")', excel: 'a b' },
  { formula: 'SUBSTITUTE("a-b-c","-","")', excel: 'abc' },
  { formula: 'FIND("指","规划指标")', excel: 3 },
  { formula: 'VALUE("12.5")', excel: 12.5 },
  // VALUE's own readings, the same in every office (Microsoft, VALUE): spaces around, a percent, a
  // negative in parentheses; a currency or thousands separator keeps Excel's value instead
  // (test/engine/value-locale.test.ts).
  { formula: 'VALUE(" 12 ")', excel: 12 },
  { formula: 'VALUE("50%")', excel: 0.5 },
  { formula: 'VALUE("(5)")', excel: -5 },
  { formula: 'VALUE("abc")', excel: '#VALUE!' },
  { formula: 'REPT("*",3)', excel: '***' },
  { formula: 'EXACT("a","A")', excel: false },
  // Dates (1900 system).
  { formula: 'DATE(2024,2,29)', excel: 45351 },
  { formula: 'YEAR(45351)', excel: 2024 },
  { formula: 'MONTH(45351)', excel: 2 },
  { formula: 'DAY(45351)', excel: 29 },
  { formula: 'DATEDIF(DATE(2020,9,1),DATE(2024,6,30),"y")', excel: 3 },
  { formula: 'EDATE(DATE(2024,1,31),1)', excel: 45351 },
  // By hand: 2020-09-01 to 2024-06-30 is 3 years 9 months 29 days; from 2023-09-01 it is 303 days.
  { formula: 'DATEDIF(DATE(2020,9,1),DATE(2024,6,30),"ym")', excel: 9 },
  { formula: 'DATEDIF(DATE(2020,9,1),DATE(2024,6,30),"md")', excel: 29 },
  { formula: 'DATEDIF(DATE(2020,9,1),DATE(2024,6,30),"yd")', excel: 303 },
  { formula: 'DATEDIF(DATE(2020,9,1),DATE(2024,6,30),"M")', excel: 45 },
  { formula: 'EDATE(DATE(2024,3,31),-1)', excel: 45351 },
  { formula: 'WEEKDAY(DATE(2024,1,1))', excel: 2 },
  { formula: 'DAYS(DATE(2024,3,1),DATE(2024,2,1))', excel: 29 },
  { formula: 'EOMONTH(DATE(2024,2,10),0)', excel: 45351 },
  // Excel's 1900 calendar below serial 61 (src/engine/excel/excel-dates.ts): serial 0 is the
  // fictitious 1900-01-00, 60 Lotus's 1900-02-29 (Microsoft, DATE: January 1, 1900 is serial 1;
  // "Excel incorrectly assumes that the year 1900 is a leap year"). H1 is blank: YEAR of a blank is
  // 1900, and DATE(YEAR(blank),MONTH(blank),0) is 0 — POI's 61652.xlsx as Excel saved it
  // (HyperFormula: 1899, 12 and 693931, the year 3799).
  { formula: 'DATE(1900,1,1)', excel: 1, lo: { value: 2, why: DATE_1900 } },
  { formula: 'DATE(1900,3,1)', excel: 61 },
  { formula: 'DATE(1900,1,0)', excel: 0, lo: { value: 1, why: DATE_1900 } },
  { formula: 'YEAR(H1)', excel: 1900, lo: { value: 1899, why: DATE_1900 } },
  { formula: 'MONTH(0)', excel: 1, lo: { value: 12, why: DATE_1900 } },
  { formula: 'DAY(0)', excel: 0, lo: { value: 30, why: DATE_1900 } },
  { formula: 'DAY(60)', excel: 29, lo: { value: 28, why: DATE_1900 } },
  { formula: 'DAY(59)', excel: 28, lo: { value: 27, why: DATE_1900 } },
  { formula: 'DATE(YEAR(H1),MONTH(H1),0)', excel: 0, lo: { value: -30, why: DATE_1900 } },
  {
    formula: 'DATE(124,1,1)',
    excel: 45292, // year 124 is 2024 (Microsoft: 0 to 1899 add 1900)
    lo: { value: '#VALUE!', why: 'LibreOffice adds 1900 only to years 0–99 (two-digit years) and has no date for the year 124 here' },
  },
  { formula: 'DATE(2024,14,1)', excel: 45689 }, // month 14 of 2024: 2025-02-01, 45292 + 366 + 31
  { formula: 'YEAR(-1)', excel: '#NUM!', lo: { value: 1899, why: 'LibreOffice has dates before its serial 0 (1899-12-29 here); Excel has none before 1900-01-00 (#NUM!)' } },
  // Percentages and ratios.
  { formula: '21/500*100', excel: 4.2 },
  { formula: 'ROUND(21/500,4)', excel: 0.042 },
  { formula: '0.1+0.2', excel: 0.3 },
  { formula: '9/1000*100>=0.9', excel: true },
  // 14 and 13 decimals differ at the 15th significant digit: Excel saved FALSE (POI's
  // FormulaEvalTestData_Copy.xlsx F35); HyperFormula's 1e-13 called them equal.
  { formula: '1.11111111111111=1.1111111111111', excel: false },
  { formula: '0.1+0.2=0.3', excel: true },
  { formula: 'ROUND(1/3*100,1)', excel: 33.3 },
  { formula: 'TEXT(21/500,"0.00%")', excel: '4.20%' },
  { formula: 'ROUND(AVERAGE(E1:E5),2)', excel: 3.4 },
  { formula: '(E1-E4)/E4', excel: 6 },
  // Aggregates and lookups.
  { formula: 'SUM(E1:E5)', excel: 17 },
  { formula: 'MAX(E1:E5)', excel: 7 },
  { formula: 'MIN(E1:E5)', excel: 1 },
  { formula: 'COUNT(E1:F5)', excel: 5 },
  { formula: 'COUNTA(F1:F5)', excel: 5 },
  { formula: 'MEDIAN(E1:E5)', excel: 3.5 },
  { formula: 'LARGE(G1:G5,2)', excel: 400 },
  { formula: 'SMALL(E1:E5,2)', excel: 2 },
  { formula: 'STDEV(G1:G5)', excel: 158.113883008419 },
  { formula: 'MODE.SNGL(E1:E5)', excel: 3.5 },
  { formula: 'SUBTOTAL(9,G1:G5)', excel: 1500 },
  { formula: 'SUBTOTAL(101,G1:G5)', excel: 300 },
  { formula: 'AGGREGATE(9,6,G1:G5)', excel: 1500 },
  { formula: 'AGGREGATE(14,6,G1:G5,2)', excel: 400 },
  { formula: 'VLOOKUP("初中",F1:G5,2,FALSE)', excel: 200 },
  { formula: 'INDEX(G1:G5,3)', excel: 300 },
  { formula: 'MATCH(400,G1:G5,0)', excel: 4 },
  { formula: 'CHOOSE(2,"a","b")', excel: 'b' },
  // Microsoft, CHOOSE: a fractional index_num is truncated, one past the list is #VALUE! (Excel's
  // cached 5 for CHOOSE(1.9,5,6) in POI's FormulaEvalTestData_Copy.xlsx; HyperFormula gave #NUM!).
  { formula: 'CHOOSE(1.9,5,6)', excel: 5 },
  { formula: 'CHOOSE(2.5,"a","b")', excel: 'b' },
  { formula: 'CHOOSE(3,"a","b")', excel: '#VALUE!' },
  { formula: 'CHOOSE(0.5,"a","b")', excel: '#VALUE!' },
  // SUBSTITUTE's instance_num is truncated; an empty old_text changes nothing (Excel's cached
  // "Teststr" and "testblankmatch" in the same file; HyperFormula gave "teststr", "!testblankmatch").
  { formula: 'SUBSTITUTE("teststr","t","T",1.9)', excel: 'Teststr' },
  { formula: 'SUBSTITUTE("teststr","t","T",2)', excel: 'tesTstr' },
  { formula: 'SUBSTITUTE("testblankmatch","","!",1)', excel: 'testblankmatch' },
  { formula: 'SUBSTITUTE("testblankmatch","","!")', excel: 'testblankmatch' },
  { formula: 'SUBSTITUTE("aaa","aa","b",2)', excel: 'aaa' }, // occurrences do not overlap: one "aa"
  { formula: 'SUBSTITUTE("abc","b","x",0)', excel: '#VALUE!' },
  // LARGE / SMALL: a value given directly is a number (Excel's cached 1 for LARGE(TRUE,1) in the
  // same file; HyperFormula: #NUM!); in a reference, text and logicals are ignored (F1:F2 text).
  { formula: 'LARGE(TRUE,1)', excel: 1 },
  { formula: 'SMALL(4,1)', excel: 4 },
  { formula: 'LARGE(E1:F5,1.9)', excel: 7 },
  { formula: 'SMALL(F1:F2,1)', excel: '#NUM!', lo: { value: '#VALUE!', why: "LibreOffice's LARGE / SMALL give Err:502 (invalid argument), saved as #VALUE!; Microsoft's LARGE page: k greater than the number of data points is #NUM!" } },
  { formula: 'LARGE(E1:E5,6)', excel: '#NUM!', lo: { value: '#VALUE!', why: "LibreOffice's LARGE / SMALL give Err:502 (invalid argument), saved as #VALUE!; Microsoft's LARGE page: k greater than the number of data points is #NUM!" } },
  { formula: 'TYPE(E1)', excel: 1 },
  { formula: 'TYPE(F1)', excel: 2 },
  { formula: 'ERROR.TYPE(1/0)', excel: 2 },
  { formula: 'ISNUMBER(E1)', excel: true },
  // The rest of what the fast path computes and the templates write (issue 25: a function is
  // computed only with rows here; src/engine/excel/semantics/proven.ts).
  // NA(): the place-forecast template leaves a chart's point empty with it. ERROR.TYPE of #N/A is 7
  // (Microsoft's ERROR.TYPE page: #N/A → 7).
  { formula: 'ERROR.TYPE(NA())', excel: 7 },
  // CLEAN removes the non-printing characters 0–31 only (Microsoft's CLEAN page): spaces stay — the
  // TRIM(CLEAN(…)) of a lookup key, as POI's 63934.xlsx writes it, needs both.
  { formula: 'CLEAN(" 学校 ")', excel: ' 学校 ' },
  { formula: 'LEN(TRIM(CLEAN(" 学校 ")))', excel: 2 },
  { formula: 'IFERROR(NA(),"无")', excel: '无' },
  { formula: 'ISERROR(1/0)', excel: true },
  { formula: 'ISERROR(E1)', excel: false },
  { formula: 'ISTEXT(F1)', excel: true },
  { formula: 'ABS(-3.5)', excel: 3.5 },
  { formula: 'IFS(E1>5,"高",TRUE,"低")', excel: '高' },
  { formula: 'IFS(E4>5,"高",TRUE,"低")', excel: '低' },
  { formula: 'SQRT(16)', excel: 4 },
  { formula: 'TRUE()', excel: true },
  { formula: 'FALSE()', excel: false },
  // F = 小学 and E > 2: rows 1 (G 100) and 3 (G 300).
  { formula: 'AVERAGEIFS(G1:G5,F1:F5,"小学",E1:E5,">2")', excel: 200 },
  { formula: 'COUNTBLANK(E1:H5)', excel: 5 }, // column H
  { formula: 'HLOOKUP(7,E1:G2,2,FALSE)', excel: 3.5 },
  { formula: 'ROW(E3)', excel: 3 },
  { formula: 'COLUMN(G1)', excel: 7 },
  { formula: 'POWER(2,10)', excel: 1024 },
  { formula: 'PRODUCT(2,3,4)', excel: 24 },
  // Microsoft, PRODUCT: text, logicals and blanks in a reference are ignored; with no number at all
  // Excel gives 0 (its cached PRODUCT(E8:E9) and PRODUCT(D7:D10) in POI's FormulaEvalTestData_Copy.xlsx;
  // HyperFormula gave 1). F1:F2 are 小学, 初中; H1:H5 blank; a value given directly is a number.
  { formula: 'PRODUCT(F1:F2)', excel: 0 },
  { formula: 'PRODUCT(H1:H5)', excel: 0 },
  { formula: 'PRODUCT(E4:F5,3)', excel: 6 }, // 1 × 2 × 3: 高中 and 小学 ignored
  { formula: 'PRODUCT(F1,E5)', excel: 2 },
  { formula: 'PRODUCT(E5,"x")', excel: '#VALUE!' },
  // 2024-09-01: 45292 (2024-01-01) + 244 days of January to August.
  { formula: 'DATEVALUE("2024-09-01")', excel: 45536 },
  { formula: 'TIMEVALUE("12:00")', excel: 0.5 },
  { formula: 'XOR(TRUE,FALSE)', excel: true },
  { formula: 'SIN(0)', excel: 0 },
  // Functions the corpus meets most among those without rows (npm run corpus, 2026-12-07: ISNA
  // 1,722 cells, COS 733, RADIANS 731, LOG10 32, FACT 16, ACOS 15); values from Microsoft's pages'
  // examples and hand calculation at 15 digits.
  { formula: 'ISNA(NA())', excel: true },
  { formula: 'ISNA(VLOOKUP("x",F1:G5,2,FALSE))', excel: true }, // "x" is not in F
  { formula: 'ISNA(1/0)', excel: false }, // #DIV/0! is not #N/A
  { formula: 'ISERR(NA())', excel: false }, // ISERR: any error but #N/A
  { formula: 'ISERR(1/0)', excel: true },
  { formula: 'COS(60*PI()/180)', excel: 0.5 }, // Microsoft's example (0.5000000000000001 before 15 digits)
  { formula: 'COS(PI())', excel: -1 },
  { formula: 'RADIANS(270)', excel: 4.71238898038469 }, // Microsoft: 4.712389 (3π/2)
  { formula: 'DEGREES(PI())', excel: 180 },
  { formula: 'TAN(RADIANS(45))', excel: 1 }, // Microsoft's example
  { formula: 'ACOS(-0.5)', excel: 2.0943951023932 }, // Microsoft: 2.094395102 (2π/3)
  { formula: 'LOG10(86)', excel: 1.93449845124357 }, // Microsoft: 1.934498451
  { formula: 'LOG10(100000)', excel: 5 },
  { formula: 'LN(86)', excel: 4.45434729625351 }, // Microsoft: 4.454347
  { formula: 'EXP(1)', excel: 2.71828182845905 },
  { formula: 'FACT(5)', excel: 120 },
  { formula: 'FACT(1.9)', excel: 1 }, // Microsoft: a number that is not an integer is truncated
  { formula: 'FACT(0)', excel: 1 },
  { formula: 'FACT(-1)', excel: '#NUM!', lo: { value: '#VALUE!', why: "LibreOffice's FACT gives Err:502 (invalid argument), saved as #VALUE!; Microsoft's FACT page: a negative number is #NUM!" } },
  { formula: 'PI()', excel: 3.14159265358979 },
  { formula: 'BASE(255,16)', excel: 'FF' },
  { formula: 'ISFORMULA(A1)', excel: true }, // A1 holds the first row's formula
  { formula: 'ISFORMULA(E1)', excel: false },
  // The empty text is not a number (issue 25; src/engine/excel/semantics/coercion.ts
  // `emptyTextNumber`): Excel's cached values in POI's FormulaEvalTestData_Copy.xlsx (E7 is ="")
  // give #VALUE! for E7+C7, ""*"1", -E7, ABS(E7), ROUND(C7,E7), POWER(C9,E7); HyperFormula read
  // "" as 0 and wrote 0 or 1. A blank cell (H1) is still 0.
  { formula: '""*"1"', excel: '#VALUE!' },
  { formula: 'E1+""', excel: '#VALUE!' },
  { formula: '-""', excel: '#VALUE!' },
  { formula: '""^2', excel: '#VALUE!' },
  { formula: 'ABS("")', excel: '#VALUE!' },
  { formula: 'ROUND(E1,"")', excel: '#VALUE!' },
  { formula: 'POWER(2,"")', excel: '#VALUE!' },
  { formula: 'SQRT(IF(E1>5,""))', excel: '#VALUE!' },
  { formula: 'H1+1', excel: 1 },
  { formula: 'ROUND(H1,0)', excel: 0 },
];
