/** 达标汇总: counts per indicator and stage, the 85% school rule and the 差异系数 against its limit. */
import { RESOURCE_INDICATORS } from '../../../src/domain/core/resource-indicators';
import { callEdu } from '../../../src/domain/edu/table';
import { summarizeCounty } from '../../../src/features/verdict/county-summary';
import { computeSummary, summarySheet, type SchoolCells, type SummaryInput } from '../../../src/hosts/pane/summary-sheet';
import { county } from '../../features/verdict/hand-county';

// National 小学 standards in the standard's order: 4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3.
const P_STD = [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3];
let n = 0;
const school = (stage: SchoolCells['stage'], students: number, values: (number | string | null)[]): SchoolCells => ({
  name: `学校${++n}`, stage, students, values: Object.fromEntries(RESOURCE_INDICATORS.map((id, i) => [id, values[i]])),
});

const schools: SchoolCells[] = [
  school('primary', 400, P_STD),                                          // all met → passes
  school('primary', 300, [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0]),             // one miss at 87% → passes
  school('primary', 200, [4.2, 1, 0.9, 4.5, 7.5, 2000, 1.8]),             // one miss at 78% → fails
  school('primary', 100, [3.0, 1, 0.9, 4.0, 7.5, 2000, 2.3]),             // two misses → fails
  school('junior', 800, [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4]),
  school('junior', 500, [5.0, 1, 0.9, null, 10.2, '２,６００', 2.4]),      // a blank, full-width text
];
const input: SummaryInput = { plan: 'national', indicators: [...RESOURCE_INDICATORS], schools, source: '学校!A3:J8' };

test('per indicator and stage: met, missed, blank and the met rate against the catalog\'s standard', () => {
  const s = computeSummary(input);
  const line = (id: string, stage: string) => s.lines.find((l) => l.indicatorId === id && l.stage === stage)!;
  expect(line('multimedia_rooms_per100', 'primary')).toMatchObject({ threshold: '≥ 2.3 间/百名学生', schools: 4, met: 2, missed: 2, blank: 0, metRate: 0.5 });
  expect(line('qualified_teachers_per100', 'junior')).toMatchObject({ threshold: '≥ 5.3 人/百名学生', met: 1, missed: 1 });
  expect(line('teaching_space_per_student', 'junior')).toMatchObject({ met: 1, missed: 0, blank: 1, metRate: 1 });
  expect(line('equipment_value_per_student', 'junior')).toMatchObject({ met: 2, unreadable: 0 });
  expect(s.lines).toHaveLength(14);
  expect(s.notAssessed).toBe(0);
});

test('差异系数: the student-weighted CV of EDU.DIFFCOEF, against ≤ 0.50 (小学) / ≤ 0.45 (初中)', () => {
  const s = computeSummary(input);
  const l = s.lines.find((x) => x.indicatorId === 'qualified_teachers_per100' && x.stage === 'primary')!;
  const expected = callEdu('DIFFCOEF', [[[4.2], [4.2], [4.2], [3.0]], [[400], [300], [200], [100]]]) as number;
  expect(l.diffCoef).toBeCloseTo(expected, 12);
  expect([l.diffLimit, l.diffOk]).toEqual([0.5, true]);
  const j = s.lines.find((x) => x.indicatorId === 'teaching_space_per_student' && x.stage === 'junior')!;
  expect([j.diffCoef, j.diffLimit]).toEqual([0, 0.45]); // one school reported: no spread
});

test('the 85% rule (EDU.SCHOOLPASS): ≥ 6 of 7 met and each miss ≥ 85% of its standard', () => {
  const s = computeSummary(input);
  expect(s.complete).toBe(true);
  expect(s.pass).toEqual([{ stage: 'primary', schools: 4, passed: 2 }, { stage: 'junior', schools: 2, passed: 1 }]);
});

