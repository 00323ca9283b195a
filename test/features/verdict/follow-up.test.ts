/**
 * The follow-up list and the county's 资源配置 verdict (issue 18, item 5), from the hand-made county
 * of eight schools in ./hand-county.ts (raw returns; each indicator and miss worked out by hand there).
 */
import { followUp, missText } from '../../../src/features/verdict/follow-up';
import { reportHtml } from '../../../src/features/report/html';
import { summarizeCounty, type SchoolFigures } from '../../../src/features/verdict/county-summary';
import { county, row, 丁, 丑, 乙, 子, 寅初, 寅小, 戊, 甲 } from './hand-county';
import { countyVerdict, reasonText } from '../../../src/features/verdict/verdict';


test('per indicator: exactly the schools that miss, with value, standard and gap, worst first', () => {
  const got = followUp(county).byIndicator.map((m) => [m.stage, m.name, m.school, m.value, m.standard, m.gap]);
  expect(got).toEqual([
    // 小学 first, the indicators in the standard's order.
    ['primary', '每百名学生拥有高于规定学历教师数', '丁小学', 4, 4.2, 0.2],
    // 运动: 乙 (18.67 % short) before 寅 (6.67 % short).
    ['primary', '生均体育运动场馆面积', '乙小学', 6.1, 7.5, 1.4],
    ['primary', '生均体育运动场馆面积', '寅学校（小学部）', 7, 7.5, 0.5],
    ['primary', '生均教学仪器设备值', '戊小学', null, 2000, null],
    ['primary', '每百名学生拥有网络多媒体教室数', '丁小学', 2, 2.3, 0.3],
    ['junior', '生均教学及辅助用房面积', '丑中学', 5.5, 5.8, 0.3],
  ]);
  const shares = followUp(county).byIndicator.map((m) => m.gapShare);
  [0.2 / 4.2, 1.4 / 7.5, 0.5 / 7.5, null, 0.3 / 2.3, 0.3 / 5.8].forEach((x, i) =>
    x === null ? expect(shares[i]).toBeNull() : expect(shares[i]).toBeCloseTo(x, 12));
});

test('worst first is by the share of the standard missing, not the raw gap', () => {
  // 生均教学仪器设备值 (≥ 2000): A 1900 (gap 100 = 5 %), B 1000 (gap 1000 = 50 %), C 1800 (10 %), D blank.
  const mk = (name: string, equipment: number | null) => row({ ...甲, name, equipment: equipment === null ? null : equipment * 500 });
  const f = followUp([mk('A', 1900), mk('B', 1000), mk('D', null), mk('C', 1800)]);
  expect(f.byIndicator.map((m) => [m.school, m.gap])).toEqual([['B', 1000], ['C', 200], ['A', 100], ['D', null]]);
});

test('per school: what each one misses, failing schools first, as the line sent back to it', () => {
  const f = followUp(county);
  expect(f.bySchool.map((s) => [s.school, s.met, s.passes, s.misses.map((m) => missText(m, 'zh'))])).toEqual([
    ['丁小学', 5, false, ['每百名学生拥有高于规定学历教师数 4 < 4.2，差 0.2 人（4.8%）', '每百名学生拥有网络多媒体教室数 2 < 2.3，差 0.3 间（13%）']],
    ['乙小学', 6, false, ['生均体育运动场馆面积 6.1 < 7.5，差 1.4 m²（18.7%）']],
    ['戊小学', 6, false, ['生均教学仪器设备值 未填报（标准 ≥ 2,000）']],
    ['寅学校（小学部）', 6, true, ['生均体育运动场馆面积 7 < 7.5，差 0.5 m²（6.7%）']],
    ['丑中学', 6, true, ['生均教学及辅助用房面积 5.5 < 5.8，差 0.3 m²（5.2%）']],
  ]);
  expect(missText(f.bySchool[1].misses[0], 'en')).toBe('生均体育运动场馆面积 6.1 < 7.5, short by 1.4 m² (18.7%)');
});

test('verdict: not met, because three 小学 fail the school rule (CVs are all within limits)', () => {
  const s = summarizeCounty(county);
  expect(s.byStage).toEqual({ primary: { schools: 5, passed: 2 }, junior: { schools: 3, passed: 3 } });
  expect(s.indicators.every((r) => r.balanced)).toBe(true);
  expect(s.verdict.met).toBe(false);
  expect(s.verdict.reasons).toEqual([{ kind: 'schools', stage: 'primary', failed: ['丁小学', '乙小学', '戊小学'], schools: 5, minMet: 6, floor: 0.85 }]);
  expect(reasonText(s.verdict.reasons[0], 'zh')).toBe('小学 3 / 5 所学校未达标（须至少 6 项达标、其余不低于标准的 85%）：丁小学、乙小学、戊小学');
});

test('verdict: met when every school passes and every 差异系数 is within its limit', () => {
  const s = summarizeCounty([甲, 寅小, 子, 丑, 寅初].map(row));
  // e.g. 小学 运动: 8.0 and 7.0, 500 students each → X̄ = 7.5, S = 0.5, CV = 0.0667 ≤ 0.50.
  const sports = s.indicators.find((r) => r.stage === 'primary' && r.indicatorId === 'sports_space_per_student')!;
  expect(sports.diffCoef).toBeCloseTo(0.5 / 7.5, 12);
  expect(s.verdict).toEqual({ met: true, reasons: [] });
});

