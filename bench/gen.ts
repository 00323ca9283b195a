/**
 * Deterministic county workbooks for the benchmark: one row per school (stage, students, the seven
 * raw figures), then the 16 per-school formulas and seven county 差异系数, in two shapes:
 * - "edu": EDU.PER100 / EDU.PERSTUDENT, EDU.MEETS, EDU.COUNTMET, EDU.SCHOOLPASS, EDU.DIFFCOEF;
 * - "builtin": the same metrics as built-in formulas (D/C*100, IF(..>=..), COUNTIF, SUMPRODUCT CV),
 *   written with a wrong cached value (999) so that an engine that does not recalculate is caught.
 * Written with exceljs's streaming WorkbookWriter.
 */
import ExcelJS from 'exceljs';
import { prng } from '../src/features/sample/prng';

/**
 * 'eduif' / 'builtinif' (issue 17): the met flags as `IF(EDU.MEETS(…),1,0)` (or its built-in twin),
 * 达标项数 as SUM of them, 是否达标 as arithmetic around EDU.SCHOOLPASS and EDU.COUNTMET, and a
 * student-weighted SUMPRODUCT share per flag in the county block.
 */
export type Shape = 'edu' | 'builtin' | 'eduif' | 'builtinif';
const isEdu = (s: Shape) => s === 'edu' || s === 'eduif';
const isIf = (s: Shape) => s === 'eduif' || s === 'builtinif';

/** The seven resource indicators in the standard's order: id, EDU function, 小学 and 初中 standard. */
export const INDICATORS: { id: string; fn: 'PER100' | 'PERSTUDENT'; primary: number; junior: number }[] = [
  { id: 'qualified_teachers_per100', fn: 'PER100', primary: 4.2, junior: 5.3 },
  { id: 'backbone_teachers_per100', fn: 'PER100', primary: 1, junior: 1 },
  { id: 'pe_art_teachers_per100', fn: 'PER100', primary: 0.9, junior: 0.9 },
  { id: 'teaching_space_per_student', fn: 'PERSTUDENT', primary: 4.5, junior: 5.8 },
  { id: 'sports_space_per_student', fn: 'PERSTUDENT', primary: 7.5, junior: 10.2 },
  { id: 'equipment_value_per_student', fn: 'PERSTUDENT', primary: 2000, junior: 2500 },
  { id: 'multimedia_rooms_per100', fn: 'PER100', primary: 2.3, junior: 2.4 },
];

/** The seeded PRNG of the sample county, so every run writes the same schools. */
export const rng = prng;

const col = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Column letters: A name, B stage, C students, D..J raw, K..Q indicators, R..X met, Y count, Z pass. */
const RAW = 3;
const IND = 10;
const MET = 17;
const COUNT = 24;
const PASS = 25;

/** One school's input row. */
export function school(next: () => number, i: number): (string | number)[] {
  const primary = next() < 0.6;
  const students = 100 + Math.floor(next() * 1900);
  const raw = INDICATORS.map((ind) => {
    const th = primary ? ind.primary : ind.junior;
    const factor = 0.75 + next() * 0.6;
    return ind.fn === 'PER100' ? Math.max(0, Math.round((students * th * factor) / 100)) : Math.round(students * th * factor);
  });
  return [`学校${String(i + 1).padStart(6, '0')}`, primary ? '小学' : '初中', students, ...raw];
}

