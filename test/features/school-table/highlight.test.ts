/**
 * Highlight rules and checkMisses: thresholds from the catalog (national standard, docs/design.md §4),
 * directions ≥ / ≤ / strict <, the stage read from a 学段 cell, and the two agreeing cell for cell
 * when the rules are evaluated by HyperFormula the way Excel applies a conditional format.
 */
import fc from 'fast-check';
import { cellNumber, checkMisses, dxfMiss, highlightRules } from '../../../src/features/school-table/highlight';
import { detectColumns } from '../../../src/features/school-table/headers';
import { cellRef } from '../../../src/xlsx/refs';
import type { Grid, GridValue } from '../../../src/features/school-table/types';
import { createEngine } from '../../../src/engine/hf/engine';
import { markedCells, toSheet } from './rule-eval';

const HEAD = ['学校名称', '学段', '学生数', '生均教学及辅助用房面积（m²）', '每百名學生擁有縣級以上骨幹教師數', 'Class size', '学业水平校际差异率', '校额'];
const IDS = ['teaching_space_per_student', 'backbone_teachers_per100', 'class_size_max', 'academic_diff_rate', 'school_size_max'];

function table(rows: GridValue[][]): Grid {
  return [HEAD, ...rows];
}

describe('highlightRules', () => {
  const grid = table([['一小', '小学', 500, 4.2, 1, 46, 0.1, 2100]]);
  const d = detectColumns(grid)!;
  const { rules, skipped } = highlightRules(d, { firstDataRow: 1, lastDataRow: 50 });

  test('one rule per indicator column, none skipped', () => {
    expect(rules.map((r) => r.indicatorId)).toEqual(IDS);
    expect(skipped).toEqual([]);
  });

  test('生均教学及辅助用房面积: 小学 4.5, 初中 5.8, the stage read from column B', () => {
    expect(rules[0].range).toBe('D2:D51');
    expect(rules[0].formula).toBe(`AND(D2<>"",NOT(ISLOGICAL(D2)),ISNUMBER(${cellNumber('D2')}),OR(AND(OR(TRIM($B2)={"小学","小學","primary"}),${cellNumber('D2')}<4.5),AND(OR(TRIM($B2)={"初中","junior"}),${cellNumber('D2')}<5.8)))`);
    expect(rules[0].description).toBe('生均教学及辅助用房面积未达标：小学 ≥ 4.5，初中 ≥ 5.8（国家标准）');
    expect(rules[0].style).toBe('miss');
  });

  test('骨干教师: the same 1 for 小学 and 初中 is one test', () => {
    expect(rules[1].formula).toBe(`AND(E2<>"",NOT(ISLOGICAL(E2)),ISNUMBER(${cellNumber('E2')}),OR(TRIM($B2)={"小学","小學","primary","初中","junior"}),${cellNumber('E2')}<1)`);
  });

  test('班额 is ≤ (45 / 50): a miss is above', () => {
    expect(rules[2].formula).toBe(`AND(F2<>"",NOT(ISLOGICAL(F2)),ISNUMBER(${cellNumber('F2')}),OR(AND(OR(TRIM($B2)={"小学","小學","primary"}),${cellNumber('F2')}>45),AND(OR(TRIM($B2)={"初中","junior"}),${cellNumber('F2')}>50)))`);
  });

  test('学业水平校际差异率 is strict < 0.15: 0.15 itself misses', () => {
    expect(rules[3].formula).toContain(`${cellNumber('G2')}>=0.15)`);
  });

  test('校额: 2000 for 小学/初中, 2500 for 一贯制', () => {
    expect(rules[4].formula).toContain(`${cellNumber('H2')}>2000`);
    expect(rules[4].formula).toContain(`{"九年一贯制","九年一貫制","nine-year","十二年一贯制","十二年一貫制","twelve-year"}),${cellNumber('H2')}>2500`);
  });

  test('formulas stay within the 255 characters older Excel and WPS allow in a conditional format', () => {
    for (const r of rules) expect(r.formula.length).toBeLessThanOrEqual(255);
  });

  test('sheet name and origin: sheet addresses when the grid starts at C3', () => {
    const r = highlightRules(d, { firstDataRow: 1, lastDataRow: 10, sheetName: '学校', origin: { row: 2, col: 2 } }).rules[0];
    expect(r.range).toBe('F4:F13');
    expect(r.formula.startsWith(`AND(F4<>"",NOT(ISLOGICAL(F4)),ISNUMBER(${cellNumber('F4')}),OR(AND(OR(TRIM($D4)=`)).toBe(true);
    expect(r.sheet).toBe('学校');
  });

  test('without a 学段 column a stage-dependent indicator is skipped with the reason; a uniform one is checked', () => {
    const g: Grid = [['学校', '生均教学及辅助用房面积', '每百名学生拥有县级以上骨干教师数', '学业水平校际差异率'], ['一小', 4, 0.5, 0.2]];
    const plan = highlightRules(detectColumns(g)!, { firstDataRow: 1, lastDataRow: 1 });
    expect(plan.rules.map((r) => [r.indicatorId, r.formula])).toEqual([
      ['backbone_teachers_per100', `AND(C2<>"",NOT(ISLOGICAL(C2)),ISNUMBER(${cellNumber('C2')}),${cellNumber('C2')}<1)`],
      ['academic_diff_rate', `AND(D2<>"",NOT(ISLOGICAL(D2)),ISNUMBER(${cellNumber('D2')}),${cellNumber('D2')}>=0.15)`],
    ]);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ col: 1, indicatorId: 'teaching_space_per_student' });
    expect(plan.skipped[0].reason).toContain('小学 >= 4.5');
    expect(plan.skipped[0].reason).toContain('没有学段列');
  });

  test('one-stage columns (小学 / 初中 under a merged indicator) use their stage\'s threshold on every row', () => {
    const g: Grid = [
      ['学校', '生均教学及辅助用房面积（m²）', null, '生均教学仪器设备值（元）', null, '校额', '班额'],
      [null, '小学', '初中', '小学', '初中', '高中', '高中'],
      ['一校', 4.2, 6, 2100, 2400, 2600, 60],
    ];
    const det = detectColumns(g, { merges: ['A1:A2', 'B1:C1', 'D1:E1'] })!;
    const opts = { firstDataRow: 2, lastDataRow: 2 };
    const plan = highlightRules(det, opts);
    expect(plan.rules.map((r) => r.formula)).toEqual([`AND(B3<>"",NOT(ISLOGICAL(B3)),ISNUMBER(${cellNumber('B3')}),${cellNumber('B3')}<4.5)`, `AND(C3<>"",NOT(ISLOGICAL(C3)),ISNUMBER(${cellNumber('C3')}),${cellNumber('C3')}<5.8)`, `AND(D3<>"",NOT(ISLOGICAL(D3)),ISNUMBER(${cellNumber('D3')}),${cellNumber('D3')}<2000)`, `AND(E3<>"",NOT(ISLOGICAL(E3)),ISNUMBER(${cellNumber('E3')}),${cellNumber('E3')}<2500)`]);
    expect(plan.rules[1].description).toBe('生均教学及辅助用房面积未达标：初中 ≥ 5.8（国家标准）');
    expect(plan.skipped.map((x) => [x.indicatorId, x.reason])).toEqual([
      ['school_size_max', '「校额」在国家标准中没有高中的标准或目标值'],
      ['class_size_max', '「班额」在国家标准中没有高中的标准或目标值'],
    ]);
    const r = checkMisses(g, det, opts);
    expect(r.misses.map((m) => [cellRef(m.row, m.col), m.stage, m.threshold])).toEqual([['B3', 'primary', 4.5], ['E3', 'junior', 2500]]);
    expect([...markedCells(plan.rules, g)].sort()).toEqual(['B3', 'E3']);
  });

  test('an indicator with no threshold anywhere is skipped', () => {
    const g: Grid = [['学段', '学位缺口'], ['小学', 30]];
    const plan = highlightRules(detectColumns(g)!, { firstDataRow: 1, lastDataRow: 1 });
    expect(plan.rules).toEqual([]);
    expect(plan.skipped[0].reason).toContain('没有标准或目标值');
  });

  test('a plan without its own figure falls back to the national standard, and says so', () => {
    const g: Grid = [['学段', '生均教学及辅助用房面积', '每百名学生拥有高于规定学历教师数'], ['小学', 4, 4]];
    const rules2 = highlightRules(detectColumns(g)!, { plan: '塔城地区', firstDataRow: 1, lastDataRow: 1 }).rules;
    expect(rules2[0].description).toContain('（塔城地区）');
    expect(rules2[1].description).toContain('塔城地区，未列的按国家标准');
    expect(rules2[1].formula).toContain('<4.2');
  });

  test('the miss look is Excel\'s light red fill with dark red text', () => {
    expect(dxfMiss).toEqual({ fill: '#FFC7CE', font: '#9C0006' });
  });
});

