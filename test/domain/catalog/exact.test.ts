/**
 * Issue 16: every row is reachable by its own names. A lookup resolves a name to an indicator and
 * then picks by plan, stage, scope, year and kind — so for each row, its own 简体, 繁體 and English
 * names with its stage, scope, year and kind must lead back to it (or to rows of the same value),
 * and the build must refuse two rows it cannot tell apart.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCatalog } from '../../../src/build/catalog/build';
import { catalog, rowsOf } from '../../../src/domain/catalog/index';
import { resolveIndicator } from '../../../src/domain/catalog/resolve';

describe('a lookup by a row\'s own names, stage and scope returns that row', () => {
  test.each(catalog.rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    for (const name of [row.name, row.name_hant, row.name_en]) {
      const ind = resolveIndicator(name);
      const found = rowsOf(ind.id).filter((r) => r.plan === row.plan && r.stage === row.stage && (r.scope ?? null) === (row.scope ?? null)
        && r.year === row.year && r.kind === row.kind);
      expect(found.map((r) => r.id)).toContain(row.id);
      expect(new Set(found.map((r) => r.value))).toEqual(new Set([row.value]));
    }
  });
});

test('the build refuses two rows a lookup cannot tell apart, naming both', () => {
  // Deliberately ambiguous: the 90 and the 30 of 安丘市 under one indicator, as the seed had it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  const seeds = path.resolve(__dirname, '../../../seeds');
  try {
    for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, '001_anqiu.yaml'), fs.readFileSync(path.join(dir, '001_anqiu.yaml'), 'utf8')
      .replace('indicator: city_school_training_hours', 'indicator: teacher_special_training_hours'));
    const problems = buildCatalog(dir).problems.join('\n');
    expect(problems).toMatch(/ambiguous rows anqiu\.teacher_special_training_hours\.all\.target\.2023\.试点镇 \(90\) and anqiu\.teacher_special_training_hours\.all\.target\.2023\.试点镇\.市直学校培训 \(30\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the real seeds have no ambiguous pair', () => {
  expect(buildCatalog(path.resolve(__dirname, '../../../seeds')).problems.filter((p) => p.startsWith('ambiguous'))).toEqual([]);
});

describe('catalog --json says where every row comes from', () => {
  const { runCatalog } = require('../../../src/hosts/cli/catalog-cmd');
  const rows = JSON.parse(runCatalog({ json: true }).stdout) as { id: string; plan: string; source: { document: string | null; clause: string | null; file: string | null } }[];
  test('all rows, national ones with document and clause, plan ones with document and file', () => {
    expect(rows.length).toBe(catalog.rows.length);
    for (const r of rows) {
      expect(r.source.document).toBeTruthy();
      if (r.plan === 'national') expect(r.source.clause).toBeTruthy();
      else expect(r.source.file).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
    }
    const fund = rows.find((r) => r.id === 'national.teacher_training_funding_share.compulsory.standard')!;
    expect(fund.source).toMatchObject({ document: '《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)', clause: '第五条（三）第4项' });
  });
});

describe('forecasts and calculation assumptions are not goals', () => {
  const { selectThreshold, targetForYear } = require('../../../src/domain/catalog/select');
  const { resolvePlan } = require('../../../src/domain/catalog/resolve');
  test('玉泉区 公办园在园幼儿占比: 2020 的「按…50%计算」 is an assumption, so 2023 is before the first target (2025 60%), not an interpolation from 50%', () => {
    const ind = resolveIndicator('公办园在园幼儿占比');
    expect(() => targetForYear(ind, resolvePlan('玉泉区'), 2023, 'preschool')).toThrow(/最早的目标年份是2025年/);
    expect(targetForYear(ind, resolvePlan('玉泉区'), 2025, 'preschool').value).toBe(0.6); // 「公办幼儿园在园幼儿占比分别达到…60%以上」
  });
  test('玉泉区 预计学位缺口 rows are forecasts; 东城区 拟培养 is a forecast', () => {
    expect(catalog.rows.filter((r) => r.plan === 'yuquan' && r.indicator === 'place_gap' && r.year === 2025).map((r) => r.kind)).toEqual(['forecast', 'forecast', 'forecast']);
    expect(catalog.rows.find((r) => r.plan === 'dongcheng' && r.indicator === 'young_talent_trainees')!.kind).toBe('forecast');
    expect(() => selectThreshold(resolveIndicator('青年人才培养人数'), resolvePlan('东城区'))).toThrow();
  });
  test('近60% is under 60% (27 of 46 = 58.7%) and 近1/3 under a third', () => {
    expect(catalog.rows.find((r) => r.plan === 'yuquan' && r.indicator === 'group_schooling_coverage')!.direction).toBe('<');
    expect(catalog.rows.find((r) => r.plan === 'dongcheng' && r.indicator === 'century_old_schools_share')!.direction).toBe('<');
  });
  test('玉泉区 带宽: 百兆到班级 (100 Mbps) and 班级出口带宽 10 M/s are two indicators', () => {
    const std = selectThreshold(resolveIndicator('百兆到班级'), resolvePlan('玉泉区')).row;
    const tgt = selectThreshold(resolveIndicator('班级出口带宽'), resolvePlan('玉泉区')).row;
    expect([std.value, std.unit, tgt.value, tgt.unit]).toEqual([100, 'Mbps', 10, 'M/s']);
  });
});

test('安丘市 关爱教师「六个一」: six once-a-year commitments, each by its own name', () => {
  const { selectThreshold } = require('../../../src/domain/catalog/select');
  const { resolvePlan } = require('../../../src/domain/catalog/resolve');
  // 「建立关爱教师“六个一”制度(每年一次查体、一次校领导家访、一个生日祝福、一次培训机会、过好一个节日、为每位教师提供一项健身活动)」
  const anqiu = resolvePlan('安丘市');
  expect(selectThreshold(resolveIndicator('关爱教师六个一'), anqiu).row.value).toBe(6);
  for (const n of ['一次查体', '一次校领导家访', '一个生日祝福', '一次培训机会', '过好一个节日', '一项健身活动']) {
    expect(selectThreshold(resolveIndicator(n), anqiu).row.value).toBe(1);
  }
});

test('南雄市: 5.94 亿元 of school building and 937 万元 of 厕所革命 are two indicators with their own units', () => {
  const a = catalog.rows.find((r) => r.id === 'nanxiong.education_investment.all.baseline.2020')!;
  const b = catalog.rows.find((r) => r.id === 'nanxiong.education_investment.all.baseline.2020.厕所革命')!;
  expect([a.indicator, a.value, a.unit]).toEqual(['education_investment', 5.94, '亿元']);
  expect([b.indicator, b.value, b.unit]).toEqual(['toilet_renovation_investment', 937, '万元']);
});
