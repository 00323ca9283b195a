/**
 * 补短测算 (issue 26), written with its school-resources sheet and computed headless by `fill`:
 * a hand-made county whose plan is worked out in the comments, and the bundled sample county —
 * every addition it lists is applied to the raw figures, the school-resources sheet is filled
 * again, and every school passes and every 差异系数 is within its limit.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildImprovementPlanParts, COUNTY_COLS, PLAN_COLS, TOTAL_COLS } from '../../../src/features/templates/improvement-plan';
import { buildSchoolResources, SCHOOL_COLS, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { buildTemplateSheets, listTemplates } from '../../../src/features/templates/index';
import type { SheetSpec } from '../../../src/features/templates/types';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { sampleCounty } from '../../../src/features/sample/county';
import { parseNumber } from '../../../src/domain/core/parse';
import { cellRef } from '../../../src/xlsx/refs';
import type { CellValue } from '../../../src/xlsx/types';
import { typeCell, typeRow } from './fill';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'improvement-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes the sheets, fills them with `fill` (headless), and returns a reader of the computed values. */
async function fill(sheets: SheetSpec[], name: string): Promise<(sheet: string, ref: string) => CellValue | undefined> {
  const input = path.join(tmp, `${name}.xlsx`);
  fs.writeFileSync(input, await writeTemplateXlsx(sheets));
  const r = fillWorkbook(input, { out: path.join(tmp, `${name}-filled.xlsx`) });
  return (sheet, ref) => r.evaluation.values.get(sheet)?.get(ref);
}

type Row = (string | number | null)[];

