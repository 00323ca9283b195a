/**
 * Building HyperFormula instances with the EDU plugin registered, configured the way this product
 * needs: the GPL licence key (without it every cell is #LIC!), Excel-like behaviour, and limits far
 * past the 40,000-row default because a province sends tens of thousands of school rows.
 */
import { HyperFormula, DetailedCellError, type ConfigParams, type RawCellContent } from 'hyperformula';
import { EduPlugin, EduTranslations } from './plugin';
import { ExcelPlugin, ExcelTranslations } from './excel-plugin';
import { EPSILON, PRECISION_DIGITS, reported } from '../excel/semantics/numbers';
import { COLLATION, mayBeDate } from '../excel/semantics/text';
import { toEngineFormula } from './formula-text';
import { coerceAsExcel } from './excel-coercion';
import { namesAsExcel } from './excel-names';

let registered = false;

/**
 * Registers the EDU plugin once per process (HyperFormula's registry is global).
 * @example
 * registerEdu(); HyperFormula.buildFromSheets({ S: [['=EDU.PER100(21,500)']] }, ENGINE_CONFIG);
 */
export function registerEdu(): void {
  if (registered) return;
  // Excel's "" in arithmetic (#VALUE!, not 0) and its comparison tolerance: the rule book's, on
  // HyperFormula's helper (./excel-coercion).
  coerceAsExcel();
  // A defined name that refers to a blank cell is blank, not 0 (./excel-names).
  namesAsExcel();
  HyperFormula.registerFunctionPlugin(EduPlugin, EduTranslations);
  // After HyperFormula's own plugins: Excel's rounding and the functions it lacks (./excel-plugin).
  HyperFormula.registerFunctionPlugin(ExcelPlugin, ExcelTranslations);
  registered = true;
}

/** The configuration every engine here starts from. */
const HF_PARSE_DATE_TIME = HyperFormula.defaultConfig.parseDateTime;

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  maxRows: 1_048_576,
  maxColumns: 16_384,
  // Excel's behaviour for the things county workbooks rely on.
  useArrayArithmetic: true,
  evaluateNullToZero: true,
  // Excel-like arithmetic from the rule book (../excel/semantics/numbers.ts): sums and differences
  // within EPSILON cancel (0.1+0.2-0.3 is 0), and results are reported at 15 significant digits —
  // the same rounding the EDU functions apply (the exporter is given it, reportingAsExcel below).
  // Comparisons use the rule book's own tolerance (./excel-coercion: 9/1000*100 >= 0.9 is TRUE).
  smartRounding: true,
  precisionRounding: PRECISION_DIGITS,
  precisionEpsilon: EPSILON,
  // Text compared without case or accents (../excel/semantics/text.ts), as the fast path compares.
  ...COLLATION,
  useColumnIndex: false,
  // Dates typed as text the way Chinese offices type them ("2024/9/1", ISO "2021-01-10"), which
  // Excel's DATEVALUE reads in a zh-CN system; then HyperFormula's own defaults.
  dateFormats: ['YYYY/MM/DD', 'YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY'],
  // HyperFormula tries every date format on both sides of each comparison of two texts
  // ($B2="小学" down a 10,000-school column: half a second): the rule book's date-prefix rule.
  parseDateTime: (text, dateFormat, timeFormat) => (mayBeDate(text) ? HF_PARSE_DATE_TIME(text, dateFormat, timeFormat) : undefined),
};

/**
 * A HyperFormula instance with the EDU functions.
 * @example
 * const hf = createEngine({ Sheet1: [['=EDU.PER100(21, 500)']] });
 * hf.getCellValue({ sheet: 0, row: 0, col: 0 }); // 4.2
 */
export function createEngine(sheets: Record<string, RawCellContent[][]>, config: Partial<ConfigParams> = {}): HyperFormula {
  registerEdu();
  return reportingAsExcel(HyperFormula.buildFromSheets(sheets, { ...ENGINE_CONFIG, ...config }));
}

/**
 * Gives the engine's exporter the rule book's 15-digit rounding (`reported`). HyperFormula's own
 * finds the first digit with Math.log10, which rounds up at a power of ten: a 999999.999999999
 * typed into a cell came back as 1000000 (Excel shows 999999.999999999). The exporter is not
 * public API, so a HyperFormula without it is refused loudly rather than rounding silently its own
 * way (test/engine/rule-book.test.ts holds the case).
 */
function reportingAsExcel(hf: HyperFormula): HyperFormula {
  const exporter = (hf as unknown as { _exporter?: { cellValueRounding?: unknown } })._exporter;
  if (!exporter || typeof exporter.cellValueRounding !== 'function') {
    throw new Error('HyperFormula 的导出器已改变，无法按 Excel 的 15 位有效数字报告结果 / HyperFormula\'s exporter changed: cannot report at Excel\'s 15 significant digits');
  }
  exporter.cellValueRounding = reported;
  return hf;
}

/** A value as the CLI and tests report it: a number/text/boolean, a matrix, or an error. */
export type Evaluated =
  | { value: number | string | boolean | null | (number | string | boolean | null)[][] }
  | { error: string; message: string };

/**
 * Evaluates one formula (with or without the leading '=') in an empty workbook.
 * @example
 * evaluateFormula('=EDU.SHORTFALL(5000, 3800, 6)'); // { value: 7200 }
 * evaluateFormula('EDU.THRESHOLD("不存在")');        // { error: '#N/A', message: '找不到指标…' }
 */
export function evaluateFormula(formula: string): Evaluated {
  const f = '=' + toEngineFormula(formula.trim().replace(/^=/, ''));
  const hf = createEngine({ Sheet1: [[f]] });
  try {
    const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    const dims = hf.getSheetDimensions(0);
    if (dims.height > 1 || dims.width > 1) {
      const values = hf.getSheetValues(0);
      for (const row of values) for (const c of row) if (c instanceof DetailedCellError) return errorOf(c);
      return { value: values.map((row) => row.map((c) => (c as number | string | boolean | null) ?? null)) };
    }
    if (v instanceof DetailedCellError) return errorOf(v);
    return { value: v as number | string | boolean | null };
  } finally {
    hf.destroy();
  }
}

function errorOf(e: DetailedCellError): Evaluated {
  return { error: e.value, message: e.message ?? '' };
}
