/**
 * The school resource template, written to .xlsx, read back and computed by HyperFormula with the
 * EDU plugin, on five schools worked out by hand against the national standard (docs/design.md §4).
 */
import { buildSchoolResources, SCHOOL_COLS, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { detectColumns } from '../../../src/features/school-table/headers';
import { checkMisses } from '../../../src/features/school-table/highlight';
import { specGrid } from '../../../src/features/templates/grid';
import { RESOURCE_INDICATORS } from '../../../src/domain/core/resource-indicators';
import { catalog } from '../../../src/domain/catalog/index';
import { typeRow } from './fill';
import { loadIntoEngine, type LoadedWorkbook } from './xlsx-engine';
import { markedCells } from '../school-table/rule-eval';

const ROWS = 8;
// 学校名称, 学段, 学生数, 高学历教师, 骨干, 体艺, 用房 m², 场馆 m², 仪器 元, 多媒体教室
const SCHOOLS: (string | number)[][] = [
  // 4.2, 1, 1, 4.5, 8, 2000, 2.4 → all 7 met
  ['城关一小', '小学', 500, 21, 5, 5, 2250, 4000, 1000000, 12],
  // 3.5 (< 4.2 and only 83% of it), 1, 1, 5, 8, 2500, 2.5 → 6 met, fails the 85% floor
  ['城关二小', '小學', 400, 14, 4, 4, 2000, 3200, 1000000, 10],
  // 5.0 (< 5.3, 94%), 1, 1, 6, 10.2, 2500, 2.5 → 6 met, passes
  ['城关中学', '初中', 800, 40, 8, 8, 4800, 8160, 2000000, 20],
  // 6, 0, 1, 5 (< 5.8), 10 (< 10.2), 3000, 2 (< 2.4) → 3 met; students typed as full-width text
  ['河口中学', 'junior', '１２００', 72, 0, 12, 6000, 12000, 3600000, 24],
  // a through-school on one row: computed, but no pass verdict (must be split by stage)
  ['新桥学校', '九年一贯制', 600, 30, 6, 6, 3000, 5000, 1500000, 14],
];

// Student-weighted CV of two schools: X̄ = (P₁X₁+P₂X₂)/P, S = |X₁−X₂|·√(w₁w₂), CV = S/X̄.
function cv2(x1: number, p1: number, x2: number, p2: number): number {
  const p = p1 + p2;
  const mean = (p1 * x1 + p2 * x2) / p;
  return (Math.abs(x1 - x2) * Math.sqrt((p1 / p) * (p2 / p))) / mean;
}

describe('school-resources', () => {
  let wb: LoadedWorkbook;
  const spec = buildSchoolResources({ rows: ROWS });
  const first = SCHOOL_ROWS.firstData;
  const county = first + ROWS + 1; // title row of the county block (0-based)

  beforeAll(async () => {
    SCHOOLS.forEach((s, i) => typeRow(spec, first + i, s));
    wb = await loadIntoEngine(await writeTemplateXlsx(spec));
  });

  test('the seven computed headers are the catalog names, in the standard order', () => {
    const headers = RESOURCE_INDICATORS.map((_, i) => spec.cells.find((c) => c.ref === `${String.fromCharCode(75 + i)}4`)?.value);
    expect(headers).toEqual(RESOURCE_INDICATORS.map((id) => catalog.indicators.find((x) => x.id === id)!.name));
  });

  test('header recognition finds them (and not the raw columns), the 学段 and the 学生数', () => {
    const d = detectColumns(specGrid(spec).slice(0, first + ROWS), { merges: spec.merges })!;
    expect(d.headerRow).toBe(SCHOOL_ROWS.header);
    expect(d.stageCol).toBe(SCHOOL_COLS.stage);
    expect(d.studentsCol).toBe(SCHOOL_COLS.students);
    expect(d.columns.map((c) => c.col)).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    expect(d.columns[7].indicatorId).toBe('resource_indicators_met_min'); // 达标项数 ≥ 6
  });

  test('per-school indicators (EDU.PER100 / EDU.PERSTUDENT)', () => {
    const row = (r: number) => ['K', 'L', 'M', 'N', 'O', 'P', 'Q'].map((c) => wb.value(`${c}${first + r + 1}`));
    expect(row(0)).toEqual([4.2, 1, 1, 4.5, 8, 2000, 2.4]);
    expect(row(1)).toEqual([3.5, 1, 1, 5, 8, 2500, 2.5]);
    expect(row(2)).toEqual([5, 1, 1, 6, 10.2, 2500, 2.5]);
    expect(row(3)).toEqual([6, 0, 1, 5, 10, 3000, 2]);
    // 5000 / 600 and 14 / 600 × 100 do not end; the core gives 15 significant digits.
    const through = row(4) as number[];
    [5, 1, 1, 5, 5000 / 600, 2500, 14 / 6].forEach((x, i) => expect(through[i]).toBeCloseTo(x, 12));
  });

  test('达标项数 and 是否达标 (6 of 7, each miss ≥ 85%)', () => {
    const r = (i: number) => first + i + 1;
    expect([0, 1, 2, 3].map((i) => wb.value(`R${r(i)}`))).toEqual([7, 6, 6, 3]);
    expect([0, 1, 2, 3].map((i) => wb.value(`S${r(i)}`))).toEqual(['是', '否', '是', '否']);
  });

  test('a through-school on one row shows the split-by-stage error, not a verdict', () => {
    const v = wb.value(`R${first + 5}`) as { type?: string; message?: string };
    expect(v.type).toBe('VALUE');
    expect(v.message).toContain('EDU.SHARE');
  });

  test('untouched rows stay blank', () => {
    for (const c of ['K', 'Q', 'R', 'S']) expect(wb.value(`${c}${first + ROWS}`)).toBe('');
  });

  test('no helper columns: nothing right of 是否达标 (S), the coefficients read the 学段 column', () => {
    expect(spec.cells.filter((c) => /^[T-Z]\d+$/.test(c.ref))).toEqual([]);
    const cv = spec.cells.find((c) => c.formula?.includes('EDU.DIFFCOEF'))!.formula!;
    expect(cv).toMatch(/EDU\.DIFFCOEF\(K\$\d+:K\$\d+,\$C\$\d+:\$C\$\d+,\$B\$\d+:\$B\$\d+,"小学"\)/);
  });

  test('county 差异系数 per stage, student-weighted, hand-computed', () => {
    const line = (i: number) => county + 2 + i + 1; // 1-based row of indicator i
    // 小学: 城关一小 (500) and 城关二小 (400); 初中: 城关中学 (800) and 河口中学 (1200).
    expect(wb.value(`B${line(0)}`)).toBeCloseTo(cv2(4.2, 500, 3.5, 400), 12); // 0.0894…
    expect(wb.value(`B${line(3)}`)).toBeCloseTo(Math.sqrt(20 / 324) / (4250 / 900), 12); // 用房 4.5 / 5.0
    expect(wb.value(`E${line(3)}`)).toBeCloseTo(Math.sqrt(0.24) / 5.4, 12); // 用房 6.0 / 5.0 → 0.0907
    expect(wb.value(`E${line(1)}`)).toBeCloseTo(Math.sqrt(0.24) / 0.4, 12); // 骨干 1 / 0 → 1.2247
    expect(wb.value(`B${line(1)}`)).toBe(0); // 骨干 1 and 1
    expect(wb.value(`C${line(0)}`)).toBe(0.5);
    expect(wb.value(`F${line(0)}`)).toBe(0.45);
    expect(wb.value(`D${line(0)}`)).toBe('是');
    expect(wb.value(`G${line(1)}`)).toBe('否'); // 1.22 > 0.45
    expect(wb.value(`G${line(3)}`)).toBe('是');
  });

  test('the through-school is left out of both coefficients', () => {
    // With it, the 小学 用房 CV would change; the hand value above already excludes it.
    const line = county + 2 + 4 + 1; // 场馆: 小学 8 and 8 → 0
    expect(wb.value(`B${line}`)).toBe(0);
  });

  test('pass rate: 2 of the 4 schools that could be judged; 1 could not', () => {
    const s0 = county + 2 + 7 + 1 + 1; // 1-based row of 参评学校数
    expect(wb.value(`B${s0}`)).toBe(4);
    expect(wb.value(`B${s0 + 1}`)).toBe(2);
    expect(wb.value(`B${s0 + 2}`)).toBe(0.5);
    expect(wb.value(`B${s0 + 3}`)).toBe(1);
  });

  test('the built-in miss rules mark the cells below the standard, as checkMisses does on the computed values', () => {
    const indicatorRules = spec.conditionalFormats!.filter((r) => r.range.endsWith(String(first + ROWS)) && r.indicatorId !== '');
    const marked = markedCells(indicatorRules, wb.hf);
    const expected = [
      `K${first + 2}`, // 3.5 < 4.2 (小學)
      `K${first + 3}`, // 5.0 < 5.3
      `L${first + 4}`, `N${first + 4}`, `O${first + 4}`, `Q${first + 4}`, `R${first + 4}`, // 河口中学
    ];
    expect([...marked].sort()).toEqual(expected.sort());
    // checkMisses on the computed grid agrees.
    const values = wb.hf.getSheetValues(0).map((row) => row.map((v) => (typeof v === 'object' && v !== null ? '#ERR' : (v as string | number | boolean | null))));
    const d = detectColumns(values.slice(0, first + ROWS))!;
    const r = checkMisses(values, d, { firstDataRow: first, lastDataRow: first + ROWS - 1 });
    expect(r.misses.map((m) => `${String.fromCharCode(65 + m.col)}${m.row + 1}`).sort()).toEqual(expected.sort());
  });

  test('the verdict marks: schools that fail, coefficients over the limit', () => {
    const verdicts = spec.conditionalFormats!.filter((r) => r.indicatorId === '' || r.indicatorId === 'school_diff_coef');
    expect(verdicts.map((r) => r.range)).toEqual([`S${first + 1}:S${first + ROWS}`, `D${county + 3}:D${county + 9}`, `G${county + 3}:G${county + 9}`]);
    expect([...markedCells(verdicts, wb.hf)].sort()).toEqual([`G${county + 4}`, `S${first + 2}`, `S${first + 4}`].sort());
  });

  test('the county empty: no #DIV/0! in the coefficients', async () => {
    const empty = await loadIntoEngine(await writeTemplateXlsx(buildSchoolResources({ rows: 3 })));
    // rows 5–7 schools; 9 title, 10 header, 11–17 indicators; 19–22 the pass rate block
    expect(empty.value('B11')).toBe('');
    expect(empty.value('D11')).toBe('');
    expect(empty.value('E17')).toBe('');
    expect(empty.value('C11')).toBe(0.5);
    expect(empty.value('B19')).toBe(0);
    expect(empty.value('B21')).toBe('');
    expect(empty.value('B22')).toBe(0);
  });

  test('English labels, English stage names in the formulas', async () => {
    const en = buildSchoolResources({ lang: 'en', rows: 2 });
    expect(en.cells.find((c) => c.ref === 'N4')?.value).toBe('Teaching and auxiliary floor space per student');
    expect(en.cells.find((c) => c.ref === 'C10')?.formula).toBe('EDU.THRESHOLD("school_diff_coef","primary")');
    typeRow(en, first, ['No. 1 Primary', 'primary', 500, 21, 5, 5, 2250, 4000, 1000000, 12]);
    const e = await loadIntoEngine(await writeTemplateXlsx(en));
    expect(e.value('S5')).toBe('Yes');
    expect(detectColumns(specGrid(en).slice(0, first + 2))!.columns.length).toBeGreaterThanOrEqual(7);
  });

  test('a plan picks the plan\'s coefficient limit (falling back to national)', () => {
    const s = buildSchoolResources({ plan: '塔城地区', rows: 1 });
    expect(s.cells.find((c) => c.ref === 'C9')?.formula).toBe('EDU.THRESHOLD("school_diff_coef","小学","tacheng")');
  });

  test('rows default to 50 input rows with formulas pre-filled', () => {
    const s = buildSchoolResources();
    expect(s.cells.find((c) => c.ref === 'K54')?.formula).toBe('IF(COUNTA($A54:$J54)=0,"",EDU.PER100(D54,$C54))');
    expect(s.cells.find((c) => c.ref === 'K55')).toBeUndefined();
    expect(s.conditionalFormats![0].range).toBe('K5:K54');
    expect(s.frozen).toEqual({ rows: 4, cols: 1 });
  });
});