describe('checkMisses', () => {
  const grid = table([
    ['一小', '小学', 500, 4.2, 1, 46, 0.1, 2100], // 4.2 < 4.5; 46 > 45; 2100 > 2000
    ['二小', '小學', 400, 4.5, 0.9, 45, 0.15, 2000], // 4.5 met (≥); 0.9 < 1; 0.15 not < 0.15
    ['一中', ' Junior ', 900, 5.7, 1.2, 50, 0.14, 2000], // 5.7 < 5.8
    ['三校', '九年一贯制', 1200, 4, 1, 40, 0.2, 2400], // no 一贯制 standard for 用房 / 骨干 / 班额; 0.2 ≥ 0.15; 2400 ≤ 2500
    ['四小', '小学', 300, '４.０', '-', '1,234', 'abc', true], // text numbers, a blank mark, text, a boolean
    ['五小', null, 300, 3, null, null, null, null], // no stage
  ]);
  const d = detectColumns(grid)!;
  const r = checkMisses(grid, d, { firstDataRow: 1, lastDataRow: 6 });
  const at = (m: { row: number; col: number }) => cellRef(m.row, m.col);

  test('misses, each with its stage and threshold', () => {
    expect(r.misses.map((m) => [at(m), m.stage, m.value, m.threshold, m.direction])).toEqual([
      ['D2', 'primary', 4.2, 4.5, '>='],
      ['F2', 'primary', 46, 45, '<='],
      ['H2', 'primary', 2100, 2000, '<='],
      ['E3', 'primary', 0.9, 1, '>='],
      ['G3', 'primary', 0.15, 0.15, '<'],
      ['D4', 'junior', 5.7, 5.8, '>='],
      ['G5', 'nine_year', 0.2, 0.15, '<'],
      ['D6', 'primary', 4, 4.5, '>='], // '４.０' read as EDU functions read it (issue 18)
      ['F6', 'primary', 1234, 45, '<='], // '1,234'
    ]);
    expect(r.misses.filter((m) => m.storedAsText !== undefined).map((m) => [at(m), m.storedAsText])).toEqual([['D6', '４.０'], ['F6', '1,234']]);
  });

  test('numbers typed as text are listed (and compared, above); other text and booleans are not numbers', () => {
    expect(r.textNumbers.map((t) => [at(t), t.text, t.value])).toEqual([['D6', '４.０', 4], ['F6', '1,234', 1234]]);
    expect(r.notNumbers.map((t) => [at(t), t.value])).toEqual([['G6', 'abc'], ['H6', true]]);
  });

  test('rows whose stage has no threshold for the column are listed', () => {
    expect(r.unknownStage.map((u) => [at(u), u.stage])).toEqual([['D5', '九年一贯制'], ['E5', '九年一贯制'], ['F5', '九年一贯制'], ['D7', null]]);
  });

  test('checked counts the compared cells', () => {
    // rows 2–4: 5 each; row 5: 学业水平 and 校额; row 6: the two text numbers; row 7: none
    expect(r.checked).toBe(19);
  });
});

