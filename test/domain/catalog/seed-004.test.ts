/**
 * Seed 004: 南雄市教育事业"十四五"发展规划 (plan `nanxiong`). Each test pins numbers of the built
 * catalog to the sentence of seeds/004_c7444175af894b84.txt they come from. The 十三五 review
 * (发展成就) gives baselines for 2020; 二、2025年目标 and the 十四五 tasks give targets for 2025;
 * 三、2030年远景目标 targets for 2030; and the 体质健康优良率 path is a trajectory the build expands
 * into one target per year 2021–2030.
 */
import * as fs from 'fs';
import * as path from 'path';
import catalog from '../../../src/domain/catalog/data/catalog.json';
import { norm, pinner } from './pin';

const { text, pinned } = pinner('nanxiong', '004_c7444175af894b84.txt');

describe('seed 004 南雄市教育事业"十四五"发展规划 (nanxiong)', () => {
  // ---------- baselines: 第一章 第一节 发展成就 ----------

  test('学前教育三年毛入园率达101.89% → baseline 2020, 1.0189', () => {
    const r = pinned(
      'nanxiong.preschool_gross_enrollment_rate.preschool.baseline.2020',
      '学前教育 三年毛入园率达101.89%,在园幼儿数达1.3683万',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBeCloseTo(1.0189, 10);
    expect(r.unit).toBe('%');
    expect(r.direction).toBe('>=');
    // the same sentence: 在园幼儿数达1.3683万 → 13,683 children
    const kids = pinned('nanxiong.enrolled_students.preschool.baseline.2020', '在园幼儿数达1.3683万');
    expect(kids.value).toBe(13683);
    expect(kids.kind).toBe('baseline');
    expect(kids.year).toBe(2020);
    expect(kids.unit).toBe('人');
  });

  test('2020年,全市公办和普惠性幼儿园占比92.06%,在园幼儿占比为94.7% → two 2020 baselines', () => {
    const sentence = '2020年,全市公办和普惠性幼儿园占比92.06%,在园幼儿占比为 94.7%,全面完成了学前教育“5080”攻坚计划。';
    const schools = pinned('nanxiong.inclusive_kindergarten_institution_share.preschool.baseline.2020', sentence);
    expect(schools.kind).toBe('baseline');
    expect(schools.year).toBe(2020);
    expect(schools.value).toBeCloseTo(0.9206, 10);
    expect(schools.direction).toBe('>=');
    const children = pinned('nanxiong.inclusive_kindergarten_coverage.preschool.baseline.2020', sentence);
    expect(children.kind).toBe('baseline');
    expect(children.year).toBe(2020);
    expect(children.value).toBeCloseTo(0.947, 10);
    expect(children.direction).toBe('>=');
  });

  test('义务教育均衡发展,全市义务教育适龄儿童入学率达100%,九年义务教育巩固率达99.18% → baselines 2020', () => {
    const sentence = '义务教育均衡发展,全市义务教育  适龄儿童入学率达100%,九年义务教育巩固率达99.18%。';
    const c = pinned('nanxiong.consolidation_rate.compulsory.baseline.2020', sentence);
    expect(c.kind).toBe('baseline');
    expect(c.year).toBe(2020);
    expect(c.value).toBeCloseTo(0.9918, 10);
    expect(c.direction).toBe('>=');
    expect(c.name).toBe('九年义务教育巩固率');
    const e = pinned('nanxiong.school_age_enrollment_rate.compulsory.baseline.2020', sentence);
    expect(e.value).toBe(1);
    expect(e.kind).toBe('baseline');
    expect(e.year).toBe(2020);
  });

  test('高中阶段毛入学率达99.14% → baseline 2020, 0.9914', () => {
    const r = pinned(
      'nanxiong.senior_gross_enrollment_rate.senior.baseline.2020',
      '高中教育多样特色发展,高中阶段毛入学率达99.14%,普及 高中阶段教育得到巩固提高。',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBeCloseTo(0.9914, 10);
    expect(r.direction).toBe('>=');
  });

  test('全市常住残障儿童入学率为98.08%,超过省定标准 → baseline 2020, 0.9808', () => {
    const r = pinned(
      'nanxiong.disabled_children_enrollment_rate.compulsory.baseline.2020',
      '全市常住残障儿童入学率为98.08%,超过省定标准。',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBeCloseTo(0.9808, 10);
    expect(r.direction).toBe('>=');
  });

  test('全市学生体质健康标准合格率达99.24%,优良率达47.84% → baselines 2020', () => {
    const sentence = '全市学生体质健康标准合格率达99.24%,优良率 达47.84%,在2019年全省中小学生体质健康测试评估工作中排名第二。';
    const pass = pinned('nanxiong.physical_health_pass_rate.all.baseline.2020', sentence);
    expect(pass.kind).toBe('baseline');
    expect(pass.year).toBe(2020);
    expect(pass.value).toBeCloseTo(0.9924, 10);
    expect(pass.direction).toBe('>=');
    const good = pinned('nanxiong.physical_health_good_rate.all.baseline.2020', sentence);
    expect(good.kind).toBe('baseline');
    expect(good.year).toBe(2020);
    expect(good.value).toBeCloseTo(0.4784, 10);
    const rank = pinned('nanxiong.physical_fitness_province_rank.all.baseline.2019', sentence);
    expect(rank.value).toBe(2);
    expect(rank.year).toBe(2019);
    expect(rank.direction).toBe('<=');
  });

  test('投入5.94亿元,新建中小学校6所,改扩建中小学校10所…累计新增优质学位9450个 → 十三五 baselines', () => {
    const sentence = '投入5.94亿元,新建中小学校6所,改扩建中小学校10所,完成6所农村寄宿制学校建设,累计新增优质学位9450个。';
    const money = pinned('nanxiong.education_investment.all.baseline.2020', sentence);
    expect(money.kind).toBe('baseline');
    expect(money.year).toBe(2020);
    expect(money.value).toBeCloseTo(5.94, 10);
    expect(money.unit).toBe('亿元');
    const built = pinned('nanxiong.new_schools.all.baseline.2020', sentence);
    expect(built.value).toBe(6);
    expect(built.kind).toBe('baseline');
    expect(pinned('nanxiong.schools_renovated.all.baseline.2020', sentence).value).toBe(10);
    expect(pinned('nanxiong.boarding_schools_built.compulsory.baseline.2020.农村', sentence).value).toBe(6);
    const places = pinned('nanxiong.new_places.all.baseline.2020', sentence);
    expect(places.value).toBe(9450);
    expect(places.year).toBe(2020);
    expect(places.direction).toBe('>=');
  });

  test('2020年,小学专科以上学历专任教师占比94%,初中本科以上…85%,普通高中研究生以上…5.7% → baselines', () => {
    const sentence =
      '2020年,小学专科以上学历专任教师占比94%, 初中本科以上学历专任教师占比85%,普通高中研究生以上学历或硕士以上学位专任教师占比5.7%。';
    const p = pinned('nanxiong.teacher_higher_degree_share.primary.baseline.2020', sentence);
    const j = pinned('nanxiong.teacher_higher_degree_share.junior.baseline.2020', sentence);
    const s = pinned('nanxiong.teacher_higher_degree_share.senior.baseline.2020', sentence);
    for (const r of [p, j, s]) {
      expect(r.kind).toBe('baseline');
      expect(r.year).toBe(2020);
      expect(r.direction).toBe('>=');
    }
    expect(p.value).toBeCloseTo(0.94, 10);
    expect(j.value).toBeCloseTo(0.85, 10);
    expect(s.value).toBeCloseTo(0.057, 10);
  });

  test('交流轮岗教师396人,交流比例达12.56%…校长交流比例达40% → baselines 2020', () => {
    const rate = pinned('nanxiong.teacher_rotation_rate.all.baseline.2020', '交流轮岗教师396人,交流比例达12.56%。');
    expect(rate.kind).toBe('baseline');
    expect(rate.year).toBe(2020);
    expect(rate.value).toBeCloseTo(0.1256, 10);
    const principals = pinned('nanxiong.principal_rotation_rate.all.baseline.2020', '全面启动中小学校长教师轮岗交流工作,校长交流比例达40%。');
    expect(principals.value).toBeCloseTo(0.4, 10);
    expect(principals.kind).toBe('baseline');
    expect(principals.year).toBe(2020);
  });

  // ---------- targets: 第二章 第二节 二、2025年目标 ----------

  test('2025年,全市3—5周岁幼儿毛入园率保持在100%以上,其中农村达到90%以上 → targets 2025', () => {
    const sentence = '2025年,全市3—5周岁幼 儿毛入园率保持在100%以上,其中农村达到90%以上;';
    const city = pinned('nanxiong.preschool_gross_enrollment_rate.preschool.target.2025', sentence);
    expect(city.kind).toBe('target');
    expect(city.year).toBe(2025);
    expect(city.value).toBeCloseTo(1, 10);
    expect(city.direction).toBe('>=');
    expect(city.scope).toBeNull();
    const rural = pinned('nanxiong.preschool_gross_enrollment_rate.preschool.target.2025.农村', sentence);
    expect(rural.kind).toBe('target');
    expect(rural.year).toBe(2025);
    expect(rural.value).toBeCloseTo(0.9, 10);
    expect(rural.direction).toBe('>=');
    expect(rural.scope).toBe('农村');
  });

  test('保持入读公办幼儿园率达到50%以上、公办幼儿园和普惠性民办幼儿园在园幼儿数占比达到85%以上 → targets 2025', () => {
    const sentence = '保持入读公办幼儿园率达到50%以上、公办幼儿园和普惠性民办幼儿园在园幼儿数占比达到85%以上。';
    const pub = pinned('nanxiong.public_kindergarten_share.preschool.target.2025', sentence);
    expect(pub.kind).toBe('target');
    expect(pub.year).toBe(2025);
    expect(pub.value).toBeCloseTo(0.5, 10);
    expect(pub.direction).toBe('>=');
    const inc = pinned('nanxiong.inclusive_kindergarten_coverage.preschool.target.2025', sentence);
    expect(inc.kind).toBe('target');
    expect(inc.year).toBe(2025);
    expect(inc.value).toBeCloseTo(0.85, 10);
    expect(inc.direction).toBe('>=');
  });

  test('九年义务教育巩固率保持在96%以上,适龄残疾儿童少年义务教育入学率保持在97%以上 → targets 2025', () => {
    const sentence =
      '小学阶段和初中阶段毛入学率保持在100%以上,九年义务教育巩固率保持在96%以上,适龄残疾儿童少年义务教育入学率保持在97%以上。';
    const c = pinned('nanxiong.consolidation_rate.compulsory.target.2025', sentence);
    expect(c.indicator).toBe('consolidation_rate');
    expect(c.stage).toBe('compulsory');
    expect(c.name).toBe('九年义务教育巩固率');
    expect(c.kind).toBe('target');
    expect(c.year).toBe(2025);
    expect(c.value).toBeCloseTo(0.96, 10);
    expect(c.direction).toBe('>=');
    const d = pinned('nanxiong.disabled_children_enrollment_rate.compulsory.target.2025', sentence);
    expect(d.kind).toBe('target');
    expect(d.year).toBe(2025);
    expect(d.value).toBeCloseTo(0.97, 10);
    expect(d.direction).toBe('>=');
    for (const stage of ['primary', 'junior']) {
      const g = pinned(`nanxiong.gross_enrollment_rate.${stage}.target.2025`, sentence);
      expect(g.value).toBeCloseTo(1, 10);
      expect(g.kind).toBe('target');
      expect(g.year).toBe(2025);
      expect(g.direction).toBe('>=');
    }
  });

  test('2025年,全市高中阶段教育毛入学率保持在96%以上 → target 2025, >= 0.96', () => {
    const r = pinned(
      'nanxiong.senior_gross_enrollment_rate.senior.target.2025',
      '提供优质、特色、适应学生多元发展要求的高中阶段教育。2025年,全市高中阶段教育毛入学率保持在96%以上。',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBeCloseTo(0.96, 10);
    expect(r.direction).toBe('>=');
  });

  test('主干专业(群)设置与本地产业匹配度超过90% → target 2025, strictly > 0.9', () => {
    const r = pinned(
      'nanxiong.vocational_major_industry_match.vocational.target.2025',
      '合理设置专业,主干专业(群)设置与本地产业匹配度超过90%,充分发挥中等职业教育在开发人力资源中的作用',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBeCloseTo(0.9, 10);
    expect(r.direction).toBe('>');
  });

  test('到2025年底,义务教育学区化、集团化办学覆盖全市达20%以上 → target 2025, >= 0.2', () => {
    const r = pinned(
      'nanxiong.group_schooling_coverage.compulsory.target.2025',
      '城乡义务教育一体 化发展的良好格局,到2025年底,义务教育学区化、集团化办学覆盖全市达20%以上。',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBeCloseTo(0.2, 10);
    expect(r.direction).toBe('>=');
  });

  test('到2030年,全市高水平、高质量普及15年基础教育…全市全面实现教育现代化 → targets 2030', () => {
    const sentence =
      '到2030年,全市高水平、高质量普及15年基础教育,全面实现基础教育优质均衡发展。全市全面实现教育现代化';
    const years = pinned('nanxiong.universal_basic_education_years.all.target.2030', sentence);
    expect(years.kind).toBe('target');
    expect(years.year).toBe(2030);
    expect(years.value).toBe(15);
    expect(years.unit).toBe('年');
    expect(years.direction).toBe('>=');
    const modern = pinned('nanxiong.education_modernization_year.all.target.2030', sentence);
    expect(modern.value).toBe(2030);
    expect(modern.kind).toBe('target');
    expect(modern.direction).toBe('<=');
    const balance = pinned('nanxiong.quality_balance_year.all.target.2030', sentence);
    expect(balance.value).toBe(2030);
    // and 2025年全市基本实现教育现代化
    const basic = pinned('nanxiong.education_modernization_year.all.target.2025', '积极推进,严格落实助学政策努力提升我市学生资助水平,助力南雄教育公平高质量发展。2025年全市基本实现教育现代化。');
    expect(basic.value).toBe(2025);
    expect(basic.year).toBe(2025);
  });

  // ---------- standards ----------

  test('按规定在招收5人以上残疾学生的普通学校设置资源课室 → standard >= 5', () => {
    const r = pinned(
      'nanxiong.resource_room_disabled_threshold.all.standard',
      '通过办好特殊教育学校、按规定在招收5人以上残疾学生的普通学校设置资源课室以及加强送教上门服务',
    );
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBe(5);
    expect(r.direction).toBe('>=');
  });

  test('坚持每年1次校运会制度 → standard 1 a year', () => {
    const r = pinned('nanxiong.sports_meets_per_year.all.standard', '坚持每年1次校运会制度,广泛开展体育大课间活动');
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBe(1);
  });

  // ---------- the trajectory: 第三章 第一节 七、树立"健康第一"的教育理念 ----------

  describe('全市学生体质健康优良率2021年达到45%以上;2022年达到50%以上;2023-2024年每年提升2个百分点;2025-2030年每年提升1个百分点', () => {
    const SENTENCE =
      '全市学生体质健康优良率2021年达到45%以上;2022年达到50%以上;2023-2024年每年提升2个百分点;2025-2030年每年提升1个百分点。';
    const expected: [number, number, string][] = [
      [2021, 0.45, '2021年达到45%以上'],
      [2022, 0.5, '2022年达到50%以上'],
      [2023, 0.52, '2023-2024年每年提升2个百分点'],
      [2024, 0.54, '2023-2024年每年提升2个百分点'],
      [2025, 0.55, '2025-2030年每年提升1个百分点'],
      [2026, 0.56, '2025-2030年每年提升1个百分点'],
      [2027, 0.57, '2025-2030年每年提升1个百分点'],
      [2028, 0.58, '2025-2030年每年提升1个百分点'],
      [2029, 0.59, '2025-2030年每年提升1个百分点'],
      [2030, 0.6, '2025-2030年每年提升1个百分点'],
    ];

    test('the sentence is in the source text', () => {
      expect(text).toContain(norm(SENTENCE));
    });

    test.each(expected)('%i → target >= %f', (year, value, clause) => {
      const r = pinned(`nanxiong.physical_health_good_rate.all.target.${year}`, SENTENCE);
      expect(r.indicator).toBe('physical_health_good_rate');
      expect(r.kind).toBe('target');
      expect(r.year).toBe(year);
      expect(r.value).toBeCloseTo(value, 10);
      expect(r.unit).toBe('%');
      expect(r.direction).toBe('>=');
      expect(norm(r.source.quote)).toContain(norm(clause));
      // stated years carry no rule; derived years name theirs
      const derived = (r as { derived?: { rule: string } }).derived;
      if (year <= 2022) expect(derived).toBeUndefined();
      else expect(derived?.rule).toContain(year <= 2024 ? '2023-2024' : '2025-2030');
    });

    test('exactly one target per year 2021–2030, and no other', () => {
      const years = catalog.rows
        .filter((r) => r.plan === 'nanxiong' && r.indicator === 'physical_health_good_rate' && r.kind === 'target')
        .map((r) => r.year)
        .sort();
      expect(years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    });
  });
});