/** The 16 formulas of the school on 1-based row r. */
export function schoolFormulas(shape: Shape, r: number): string[] {
  const f: string[] = [];
  INDICATORS.forEach((ind, j) => {
    const raw = `${col(RAW + j)}${r}`;
    if (isEdu(shape)) f.push(`EDU.${ind.fn}(${raw},$C${r})`);
    else f.push(ind.fn === 'PER100' ? `${raw}/$C${r}*100` : `${raw}/$C${r}`);
  });
  INDICATORS.forEach((ind, j) => {
    const v = `${col(IND + j)}${r}`;
    const met = isEdu(shape) ? `EDU.MEETS("${ind.id}",${v},$B${r})` : `IF($B${r}="小学",${v}>=${ind.primary},${v}>=${ind.junior})`;
    f.push(isIf(shape) ? `IF(${met},1,0)` : met);
  });
  const seven = `${col(IND)}${r}:${col(IND + 6)}${r}`;
  const ratios = INDICATORS.map((ind, j) => `${col(IND + j)}${r}/IF($B${r}="小学",${ind.primary},${ind.junior})`).join(',');
  const y = `${col(COUNT)}${r}`;
  if (isIf(shape)) {
    // 是否达标 as 1/0 scaled by the share met, plus (COUNTMET − SUM) = 0: arithmetic around EDU calls.
    f.push(`SUM(${col(MET)}${r}:${col(MET + 6)}${r})`);
    if (shape === 'eduif') f.push(`IF(EDU.SCHOOLPASS(${seven},$B${r}),1,0)*${y}/7+(EDU.COUNTMET(${seven},$B${r})-${y})`);
    else f.push(`IF(AND(${y}>=6,MIN(${ratios})>=0.85),1,0)*${y}/7+(COUNTIF(${col(MET)}${r}:${col(MET + 6)}${r},1)-${y})`);
  } else if (shape === 'edu') {
    f.push(`EDU.COUNTMET(${seven},$B${r})`);
    f.push(`EDU.SCHOOLPASS(${seven},$B${r})`);
  } else {
    f.push(`COUNTIF(${col(MET)}${r}:${col(MET + 6)}${r},TRUE())`);
    f.push(`AND(${y}>=6,MIN(${ratios})>=0.85)`);
  }
  return f;
}

/** Writes a county of n schools; resolves to the number of formulas written. */
export async function writeCounty(file: string, n: number, shape: Shape, seed = 20261123): Promise<number> {
  const next = rng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('schools');
  const header = ['学校名称', '学段', '学生数', ...INDICATORS.map((x) => `raw ${x.id}`), ...INDICATORS.map((x) => x.id), ...INDICATORS.map((x) => `met ${x.id}`), '达标项数', '是否达标', 'indicator', '差异系数', 'weighted mean', ...(isIf(shape) ? ['weighted share met'] : [])];
  ws.addRow(header).commit();
  const last = n + 1;
  const wrong = (formula: string) => (!isEdu(shape) ? { formula, result: 999 } : { formula });
  let formulas = 0;
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const cells: unknown[] = [...school(next, i), ...schoolFormulas(shape, r).map(wrong)];
    formulas += 16;
    // The county block sits in AA..AC of the first seven rows (beside the schools).
    if (i < 7) {
      const values = `${col(IND + i)}$2:${col(IND + i)}$${last}`;
      const w = `$C$2:$C$${last}`;
      cells[26] = INDICATORS[i].id;
      if (isIf(shape)) {
        // The student-weighted share of schools meeting indicator i: SUMPRODUCT over 1/0 flags.
        cells[29] = wrong(`SUMPRODUCT(${w},${col(MET + i)}$2:${col(MET + i)}$${last})/SUM(${w})`);
        formulas++;
      }
      if (isEdu(shape)) {
        cells[27] = wrong(`EDU.DIFFCOEF(${values},${w})`);
        formulas++;
      } else {
        cells[28] = wrong(`SUMPRODUCT(${w},${values})/SUM(${w})`);
        cells[27] = wrong(`SQRT(SUMPRODUCT(${w},(${values}-AC${r})^2)/SUM(${w}))/AC${r}`);
        formulas += 2;
      }
    }
    ws.addRow(cells).commit();
  }
  ws.commit();
  await wb.commit();
  return formulas;
}

/** A tiny workbook whose cached values are all wrong (999): proof that an engine recalculates. */
export async function writeWrongCache(file: string): Promise<{ ref: string; want: number }[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('proof');
  ws.getCell('A1').value = 21;
  ws.getCell('A2').value = 500;
  ws.getCell('B1').value = { formula: 'A1/A2*100', result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').value = { formula: 'SUM(A1:A2)', result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell('B3').value = { formula: 'SQRT(SUMPRODUCT(A1:A2,(A1:A2-3)^2))', result: 999 } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);
  return [
    { ref: 'B1', want: 4.2 },
    { ref: 'B2', want: 521 },
    { ref: 'B3', want: Math.sqrt(21 * 18 * 18 + 500 * 497 * 497) },
  ];
}