test('without all seven indicators the rule is not applied (and says so)', () => {
  const s = computeSummary({ ...input, indicators: RESOURCE_INDICATORS.slice(0, 3) });
  expect(s.complete).toBe(false);
  expect(s.pass.every((p) => p.passed === null)).toBe(true);
  const sheet = summarySheet(s, input, 'zh');
  expect(sheet.cells.some((c) => typeof c.value === 'string' && c.value.includes('无法按85%规则判定'))).toBe(true);
});

test('text that is not a number counts as blank and is reported', () => {
  const bad = [school('primary', 100, ['abc', 1, 0.9, 4.5, 7.5, 2000, 2.3])];
  const s = computeSummary({ ...input, schools: bad });
  expect(s.lines.find((x) => x.indicatorId === 'qualified_teachers_per100')).toMatchObject({ met: 0, missed: 0, blank: 1, unreadable: 1 });
  expect(summarySheet(s, input, 'zh').cells.some((c) => c.value === '注：1 个单元格的内容不是数字，按未填报计')).toBe(true);
});

test('another indicator column is counted against the chosen plan; 一贯制 schools are not assessed by the resource rules', () => {
  const rows: SchoolCells[] = [
    { name: 'A', stage: 'primary', students: 500, values: { class_size_max: 44 } },
    { name: 'B', stage: 'primary', students: 500, values: { class_size_max: 48 } },
    { name: 'C', stage: 'nine_year', students: 900, values: { class_size_max: 40 } },
  ];
  const s = computeSummary({ plan: 'national', indicators: ['class_size_max'], schools: rows, source: 'x' });
  const p = s.lines.find((l) => l.stage === 'primary')!;
  expect(p).toMatchObject({ indicatorId: 'class_size_max', threshold: expect.stringMatching(/^≤ /), met: 1, missed: 1, diffCoef: null });
  expect(s.notAssessed).toBe(1);
  expect(s.complete).toBe(false);
});

test('the sheet: title with the plan, a note saying these are values, a header, a row per line, the pass table', () => {
  const s = computeSummary(input);
  const sheet = summarySheet(s, input, 'zh', new Date(2025, 0, 2, 9, 5));
  const at = (ref: string) => sheet.cells.find((c) => c.ref === ref)?.value;
  expect(sheet.name).toBe('达标汇总');
  expect(at('A1')).toBe('达标汇总（国家标准）');
  expect(at('A2')).toBe('以下为计算结果（数值），数据修改后请重新生成。来源：学校!A3:J8，规划：国家标准，生成时间：2025-01-02 09:05');
  expect(['A4', 'B4', 'C4', 'E4', 'I4', 'J4'].map(at)).toEqual(['指标', '学段', '标准', '达标', '差异系数', '差异系数上限']);
  expect(['A5', 'B5', 'C5', 'D5', 'E5', 'F5'].map(at)).toEqual(['每百名学生拥有高于规定学历教师数', '小学', '≥ 4.2 人/百名学生', 4, 3, 1]);
  expect(sheet.cells.find((c) => c.ref === 'H5')?.style).toBe('percent');
  expect(sheet.conditionalFormats?.map((r) => [r.range, r.formula])).toEqual([['F5:F18', 'F5>0'], ['K5:K18', 'K5="否"']]);
  const passHeader = sheet.cells.find((c) => c.value === '达标学校数')!;
  const row = Number(passHeader.ref.slice(1)) + 1;
  expect([`A${row}`, `B${row}`, `C${row}`, `D${row}`].map(at)).toEqual(['小学', 4, 2, 0.5]);
  expect(summarySheet(s, input, 'en').cells[0].value).toBe('Compliance (National standards)');
});

