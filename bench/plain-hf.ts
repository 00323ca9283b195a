/**
 * The baseline "HyperFormula with built-in formulas": read an .xlsx with exceljs, build plain
 * HyperFormula (no EDU plugin; GPL licence key, raised maxRows, array arithmetic for SUMPRODUCT of
 * an expression), evaluate, write every formula's value back with exceljs.
 * Usage: node bench/.build/plain-hf.js <in.xlsx> <out.xlsx>   (the runner transpiles this file)
 */
import ExcelJS from 'exceljs';
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';

async function main(input: string, output: string): Promise<void> {
  const t0 = Date.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const t1 = Date.now();
  const sheets: Record<string, RawCellContent[][]> = {};
  const formulaCells: { ws: ExcelJS.Worksheet; sheet: string; row: number; col: number; formula: string }[] = [];
  wb.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: RawCellContent[] = (rows[r - 1] = []);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) {
          out[c - 1] = '=' + v.formula;
          formulaCells.push({ ws, sheet: ws.name, row: r - 1, col: c - 1, formula: v.formula as string });
        } else if (typeof v === 'string') out[c - 1] = `'${v}`;
        else if (typeof v === 'number' || typeof v === 'boolean') out[c - 1] = v;
      });
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets[ws.name] = rows;
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 1_048_576, useArrayArithmetic: true });
  const t2 = Date.now();
  const ids = new Map<string, number>();
  for (const f of formulaCells) {
    let id = ids.get(f.sheet);
    if (id === undefined) ids.set(f.sheet, (id = hf.getSheetId(f.sheet)!));
    const v = hf.getCellValue({ sheet: id, row: f.row, col: f.col });
    const result = v instanceof DetailedCellError ? { error: v.value } : (v as number | string | boolean);
    f.ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, result } as ExcelJS.CellFormulaValue;
  }
  hf.destroy();
  const t3 = Date.now();
  await wb.xlsx.writeFile(output);
  const t4 = Date.now();
  if (process.env.BENCH_TIMING) process.stderr.write(`BENCH_TIMING ${JSON.stringify({ read: t1 - t0, build: t2 - t1, extract: t3 - t2, write: t4 - t3, formulas: formulaCells.length })}\n`);
}

main(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