describe('the rules mark exactly the cells checkMisses reports', () => {
  function agree(grid: Grid, lastDataRow: number) {
    const d = detectColumns(grid)!;
    const opts = { firstDataRow: 1, lastDataRow };
    const marked = markedCells(highlightRules(d, opts).rules, grid);
    // The one documented difference (cellNumber): text with full-width digits or a thousands
    // separator is read by check, not by the plain-Excel rule.
    const plain = (t?: string) => t === undefined || !/[^\x00-\x7f]|,/.test(t);
    const reported = new Set(checkMisses(grid, d, opts).misses.filter((m) => plain(m.storedAsText)).map((m) => cellRef(m.row, m.col)));
    expect([...marked].sort()).toEqual([...reported].sort());
    return marked;
  }

  test('on the hand-made table (繁體, padded English, 一贯制, text numbers, blanks)', () => {
    const grid = table([
      ['一小', '小学', 500, 4.2, 1, 46, 0.1, 2100],
      ['二小', '小學', 400, 4.5, 0.9, 45, 0.15, 2000],
      ['一中', ' Junior ', 900, 5.7, 1.2, 50, 0.14, 2000],
      ['三校', '九年一贯制', 1200, 4, 1, 40, 0.2, 2400],
      ['四小', '小学', 300, '４.０', '-', '1,234', 'abc', true],
      ['五小', null, 300, 3, null, null, null, null],
      ['六小', 'PRIMARY', 300, 4.49, 0.99, 45.5, 0.149, 2000.5],
    ]);
    expect([...agree(grid, 7)].sort()).toEqual(['D2', 'D4', 'D8', 'E3', 'E8', 'F2', 'F8', 'G3', 'G5', 'H2', 'H8']);
  });

  test('an error value in a cell marks nothing (Excel: AND over an error is not TRUE); checkMisses lists it', () => {
    const grid = table([['一小', '小学', 500, '#DIV/0!', 0.5, 40, 0.1, 100]]);
    const d = detectColumns(grid)!;
    const opts = { firstDataRow: 1, lastDataRow: 1 };
    const hf = createEngine({ S: toSheet(grid) });
    hf.setCellContents({ sheet: 0, row: 1, col: 3 }, '=1/0'); // a real #DIV/0! where the grid reads its text
    expect([...markedCells(highlightRules(d, opts).rules, hf)]).toEqual(['E2']);
    const r = checkMisses(grid, d, opts);
    expect(r.misses.map((m) => cellRef(m.row, m.col))).toEqual(['E2']);
    expect(r.notNumbers.map((m) => m.value)).toEqual(['#DIV/0!']);
  });

  test('without a 学段 column', () => {
    const grid: Grid = [['学校', '每百名学生拥有县级以上骨干教师数', '学业水平校际差异率', '生均用房'], ['一小', 0.8, 0.15, 3], ['二小', 1, 0.1, 9], ['三小', '0.5', null, 4]];
    expect([...agree(grid, 3)].sort()).toEqual(['B2', 'B4', 'C2']); // B4 '0.5' typed as text < 1
  });

  const stages = fc.constantFrom<GridValue>('小学', '小學', 'primary', ' Primary ', 'PRIMARY', '初中', 'junior', 'JUNIOR ', '九年一贯制', '十二年一貫制', '高中', '小学部', '　小学', '', null, 5);
  // Values as they are computed in a sheet (ratios of whole counts), the thresholds themselves,
  // and what people type: text numbers, blanks, marks, words, booleans.
  const ratio = fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 3000 })).map(([a, b]) => (a / b) * 100);
  const values = fc.oneof(
    ratio,
    fc.constantFrom<GridValue>(4.5, 5.8, 1, 45, 50, 0.15, 2000, 2500, 4.499, 0.1499, 45.01),
    fc.integer({ min: 0, max: 3000 }),
    fc.constantFrom<GridValue>('４.２', '1,234', '85%', '-', '—', 'abc', '', null, true, '#DIV/0!'),
  );
  const row = fc.tuple(stages, values, values, values, values, values).map(([s, a, b, c, e, f]) => ['校', s, 100, a, b, c, e, f] as GridValue[]);

  test('on generated tables', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
      agree(table(rows), rows.length);
    }), { numRuns: 40 });
  });
});
