/**
 * TEXT(value, format) with Excel's number formats, through SheetJS's SSF (the format engine of
 * the SheetJS spreadsheet library). HyperFormula's TEXT knows neither % scaling ("0.0%" gives
 * "0.3%" for 0.256) nor thousands separators. Excel also takes Chinese characters in a format
 * without quotes (yyyy年m月d日); SSF wants them quoted, so they are quoted first.
 */
import * as SSF from 'ssf';

/** The format with every run of non-ASCII characters outside quotes put in quotes. */
function quoteCjk(format: string): string {
  let out = '';
  let inQuote = false;
  let run = '';
  for (const ch of format) {
    if (ch === '"') inQuote = !inQuote;
    if (!inQuote && ch.charCodeAt(0) > 127) {
      run += ch;
      continue;
    }
    if (run) (out += `"${run}"`), (run = '');
    out += ch;
  }
  return run ? `${out}"${run}"` : out;
}

/**
 * The number formatted as Excel's TEXT does, or undefined when the format cannot be read.
 * @example
 * textExcel(0.256, '0.0%');            // '25.6%'
 * textExcel(1234.5, '#,##0.00');       // '1,234.50'
 * textExcel(45536, 'yyyy年m月d日');    // '2024年9月1日'
 */
export function textExcel(value: number, format: string, date1904 = false): string | undefined {
  try {
    return SSF.format(quoteCjk(format), value, { date1904 });
  } catch {
    return undefined;
  }
}
