/**
 * `npm run demo`: the bundled sample county filled into out/. The numbers are checked against the
 * sample's raw returns computed here by hand-written arithmetic, not through the workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { sampleCounty } from '../../../src/features/sample/county';
import { runDemo } from '../../../src/hosts/cli/demo';

let dir: string;
let result: ReturnType<typeof runDemo>;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-'));
  result = runDemo(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const num = (v: unknown) => Number(String(v).normalize('NFKC').replace(/[,\s]/g, ''));

test('the sample county has at least 40 schools of every stage, with blanks and text numbers', () => {
  const s = sampleCounty();
  expect(s.length).toBeGreaterThanOrEqual(40);
  expect(new Set(s.map((x) => x.stage))).toEqual(new Set(['小学', '初中']));
  expect(s.filter((x) => x.name.includes('（小学部）')).length).toBe(4); // 九年一贯制 as two rows each
  expect(s.some((x) => Object.values(x).includes(null))).toBe(true);
  expect(s.some((x) => typeof x.students === 'string' || typeof x.teachingSpace === 'string')).toBe(true);
});

test('the filled workbook carries computed values: PER100 and PERSTUDENT of each school', () => {
  const wb = readWorkbook(openXlsx(fs.readFileSync(result.workbook)));
  const sheet = wb.sheets[0];
  const at = (ref: string) => sheet.cells.find((c) => c.ref === ref);
  sampleCounty().forEach((s, i) => {
    const row = 5 + i;
    const k = at(`K${row}`)!;
    expect(k.formula).toMatch(/EDU\.PER100/);
    expect(k.value).toBeCloseTo((num(s.qualifiedTeachers) / num(s.students)) * 100, 9);
    if (s.teachingSpace !== null) expect(at(`N${row}`)!.value).toBeCloseTo(num(s.teachingSpace) / num(s.students), 9);
  });
});

test('the county summary matches a hand count over the raw returns', () => {
  const schools = sampleCounty();
  // 生均教学及辅助用房面积 ≥ 4.5 (小学): count by plain arithmetic.
  const primary = schools.filter((s) => s.stage === '小学' && s.teachingSpace !== null);
  const met = primary.filter((s) => num(s.teachingSpace) / num(s.students) >= 4.5 - 1e-9).length;
  const row = result.summary.indicators.find((r) => r.indicatorId === 'teaching_space_per_student' && r.stage === 'primary')!;
  expect(row.met).toBe(met);
  expect(row.met + row.missed + row.blank).toBe(schools.filter((s) => s.stage === '小学').length);
  expect(result.summary.byStage.primary.schools + result.summary.byStage.junior.schools).toBe(schools.length);
});

test('report.html is self-contained', () => {
  const html = fs.readFileSync(result.report, 'utf8');
  expect(html).toContain('<svg');
  expect(html).toContain('生均教学及辅助用房面积');
  expect(html).not.toMatch(/<script|<link|src="http/);
});

test('report.html shows the verdict and the follow-up list: 生均体育运动场馆面积 (小学 ≥ 7.5) misses by a hand count', () => {
  const html = fs.readFileSync(result.report, 'utf8');
  expect(html.indexOf('<section class="verdict')).toBeLessThan(html.indexOf('<svg'));
  // By plain arithmetic over the raw returns: 小学 schools whose sports ground per student is under 7.5 m²
  // (the blanks are listed after them as 未填报), worst first.
  const misses = sampleCounty()
    .filter((s) => s.stage === '小学' && s.sportsSpace !== null && num(s.sportsSpace) / num(s.students) < 7.5 - 1e-9)
    .map((s) => ({ name: s.name, v: num(s.sportsSpace) / num(s.students) }))
    .sort((a, b) => a.v - b.v);
  expect(misses.length).toBeGreaterThan(0);
  const listed = result.summary.followUp.byIndicator.filter((m) => m.stage === 'primary' && m.indicatorId === 'sports_space_per_student' && m.value !== null);
  expect(listed.map((m) => m.school)).toEqual(misses.map((m) => m.name));
  listed.forEach((m, i) => expect(m.gap!).toBeCloseTo(7.5 - misses[i].v, 9));
  // The worst one's row in the page: name, value and gap to two decimals.
  const w = misses[0];
  const two = (x: number) => Number(x.toFixed(2)).toString();
  expect(html).toContain(`<tr><td>生均体育运动场馆面积</td><td>${w.name}</td><td class="miss">${two(w.v)}</td><td>7.5</td><td>${two(7.5 - w.v)} m²</td>`);
});
