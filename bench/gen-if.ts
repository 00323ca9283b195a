/**
 * The issue-17 "EDU calls inside IF" workbook, for measuring the fast path: the bench county's
 * schools (bench/gen.ts), with per school the seven EDU.PER100 / EDU.PERSTUDENT indicators, seven
 * `IF(EDU.MEETS(…),1,0)`, their SUM and `IF(EDU.SCHOOLPASS(…),1,0)`; and per indicator a weighted
 * mean `SUMPRODUCT(w,x)/SUM(w)` and EDU.DIFFCOEF. Cached values are wrong (999) so an engine that
 * does not recalculate is caught.
 * Usage: npx ts-node --transpile-only bench/gen-if.ts <out.xlsx> <schools>
 */
import ExcelJS from 'exceljs';
import { INDICATORS, rng, school } from './gen';

const col = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The formulas of the school on 1-based row r: indicators K..Q, met R..X, count Y, pass Z. */
export function ifFormulas(r: number): string[] {
  const f: string[] = [];
  INDICATORS.forEach((ind, j) => f.push(`EDU.${ind.fn}(${col(3 + j)}${r},$C${r})`));
  INDICATORS.forEach((ind, j) => f.push(`IF(EDU.MEETS("${ind.id}",${col(10 + j)}${r},$B${r}),1,0)`));
  f.push(`SUM(R${r}:X${r})`);
  f.push(`IF(EDU.SCHOOLPASS(K${r}:Q${r},$B${r}),1,0)`);
  return f;
}

/** Writes the workbook; resolves to the number of formulas written. */
export async function writeIfCounty(file: string, n: number, seed = 20261123): Promise<number> {
  const next = rng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('schools');
  ws.addRow(['学校名称', '学段', '学生数', ...INDICATORS.map((x) => `raw ${x.id}`), ...INDICATORS.map((x) => x.id), ...INDICATORS.map((x) => `met ${x.id}`), '达标项数', '是否达标', '', 'indicator', '差异系数', 'weighted mean']).commit();
  const last = n + 1;
  const wrong = (formula: string) => ({ formula, result: 999 });
  let formulas = 0;
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const cells: unknown[] = [...school(next, i), ...ifFormulas(r).map(wrong)];
    formulas += 16;
    if (i < 7) {
      const values = `${col(10 + i)}$2:${col(10 + i)}$${last}`;
      const w = `$C$2:$C$${last}`;
      cells[26] = INDICATORS[i].id;
      cells[27] = wrong(`EDU.DIFFCOEF(${values},${w})`);
      cells[28] = wrong(`SUMPRODUCT(${w},${values})/SUM(${w})`);
      formulas += 2;
    }
    ws.addRow(cells).commit();
  }
  ws.commit();
  await wb.commit();
  return formulas;
}

if (require.main === module) {
  const [file, n] = process.argv.slice(2);
  writeIfCounty(file, Number(n)).then((k) => console.log(`${file}: ${k} formulas`));
}