test('verdict: not met, because 初中 生均体育运动场馆面积 差异系数 0.72 > 0.45, though every school passes', () => {
  // 寅学校（初中部） with a large ground: 16000 m² / 400 = 40 m² per student (still a passing school).
  const s = summarizeCounty([甲, 寅小, 子, 丑, { ...寅初, sports: 16000 }].map(row));
  // 初中 运动: 10.5 (800), 10.5 (800), 40 (400); P = 2000, weights .4 .4 .2.
  // X̄ = .8·10.5 + .2·40 = 16.4; S² = .8·(−5.9)² + .2·23.6² = 27.848 + 111.392 = 139.24, S = 11.8;
  // CV = 11.8 / 16.4 = 0.7195 > 0.45.
  expect(s.byStage.junior.passed).toBe(3);
  expect(s.verdict.met).toBe(false);
  expect(s.verdict.reasons).toHaveLength(1);
  const r = s.verdict.reasons[0];
  expect(r).toMatchObject({ kind: 'diff_coef', stage: 'junior', indicatorId: 'sports_space_per_student', limit: 0.45 });
  expect(r.kind === 'diff_coef' && r.diffCoef).toBeCloseTo(11.8 / 16.4, 12);
  expect(reasonText(r, 'zh')).toBe('初中 生均体育运动场馆面积 差异系数 0.72 > 0.45');
});

test('the stage limit applies: a 差异系数 of 0.47 is within 小学\'s 0.50 and over 初中\'s 0.45', () => {
  // Two schools of 100 students each with values 1 and x: X̄ = (1+x)/2, S = (x−1)/2, CV = (x−1)/(x+1).
  // x = 2.7735849…: CV = 1.7735849/3.7735849 = 0.47.
  const x = 1.47 / 0.53;
  const pair = (stage: 'primary' | 'junior') => [1, x].map((v, i): SchoolFigures =>
    ({ name: `${stage}${i}`, stage, students: 100, values: [99, 99, 99, 99, 99, 99 * 1000, 99].map((y, k) => (k === 0 ? v * 10 : y)) }));
  // 高学历 values 10 and 27.7 (both ≥ 4.2 and ≥ 5.3), everything else 99 or 99000: every school passes.
  const s = summarizeCounty([...pair('primary'), ...pair('junior')]);
  const cv = (stage: string) => s.indicators.find((r) => r.stage === stage && r.indicatorId === 'qualified_teachers_per100')!;
  expect(cv('primary').diffCoef).toBeCloseTo(0.47, 12);
  expect([cv('primary').balanced, cv('junior').balanced]).toEqual([true, false]);
  expect(s.verdict.reasons.map((r) => reasonText(r, 'zh'))).toEqual(['初中 每百名学生拥有高于规定学历教师数 差异系数 0.47 > 0.45']);
});

test('verdict: undetermined when a school is not split by stage, but a failure still decides', () => {
  const split = summarizeCounty([甲, 子].map(row).concat([{ name: '九年一贯制学校', stage: 'nine_year', students: 900, values: [5, 1, 1, 6, 11, 3000, 2.5] }]));
  expect(split.verdict.met).toBeNull();
  expect(split.verdict.reasons.map((r) => reasonText(r, 'zh'))).toEqual(['1 所学校不是小学或初中（一贯制学校须按学段拆分为小学部、初中部），未评估']);
  expect(countyVerdict({ ...split, bySchool: followUp([row(乙)]).bySchool, byStage: { primary: { schools: 1 }, junior: { schools: 1 } } }).met).toBe(false);
});

test('report.html: the verdict at the top, the follow-up rows, the per-school lines; names escaped', () => {
  const html = reportHtml(summarizeCounty([...county, row({ ...乙, name: '<b>庚</b>小学' })]), { title: '手算县', source: 'x.xlsx' });
  const verdictAt = html.indexOf('资源配置：未达到要求');
  expect(verdictAt).toBeGreaterThan(0);
  expect(verdictAt).toBeLessThan(html.indexOf('<svg'));
  // 庚 is added last and misses as much as 乙 and 戊 (one indicator): equal schools keep the table's order.
  expect(html).toContain('<li>小学 4 / 6 所学校未达标（须至少 6 项达标、其余不低于标准的 85%）：丁小学、乙小学、戊小学、&lt;b&gt;庚&lt;/b&gt;小学</li>');
  expect(html).toContain('<tr><td>生均体育运动场馆面积</td><td>乙小学</td><td class="miss">6.1</td><td>7.5</td><td>1.4 m²</td><td>18.7%</td></tr>');
  expect(html).toContain('<tr><td>生均教学仪器设备值</td><td>戊小学</td><td class="miss">未填报</td><td>2,000</td><td>—</td><td>—</td></tr>');
  expect(html).toContain('<td class="misses">每百名学生拥有高于规定学历教师数 4 &lt; 4.2，差 0.2 人（4.8%）；<br>每百名学生拥有网络多媒体教室数 2 &lt; 2.3，差 0.3 间（13%）</td>');
  expect(html).not.toContain('<b>庚');
  // The follow-up table of 小学 comes inside the 小学 section, before 初中's.
  expect(html.indexOf('乙小学</td><td class="miss">6.1')).toBeLessThan(html.indexOf('<h2>初中'));
});