describe('the follow-up list and the verdict, as report.html has them (hand-made county, test/features/verdict/hand-county.ts)', () => {
  const rows: SchoolCells[] = county.map((c) => ({
    name: c.name, stage: c.stage, students: c.students,
    values: Object.fromEntries(RESOURCE_INDICATORS.map((id, i) => [id, c.values[i]])),
  }));
  const hand: SummaryInput = { plan: 'national', indicators: [...RESOURCE_INDICATORS], schools: rows, source: '学校!A3:J10' };
  const sheet = summarySheet(computeSummary(hand), hand, 'zh', new Date(2025, 0, 2, 9, 5));
  const at = (ref: string) => sheet.cells.find((c) => c.ref === ref)?.value;
  const rowOf = (value: string) => Number(sheet.cells.find((c) => c.value === value)!.ref.slice(1));
  const read = (r: number, cols: string) => [...cols].map((c) => at(`${c}${r}`) ?? null);

  test('the same list as summarizeCounty (report.html)', () => {
    expect(computeSummary(hand).followUp).toEqual(summarizeCounty(county).followUp);
  });

  test('the verdict at the top, row 3, with the failing schools', () => {
    expect(at('A3')).toBe('资源配置：未达到要求（教督〔2017〕6号）：小学 3 / 5 所学校未达标（须至少 6 项达标、其余不低于标准的 85%）：丁小学、乙小学、戊小学');
    expect(sheet.merges).toContain('A3:K3');
  });

  test('per indicator, worst first: value, standard, gap, gap as % of the standard (hand numbers in hand-county.ts)', () => {
    const head = rowOf('未达标学校清单（按指标，差距从大到小）') + 1;
    expect(read(head, 'ABCDEFG')).toEqual(['指标', '学段', '学校', '数值', '标准', '差距', '差距占标准']);
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => read(head + i, 'ABCDEFG'))).toEqual([
      ['每百名学生拥有高于规定学历教师数', '小学', '丁小学', 4, 4.2, 0.2, 0.0476],            // 0.2 / 4.2
      ['生均体育运动场馆面积', '小学', '乙小学', 6.1, 7.5, 1.4, 0.1867],                      // 1.4 / 7.5
      ['生均体育运动场馆面积', '小学', '寅学校（小学部）', 7, 7.5, 0.5, 0.0667],              // 0.5 / 7.5
      ['生均教学仪器设备值', '小学', '戊小学', '未填报', 2000, null, null],
      ['每百名学生拥有网络多媒体教室数', '小学', '丁小学', 2, 2.3, 0.3, 0.1304],              // 0.3 / 2.3
      ['生均教学及辅助用房面积', '初中', '丑中学', 5.5, 5.8, 0.3, 0.0517],                    // 0.3 / 5.8
      [null, null, null, null, null, null, null],
    ]);
    expect(sheet.cells.find((c) => c.ref === `G${head + 1}`)?.style).toBe('percent');
  });

  test('per school: the lines sent back, failing schools first', () => {
    const head = rowOf('按学校反馈（每校未达标项）') + 1;
    expect(read(head, 'ABCDE')).toEqual(['学校', '学段', '达标项数', '学校达标', '未达标项']);
    expect([1, 2, 3, 4, 5].map((i) => read(head + i, 'ABCDE'))).toEqual([
      ['丁小学', '小学', 5, '否', '每百名学生拥有高于规定学历教师数 4 < 4.2，差 0.2 人（4.8%）；每百名学生拥有网络多媒体教室数 2 < 2.3，差 0.3 间（13%）'],
      ['乙小学', '小学', 6, '否', '生均体育运动场馆面积 6.1 < 7.5，差 1.4 m²（18.7%）'],
      ['戊小学', '小学', 6, '否', '生均教学仪器设备值 未填报（标准 ≥ 2,000）'],
      ['寅学校（小学部）', '小学', 6, '是', '生均体育运动场馆面积 7 < 7.5，差 0.5 m²（6.7%）'],
      ['丑中学', '初中', 6, '是', '生均教学及辅助用房面积 5.5 < 5.8，差 0.3 m²（5.2%）'],
    ]);
    expect(sheet.merges).toContain(`E${head + 1}:K${head + 1}`);
  });

  test('a met county says what met means; English too', () => {
    const ok = { ...hand, schools: rows.filter((r) => ['甲小学', '寅学校（小学部）', '子中学', '丑中学', '寅学校（初中部）'].includes(r.name)) };
    const zh = summarySheet(computeSummary(ok), ok, 'zh');
    expect(zh.cells.find((c) => c.ref === 'A3')?.value).toBe('资源配置：达到要求（教督〔2017〕6号）：每所学校至少 6 项达标、其余不低于标准的 85%；各项指标校际差异系数：小学 ≤ 0.5，初中 ≤ 0.45。');
    const en = summarySheet(computeSummary(hand), hand, 'en');
    expect(en.cells.find((c) => c.ref === 'A3')?.value).toBe('Resource allocation: not met (教督〔2017〕6号): primary: 3 of 5 schools fail (at least 6 of 7 met, the rest ≥ 85% of the standard): 丁小学, 乙小学, 戊小学');
    expect(en.cells.some((c) => c.value === 'Sports ground and hall area per student 6.1 < 7.5, short by 1.4 m² (18.7%)')).toBe(true);
  });

  test('without all seven indicators: no verdict, and a missing column is nobody\'s miss', () => {
    const three = { ...hand, indicators: RESOURCE_INDICATORS.slice(0, 3) }; // 高学历, 骨干, 体艺 only
    const s = computeSummary(three);
    expect(s.verdict).toBeNull();
    expect(s.followUp.byIndicator.map((m) => [m.school, m.indicatorId])).toEqual([['丁小学', 'qualified_teachers_per100']]);
    const sh = summarySheet(s, three, 'zh');
    expect(sh.cells.find((c) => c.ref === 'A3')?.value).toBe('资源配置：无法判定（未识别到全部7项资源配置指标）');
  });
});