describe('improvement-plan', () => {
  test('is a template of two sheets, listed with the others; the unit costs are blank inputs', () => {
    expect(listTemplates().map((t) => t.name)).toContain('improvement-plan');
    const sheets = buildTemplateSheets('improvement-plan', { rows: 3 });
    expect(sheets.map((s) => s.name)).toEqual(['补短测算', '学校资源配置']);
    const { plan, layout } = buildImprovementPlanParts({ rows: 3 });
    for (let c = 1; c <= 7; c++) {
      const cell = plan.cells.find((x) => x.ref === cellRef(layout.pricesRow, c));
      // No invented price: a yellow input with nothing in it.
      expect(cell).toEqual({ ref: cellRef(layout.pricesRow, c), style: 'input' });
    }
  });

  // 小学 (standards 4.2 · 1 · 0.9 · 4.5 · 7.5 · 2000 · 2.3, 教督〔2017〕6号):
  // 一小 500 students: 15 高学历 (3.0), 5, 5, 2250 m² (4.5), 3750 m² (7.5), 900,000 元 (1800), 12 rooms (2.4)
  //   → the PASSPLAN example: 3 teachers and 100,000 元.
  // 二小 400 students: 20, 4, 4, 2000 (5), 3200 (8), 1,000,000 (2500), 10 (2.5) → passes: nothing.
  const ONE: Row = ['一小', '小学', 500, 15, 5, 5, 2250, 3750, 900000, 12];
  const TWO: Row = ['二小', '小学', 400, 20, 4, 4, 2000, 3200, 1000000, 10];

  test('a hand county: the pass plan of each school, the floor, totals; costs only once every unit cost is typed', async () => {
    const { plan, schools, layout } = buildImprovementPlanParts({ rows: 3 });
    typeRow(schools, SCHOOL_ROWS.firstData, ONE);
    typeRow(schools, SCHOOL_ROWS.firstData + 1, TWO);
    const v = await fill([plan, schools], 'hand');
    const at = (row: number, c: number) => v('补短测算', cellRef(row, c));
    const first = layout.firstData;
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => at(first, PLAN_COLS.pass + i))).toEqual([3, 0, 0, 0, 0, 100000, 0]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => at(first + 1, PLAN_COLS.pass + i))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // An empty row stays blank.
    expect(at(first + 2, PLAN_COLS.pass)).toBe('');
    // No prices typed: no cost.
    expect(at(first, PLAN_COLS.cost)).toBe('');
    expect(v('补短测算', layout.totalCost)).toBe('');
    // 高学历 after the pass plan: 18/500 = 3.6 and 5.0; CV of {3.6 (500), 5 (400)} = 1.4·√(500·400)/900 ÷ (3800/900)
    // = 0.1474 ≤ 0.50 → the floor is the smallest value (3.6), nothing more to add.
    const line = layout.county.find((l) => l.indicator === 'qualified_teachers_per100' && l.stage === 'primary')!;
    expect(at(line.row, COUNTY_COLS.cvAfter)).toBeCloseTo((1.4 * Math.sqrt(500 * 400)) / 900 / (3800 / 900), 12);
    expect(at(line.row, COUNTY_COLS.floor)).toBeCloseTo(3.6, 12);
    expect(at(line.row, COUNTY_COLS.balance)).toBe(0);
    expect(at(line.row, COUNTY_COLS.pass)).toBe(3);
    expect(at(line.row, COUNTY_COLS.limit)).toBe(0.5);
    // No 初中 school: its lines are blank, not #DIV/0!.
    const junior = layout.county.find((l) => l.indicator === 'qualified_teachers_per100' && l.stage === 'junior')!;
    expect(at(junior.row, COUNTY_COLS.floor)).toBe('');
    expect(at(layout.totals[5], TOTAL_COLS.total)).toBe(100000);
  });

  test('in English: the same plan with stages typed as primary', async () => {
    const { plan, schools, layout } = buildImprovementPlanParts({ rows: 3, lang: 'en' });
    expect([plan.name, schools.name]).toEqual(['Improvement plan', 'School resources']);
    typeRow(schools, SCHOOL_ROWS.firstData, ['No. 1', 'primary', ...ONE.slice(2)]);
    typeRow(schools, SCHOOL_ROWS.firstData + 1, ['No. 2', 'primary', ...TWO.slice(2)]);
    const v = await fill([plan, schools], 'english');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => v('Improvement plan', cellRef(layout.firstData, PLAN_COLS.pass + i)))).toEqual([3, 0, 0, 0, 0, 100000, 0]);
    const line = layout.county.find((l) => l.indicator === 'qualified_teachers_per100' && l.stage === 'primary')!;
    expect(v('Improvement plan', cellRef(line.row, COUNTY_COLS.floor))).toBeCloseTo(3.6, 12);
  });

  test('unit costs typed: the cheaper plan by price, and the costs per school, indicator, total and year', async () => {
    const { plan, schools, layout } = buildImprovementPlanParts({ rows: 3, year: 2026 });
    typeRow(schools, SCHOOL_ROWS.firstData, ONE);
    typeRow(schools, SCHOOL_ROWS.firstData + 1, TWO);
    // Unit costs of the conformance row (test/conformance/cases-improvement.ts): at 10,000 a teacher
    // 6 teachers (60,000) beat 3 teachers + 100,000 元 (130,000).
    [10000, 10000, 10000, 3000, 300, 1, 20000].forEach((p, i) => typeCell(plan, cellRef(layout.pricesRow, 1 + i), p));
    typeCell(plan, cellRef(layout.sharesRow, 1), 0.5);
    typeCell(plan, cellRef(layout.sharesRow, 2), 0.5);
    const v = await fill([plan, schools], 'priced');
    const at = (row: number, c: number) => v('补短测算', cellRef(row, c));
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => at(layout.firstData, PLAN_COLS.pass + i))).toEqual([6, 0, 0, 0, 0, 0, 0]);
    expect(at(layout.firstData, PLAN_COLS.cost)).toBe(60000);
    expect(at(layout.totals[0], TOTAL_COLS.cost)).toBe(60000);
    expect(v('补短测算', layout.totalCost)).toBe(60000);
    // Half in 2026, half in 2027, nothing after.
    const costLine = layout.yearsFirst + 7;
    expect([1, 2, 3, 4, 5].map((c) => at(costLine, c))).toEqual([30000, 30000, 0, 0, 0]);
    expect(at(layout.yearsFirst - 3, 1)).toBe(2026);
  });

  test('a 差异系数 over its limit: the floor L raises the low school, and with the additions applied the coefficient is at the limit', async () => {
    // 二小 with 4,000,000 元 of equipment (10,000 per student) beside 一小 at 2000 (after its pass
    // plan): 小学 仪器 CV = 8000·√(500·400)/900 ÷ (5,000,000/900) = 0.7155 > 0.50. Raising 一小 to L:
    // |10000 − L|·√(500·400)/900 = 0.5·(500L + 4,000,000)/900, so L = (10000·√200000 − 2,000,000)/(√200000 + 250).
    const RICH: Row = ['二小', '小学', 400, 20, 4, 4, 2000, 3200, 4000000, 10];
    const { plan, schools, layout } = buildImprovementPlanParts({ rows: 2 });
    typeRow(schools, SCHOOL_ROWS.firstData, ONE);
    typeRow(schools, SCHOOL_ROWS.firstData + 1, RICH);
    const v = await fill([plan, schools], 'rich');
    const at = (row: number, c: number) => v('补短测算', cellRef(row, c));
    const line = layout.county.find((l) => l.indicator === 'equipment_value_per_student' && l.stage === 'primary')!;
    expect(at(line.row, COUNTY_COLS.cv)).toBeCloseTo((8200 * Math.sqrt(200000)) / 900 / (4900000 / 900), 12); // before: 一小 at 1800
    expect(at(line.row, COUNTY_COLS.cvAfter)).toBeCloseTo((8000 * Math.sqrt(200000)) / 900 / (5000000 / 900), 12);
    const L = (10000 * Math.sqrt(200000) - 2000000) / (Math.sqrt(200000) + 250);
    expect(at(line.row, COUNTY_COLS.floor)).toBeCloseTo(L, 9);
    // 一小: 100,000 元 to pass, then (L − 2000) × 500 元 to the floor; 二小 nothing.
    expect(at(layout.firstData, PLAN_COLS.pass + 5)).toBe(100000);
    expect(at(layout.firstData, PLAN_COLS.balance + 5)).toBeCloseTo((L - 2000) * 500, 6);
    expect(at(layout.firstData + 1, PLAN_COLS.balance + 5)).toBe(0);
    // EDU.CVNEED keeps 12 significant digits of the 1,772,868 元 asked (src/domain/core/need.ts).
    expect(at(line.row, COUNTY_COLS.balance)).toBeCloseTo((L - 2000) * 500, 4);
    // Applied to the raw figures, the sheet filled again: 仪器 CV at 0.50, met; both schools pass.
    const after: Row[] = [ONE, RICH].map((r, s) => r.map((x, j) => (j < 3 ? x : (x as number) + (at(layout.firstData + s, PLAN_COLS.pass + j - 3) as number) + (at(layout.firstData + s, PLAN_COLS.balance + j - 3) as number))));
    const again = await fill([withRows(2, after)], 'rich-after');
    const top = SCHOOL_ROWS.firstData + 2 + 1;
    expect(again('学校资源配置', cellRef(top + 2 + 5, 1)) as number).toBeCloseTo(0.5, 9);
    expect(again('学校资源配置', cellRef(top + 2 + 5, 3))).toBe('是');
    expect([0, 1].map((i) => again('学校资源配置', cellRef(SCHOOL_ROWS.firstData + i, SCHOOL_COLS.pass)))).toEqual(['是', '是']);
  });

  test('the sample county: the plan fills headless; with every addition applied every school passes and every 差异系数 is within its limit', async () => {
    const returns = sampleCounty();
    // Two figures the sample's returns leave out (schools[7] 场馆, schools[33] 仪器): no plan can be
    // made without them, so they are completed first — at the stage's standard × students.
    returns[7].sportsSpace = 7.5 * Number(returns[7].students);
    returns[33].equipmentValue = (returns[33].stage === '初中' ? 2500 : 2000) * Number(returns[33].students);
    const rows: Row[] = returns.map((s) => [s.name, s.stage, s.students, s.qualifiedTeachers, s.backboneTeachers, s.peArtTeachers, s.teachingSpace, s.sportsSpace, s.equipmentValue, s.multimediaRooms]);
    const n = rows.length;
    const { plan, schools, layout } = buildImprovementPlanParts({ rows: n });
    rows.forEach((r, i) => typeRow(schools, SCHOOL_ROWS.firstData + i, r));
    const v = await fill([plan, schools], 'sample');
    const at = (row: number, c: number) => v('补短测算', cellRef(row, c));

    // Before: some schools fail and the plan has something to add.
    const before = await fill([withRows(n, rows)], 'sample-before');
    const passBefore = rows.map((_, i) => before('学校资源配置', cellRef(SCHOOL_ROWS.firstData + i, SCHOOL_COLS.pass)));
    expect(passBefore.filter((p) => p === '否').length).toBeGreaterThan(0);

    // Apply every addition the plan lists (pass plan + balance) to the raw figures.
    let added = 0;
    const after: Row[] = rows.map((r, i) => {
      const row = layout.firstData + i;
      return r.map((x, j) => {
        if (j < 3) return x;
        const k = j - 3;
        const pass = at(row, PLAN_COLS.pass + k);
        const bal = at(row, PLAN_COLS.balance + k);
        expect(typeof pass).toBe('number');
        expect(typeof bal).toBe('number');
        added += (pass as number) + (bal as number);
        return parseNumber(x as string | number)! + (pass as number) + (bal as number);
      });
    });
    expect(added).toBeGreaterThan(0);
    const again = await fill([withRows(n, after)], 'sample-after');
    const pass = after.map((_, i) => again('学校资源配置', cellRef(SCHOOL_ROWS.firstData + i, SCHOOL_COLS.pass)));
    expect(pass).toEqual(after.map(() => '是'));
    // The county block of the school sheet: 7 indicators × (小学, 初中) 差异系数 and its 是/否.
    const top = SCHOOL_ROWS.firstData + n + 1;
    for (let i = 0; i < 7; i++) {
      for (const k of [0, 1]) {
        const cv = again('学校资源配置', cellRef(top + 2 + i, 1 + 3 * k)) as number;
        const limit = again('学校资源配置', cellRef(top + 2 + i, 2 + 3 * k)) as number;
        expect(typeof cv).toBe('number');
        expect(cv).toBeLessThanOrEqual(limit + 1e-9);
        expect(again('学校资源配置', cellRef(top + 2 + i, 3 + 3 * k))).toBe('是');
      }
    }
    // The county lines agree with the school lines: CVNEED's total is the sum of the schools' balance additions.
    for (const l of layout.county) {
      const i = ['qualified_teachers_per100', 'backbone_teachers_per100', 'pe_art_teachers_per100', 'teaching_space_per_student', 'sports_space_per_student', 'equipment_value_per_student', 'multimedia_rooms_per100'].indexOf(l.indicator);
      const sum = after.reduce<number>((t, _, s) => (rows[s][1] === (l.stage === 'primary' ? '小学' : '初中') ? t + (at(layout.firstData + s, PLAN_COLS.balance + i) as number) : t), 0);
      expect(at(l.row, COUNTY_COLS.balance) as number).toBeCloseTo(sum, 4);
    }
  }, 120000);
});

/** A school-resources sheet of `n` rows with `rows` typed in. */
function withRows(n: number, rows: Row[]): SheetSpec {
  const s = buildSchoolResources({ rows: n });
  rows.forEach((r, i) => typeRow(s, SCHOOL_ROWS.firstData + i, r));
  return s;
}
