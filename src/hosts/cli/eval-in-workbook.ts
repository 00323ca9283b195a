/**
 * `plan-metrics eval '<formula>' --workbook file.xlsx [--sheet 名]`: one formula computed against a
 * user's workbook — its sheets (学校!B2), names and settings — without writing anything.
 */
import type { Evaluated } from '../../engine/hf/engine';
import { evaluateOnSheet } from '../../engine/hf/sheet-formula';
import { readWorkbook } from '../../xlsx/read';
import { WorkbookError } from '../../xlsx/errors';
import { openXlsxFile } from '../../xlsx/open-file';
import { withCatalogLayer } from '../../domain/catalog/layer';
import { userLayer } from '../../features/own-plan/load';

/**
 * @example
 * evaluateInWorkbook('=SUM(学校!B1:B3)', 'county.xlsx'); // { value: 60 }
 * evaluateInWorkbook('=A1', 'county.xlsx', '汇总');       // the value of 汇总!A1
 */
export function evaluateInWorkbook(formula: string, file: string, sheet?: string, plans: { catalog?: string[]; profile?: string } = {}): Evaluated {
  const wb = readWorkbook(openXlsxFile(file));
  // The workbook's 「规划目标」 sheet (and --catalog files) over the bundled catalog, for this formula.
  return withCatalogLayer(userLayer(wb, plans), () => evaluateIn(wb, formula, sheet));
}

function evaluateIn(wb: ReturnType<typeof readWorkbook>, formula: string, sheet?: string): Evaluated {
  const worksheets = wb.sheets.filter((s) => s.kind === 'worksheet');
  const at = sheet === undefined ? worksheets[0] : worksheets.find((s) => s.name === sheet);
  if (!at) throw new WorkbookError('not-found', `工作簿中没有工作表「${sheet ?? ''}」`, `the workbook has no worksheet "${sheet ?? ''}"`);
  return evaluateOnSheet(wb, formula, at.name);
}
