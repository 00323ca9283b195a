/**
 * Province rules over the national standard (issue 30, item 2), with a profile made in this test —
 * 「测试省」 is no real province and its numbers are no province's: the product ships none it cannot
 * cite. The profile raises 小学 生均教学及辅助用房面积 from the national 4.5 m² (教督〔2017〕6号) to
 * 5.0, and leaves 教学点 with fewer than 50 students out (the shape of 河北省's rule, not its text).
 * Every expected number is hand-computed in a comment.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { withCatalogLayer } from '../../../src/domain/catalog/layer';
import { applyProfile, readPlanSheet } from '../../../src/domain/catalog/user-plan';
import { THRESHOLD, MEETS } from '../../../src/domain/edu/thresholds';
import { COUNTMET, SCHOOLPASS } from '../../../src/domain/edu/school';
import { DIFFCOEF } from '../../../src/domain/edu/diffcoef';
import { summarizeCounty, type SchoolFigures } from '../../../src/features/verdict/county-summary';
import { reportHtml } from '../../../src/features/report/html';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { runMain } from '../../hosts/cli/run-main';
import { planWorkbook } from './plan-workbook';

const HEADER = ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'];
const PROFILE_ROWS: (string | number | null)[][] = [
  ['测试省', '生均教学及辅助用房面积', '小学', null, 5, '不低于', '平方米', '标准', '测试用省级标准（非真实文件）'],
  ['测试省', '教学点最少学生数', null, null, 50, '≥', '人', '标准', '测试用：不足50名学生的教学点不纳入'],
];
const profileLayer = (withSetting = true) =>
  applyProfile(readPlanSheet('规划目标', [HEADER, ...PROFILE_ROWS, [], withSetting ? ['适用省级标准：测试省'] : []]));

// Primary schools: the national primary standards are 4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3 (seeds/national.yaml).
const SCHOOLS: SchoolFigures[] = [
  { name: 'A小学', stage: 'primary', students: 500, values: [4.5, 1.2, 1.0, 5.2, 8.0, 2500, 2.5] },
  { name: 'B小学', stage: 'primary', students: 300, values: [4.5, 1.2, 1.0, 5.2, 8.0, 2500, 2.5] },
  { name: 'C小学', stage: 'primary', students: 200, values: [4.5, 1.2, 1.0, 4.8, 8.0, 2500, 2.5] },
  // 5 of 7 missed: fails the school rule wherever it is counted
  { name: '王庄村教学点', stage: 'primary', students: 30, values: [2.0, 0, 0, 2.0, 3.0, 500, 0] },
];

describe('a province profile named by the workbook', () => {
  test('the setting 「适用省级标准：测试省」 makes 测试省 the profile, with its 教学点 scope', () => {
    expect(profileLayer().profile).toEqual({ plan: 'user:测试省', minStudents: 50 });
    expect(profileLayer(false).profile).toBeNull();
  });

  test('it raises a national threshold: THRESHOLD, MEETS, COUNTMET and SCHOOLPASS follow', () => {
    const values = [[4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3]];
    // national: 4.5; all seven met
    expect([THRESHOLD('生均用房', '小学'), MEETS('生均用房', 4.8, '小学'), COUNTMET(values, '小学')]).toEqual([4.5, true, 7]);
    withCatalogLayer(profileLayer(), () => {
      // 测试省: 5.0; 4.8 < 5.0; 4.5 < 5.0 so 6 of 7, and 4.5 / 5.0 = 0.9 ≥ 0.85 still passes
      expect([THRESHOLD('生均用房', '小学'), MEETS('生均用房', 4.8, '小学'), COUNTMET(values, '小学'), SCHOOLPASS(values, '小学')]).toEqual([5, false, 6, true]);
      // 初中 is not in the profile: the national 5.8 stands
      expect(THRESHOLD('生均用房', '初中')).toBe(5.8);
    });
    // and nothing is left behind
    expect(THRESHOLD('生均用房', '小学')).toBe(4.5);
  });

  test('DIFFCOEF leaves out the school under 50 students when min_students is omitted', () => {
    // all three: mean (4·100 + 6·300 + 10·30) / 430 = 5.8139535; variance Σp(x−mean)²/Σp = 2.0118983;
    // CV = √2.0118983 / 5.8139535 = 0.2439672109116305
    expect(DIFFCOEF([[4], [6], [10]], [[100], [300], [30]])).toBeCloseTo(0.2439672109116305, 14);
    withCatalogLayer(profileLayer(), () => {
      // without the 30-student school: mean 5.5, variance (100·2.25 + 300·0.25)/400 = 0.75, CV = √0.75/5.5
      expect(DIFFCOEF([[4], [6], [10]], [[100], [300], [30]])).toBeCloseTo(Math.sqrt(0.75) / 5.5, 14);
      // an explicit min_students still wins
      expect(DIFFCOEF([[4], [6], [10]], [[100], [300], [30]], null, null, 0)).toBeCloseTo(0.2439672109116305, 14);
    });
  });

  test('the verdict and the report leave the 教学点 out and use the raised threshold', () => {
    const national = summarizeCounty(SCHOOLS);
    // national: 4 schools; the 教学点 fails the school rule → not met
    expect(national.byStage.primary).toEqual({ schools: 4, passed: 3 });
    expect(national.verdict.met).toBe(false);
    expect(national.verdict.reasons[0]).toMatchObject({ kind: 'schools', failed: ['王庄村教学点'] });
    const space = (s: typeof national) => s.indicators.find((i) => i.indicatorId === 'teaching_space_per_student' && i.stage === 'primary')!;
    expect([space(national).threshold, space(national).missed]).toEqual([4.5, 1]);

    const profiled = withCatalogLayer(profileLayer(), () => summarizeCounty(SCHOOLS));
    expect(profiled.leftOut).toEqual({ profile: '测试省', minStudents: 50, schools: ['王庄村教学点'] });
    expect(profiled.byStage.primary).toEqual({ schools: 3, passed: 3 });
    // threshold 5.0: C小学's 4.8 misses (4.8/5.0 = 0.96 ≥ 0.85, so C still passes the school rule)
    expect([space(profiled).threshold, space(profiled).missed]).toEqual([5, 1]);
    // 差异系数 of 生均用房 over A, B, C: mean (5.2·500 + 5.2·300 + 4.8·200)/1000 = 5.12,
    // variance (800·0.08² + 200·0.32²)/1000 = 0.0256, CV = 0.16 / 5.12 = 0.03125
    expect(space(profiled).diffCoef).toBeCloseTo(0.03125, 12);
    expect(profiled.verdict).toEqual({ met: true, reasons: [] });
    const html = reportHtml(profiled, { title: '某某县', source: 'test' });
    expect(html).toContain('按测试省规定，不足 50 名学生的教学点 1 个不纳入评估（王庄村教学点）');
  });

  test('headless: the sheet\'s setting in fill, and --profile with --catalog in eval', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
    try {
      const file = path.join(dir, 'county.xlsx');
      fs.writeFileSync(file, await planWorkbook((wb) => {
        const s = wb.addWorksheet('省标');
        s.getCell('A1').value = { formula: 'EDU.THRESHOLD("生均用房","小学")' } as never;
        s.getCell('A2').value = { formula: 'EDU.DIFFCOEF({4;6;10},{100;300;30})' } as never;
      }, [...PROFILE_ROWS, ['适用省级标准：测试省']]));
      const out = path.join(dir, 'out.xlsx');
      fillWorkbook(file, { out });
      const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets.find((s) => s.name === '省标')!.cells;
      expect(cells.find((c) => c.ref === 'A1')!.value).toBe(5);
      expect(cells.find((c) => c.ref === 'A2')!.value as number).toBeCloseTo(Math.sqrt(0.75) / 5.5, 14);

      const plain = path.join(dir, 'profile.xlsx');
      fs.writeFileSync(plain, await planWorkbook(undefined, PROFILE_ROWS));
      // the file names no profile: national unless --profile says so
      expect((await runMain('eval', '=EDU.THRESHOLD("生均用房","小学")', '--catalog', plain)).out).toBe('4.5');
      expect((await runMain('eval', '=EDU.THRESHOLD("生均用房","小学")', '--catalog', plain, '--profile', '测试省')).out).toBe('5');
      const bad = await runMain('check', plain, '--profile', '不存在省');
      expect(bad.out).toContain('找不到省级标准「不存在省」');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
