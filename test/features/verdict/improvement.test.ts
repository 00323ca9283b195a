/**
 * 补短测算 in the county summary and report.html (issue 26): per school what it needs to pass and to
 * reach its stage's floor, the totals and the floors — the same numbers as EDU.PASSPLAN / EDU.CVFLOOR
 * (hand-computed in test/conformance/cases-improvement.ts and test/features/templates/improvement-plan.test.ts).
 */
import { summarizeCounty, type SchoolFigures } from '../../../src/features/verdict/county-summary';
import { improvementPlan } from '../../../src/features/verdict/improvement';
import { reportHtml } from '../../../src/features/report/html';

// 一小 is the PASSPLAN school (3 teachers + 100,000 元); 二小 has 10,000 元 of equipment per
// student, so after 一小's pass plan the 小学 仪器 CV is 8000·√(500·400)/900 ÷ (5,000,000/900) = 0.7155 > 0.50
// and 一小 is raised to L = (10000·√200000 − 2,000,000)/(√200000 + 250).
const one: SchoolFigures = { name: '一小', stage: 'primary', students: 500, values: [3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3] };
const two: SchoolFigures = { name: '二小', stage: 'primary', students: 400, values: [5, 1, 1, 5, 8, 10000, 2.5] };
const mid: SchoolFigures = { name: '一中', stage: 'junior', students: 800, values: [6, 1, 1, 6, 10.2, 2500, 2.5] };
const blank: SchoolFigures = { name: '河口小学', stage: 'primary', students: 300, values: [4.2, 1, 0.9, null, 7.5, 2000, 2.3] };
const L = (10000 * Math.sqrt(200000) - 2000000) / (Math.sqrt(200000) + 250);

test('per school: the pass plan and the additions to the floor; totals; a school with a blank figure is not planned', () => {
  const p = improvementPlan([one, two, mid, blank]);
  expect(p.unplanned).toEqual(['河口小学']);
  // 一中 meets all seven (初中 5.3/1/0.9/5.8/10.2/2500/2.4) and is alone in its stage: nothing.
  expect(p.schools.map((s) => s.school)).toEqual(['一小']);
  expect(p.schools[0].pass).toEqual([3, 0, 0, 0, 0, 100000, 0]);
  expect(p.schools[0].balance[5]).toBeCloseTo((L - 2000) * 500, 4);
  expect(p.schools[0].balance.filter((_, i) => i !== 5)).toEqual([0, 0, 0, 0, 0, 0]);
  expect(p.byStage.map((s) => s.stage)).toEqual(['primary', 'junior']);
  expect(p.byStage[0].floors[5]).toBeCloseTo(L, 9);
  expect(p.pass).toEqual([3, 0, 0, 0, 0, 100000, 0]);
  expect(p.balance[5]).toBeCloseTo((L - 2000) * 500, 4);
});

test('a county that passes and is balanced: nothing to add', () => {
  const p = improvementPlan([mid, { ...mid, name: '二中', students: 600 }]);
  expect(p.schools).toEqual([]);
  expect(p.pass).toEqual([0, 0, 0, 0, 0, 0, 0]);
  expect(p.balance).toEqual([0, 0, 0, 0, 0, 0, 0]);
});

test('report.html has a 补短测算 section with each school\'s needs and the totals', () => {
  const html = reportHtml(summarizeCounty([one, two, mid]), { title: '手算县', source: 'x.xlsx' });
  const i = html.indexOf('<h2>补短测算');
  expect(i).toBeGreaterThan(0);
  const section = html.slice(i);
  expect(section).toContain('每百名学生拥有高于规定学历教师数：3 人');
  expect(section).toContain('生均教学仪器设备值：100,000 元');
  // The balance to the floor, at two decimals: (L − 2000) × 500.
  const bal = Number(((L - 2000) * 500).toFixed(2)).toLocaleString('en-US');
  expect(section).toContain(`生均教学仪器设备值：${bal} 元`);
  expect(section).toContain(`<td>生均教学仪器设备值</td><td>100,000 元</td><td>${bal} 元</td>`);
});
