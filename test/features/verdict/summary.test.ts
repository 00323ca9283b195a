import { reportHtml, esc } from '../../../src/features/report/html';
import { summarizeCounty, type SchoolFigures } from '../../../src/features/verdict/county-summary';

// Three 小学 and one 初中; values in the standard's order (高学历, 骨干, 体艺, 用房, 运动, 仪器, 多媒体).
const schools: SchoolFigures[] = [
  { name: 'A小学', stage: 'primary', students: 100, values: [4.2, 1, 0.9, 4, 7.5, 2000, 2.3] },
  { name: 'B小学', stage: 'primary', students: 300, values: [4.2, 1, 0.9, 6, 7.5, 2000, 2.0] },
  { name: 'C小学', stage: 'primary', students: 200, values: [3.0, 1, 0.9, null, 7.5, 1500, 2.3] },
  { name: 'D中学', stage: 'junior', students: 800, values: [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4] },
  { name: 'E学校', stage: 'nine_year', students: 900, values: [5, 1, 1, 5, 9, 2200, 2.4] },
];

test('per indicator and stage: met, missed, blank and the weighted 差异系数', () => {
  const s = summarizeCounty(schools);
  const space = s.indicators.find((r) => r.indicatorId === 'teaching_space_per_student' && r.stage === 'primary')!;
  // A 4 < 4.5 misses, B 6 meets, C blank.
  expect([space.met, space.missed, space.blank]).toEqual([1, 1, 1]);
  // Over A and B only: X̄ = (400 + 1800)/400 = 5.5, S² = .25·2.25 + .75·.25 = .75, CV = √.75/5.5.
  expect(space.diffCoef).toBeCloseTo(Math.sqrt(0.75) / 5.5, 12);
  expect(space.limit).toBe(0.5);
  expect(space.balanced).toBe(true);
});

test('the 6-of-7 / 85% rule per school', () => {
  const s = summarizeCounty(schools);
  // A: 6 met (用房 4 misses) and 4/4.5 = 88.9% ≥ 85% → pass. B: 6 met, 2.0/2.3 = 87% → pass.
  // C: 3.0/4.2 misses, 用房 blank, 1500/2000 misses → fail.
  expect(s.byStage.primary).toEqual({ schools: 3, passed: 2 });
  expect(s.byStage.junior).toEqual({ schools: 1, passed: 1 });
  expect(s.notAssessed).toBe(1);
});

test('the report escapes names and carries no script or remote resource', () => {
  const html = reportHtml(summarizeCounty([{ ...schools[0], name: '<img src=x onerror=alert(1)>' }]), { title: '<b>县</b>', source: 'x.xlsx' });
  expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  expect(html).toContain(esc('<b>县</b>'));
  expect(html).toContain('<svg');
});