describe('补短测算 in 达标汇总 (issue 26)', () => {
  // 学校3 (小学, 200 students, 多媒体 1.8 = 78 % of 2.3): 2.3 × 2 − 3.6 = 1.0 room to the standard, or
  // 1.955 × 2 − 3.6 = 0.31 → 1 room to 85 %: one room either way. 学校4 (100 students, 高学历 3.0,
  // 用房 4.0 = 89 %): 高学历 only to 85 % (3.57 − 3.0 → 1 teacher, 1/4.2) + 用房 to 4.5 (50 m², 50/450)
  // = 0.349 < 高学历 to 4.2 (2 teachers, 2/4.2 = 0.476) with 用房 left at 89 %. 学校6 has a blank.
  test('each school\'s additions and the county totals, as values', () => {
    const s = computeSummary(input);
    const p = s.improvement!;
    expect(p.schools.map((x) => [x.school, x.pass])).toEqual([
      ['学校3', [0, 0, 0, 0, 0, 0, 1]],
      ['学校4', [1, 0, 0, 50, 0, 0, 0]],
    ]);
    expect(p.unplanned).toEqual(['学校6']);
    expect(p.pass).toEqual([1, 0, 0, 50, 0, 0, 1]);
    const sheet = summarySheet(s, input, 'zh', new Date(2025, 0, 2));
    const at = (v: string) => sheet.cells.find((c) => c.value === v)!;
    const title = at('补短测算（每校达标及各项差异系数达标所需补充）');
    expect(title).toBeDefined();
    const row = (ref: string) => Number(ref.replace(/^[A-Z]+/, ''));
    const four = at('学校4（达标补短）');
    const values = (r: number) => ['C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => sheet.cells.find((x) => x.ref === `${c}${r}`)?.value);
    expect(values(row(four.ref))).toEqual([1, 0, 0, 50, 0, 0, 0]);
    expect(values(row(at('全县合计').ref))).toEqual([1, 0, 0, 50, 0, 0, 1]);
    expect(row(four.ref)).toBeGreaterThan(row(title.ref));
  });

  test('without all seven indicators there is no plan', () => {
    expect(computeSummary({ ...input, indicators: RESOURCE_INDICATORS.slice(0, 6) }).improvement).toBeNull();
  });
});
