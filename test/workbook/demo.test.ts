/**
 * `npm run demo`: the bundled sample county filled into out/. The numbers are checked against the
 * sample's raw returns computed here by hand-written arithmetic, not through the workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { sampleCounty } from '../../src/sample/county';
import { runDemo } from '../../src/workbook/demo';

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
