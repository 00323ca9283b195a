/**
 * Seed 002: 东城区"十四五"时期教育事业发展规划 (plan `dongcheng`). Each test pins one number of the built
 * catalog to the sentence of seeds/002_aa7cb659190d9a46.txt it comes from. The plan is mostly
 * qualitative: its 十三五 review gives baselines (carried for 2020), its tasks give one explicit 2025
 * target (85%左右 of 普通高中 are 特色学校, direction "=" because of 左右) and counts of things to build
 * by the end of the plan period (2025). Its call for 学位预测 states no number and has no row.
 */
import * as fs from 'fs';
import * as path from 'path';
import catalog from '../../../src/domain/catalog/data/catalog.json';
import { norm, pinner } from './pin';

const FILE = '002_aa7cb659190d9a46.txt';
const { text, row, pinned } = pinner('dongcheng', FILE);

const REVIEW_GROUPS =
  '45对深度联盟、13所新九年一贯制学校(项目)建设、8条优质教育资源带、7个教育集团,最大限度地发挥优质教育资源辐射带动作用,实现了区域优质教育资源全覆盖。';
const REVIEW_ACADEMY =
  '联合区域资源研发的368门“学院制”课程,覆盖100%小学、98%中学,服务学生36万余人次。';
const REVIEW_HEALTH =
  '学生整体视力不良检出率实现连续四年下降,整体下降7.25个百分点,体质健康抽测小学组名列北京市第一,肥胖检出率整体下降1.17个百分点。';
const HIGH_SCHOOL =
  '到2025年,全区85%左右的普通高中成为特色学校,普通高中多样化有特色发展的教育生态全面形成。';

describe('seed 002 东城区"十四五"时期教育事业发展规划 (dongcheng)', () => {
  // ------------------------------------------------------------------ 2025 targets
  test('到2025年,全区85%左右的普通高中成为特色学校 → target 2025, = 0.85 (左右)', () => {
    const r = pinned('dongcheng.featured_high_school_share.senior.target.2025', HIGH_SCHOOL);
    expect(r.indicator).toBe('featured_high_school_share');
    expect(r.stage).toBe('senior');
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBeCloseTo(0.85, 10);
    expect(r.unit).toBe('%');
    expect(r.direction).toBe('=');
    expect((r as { note?: string }).note).toMatch(/左右/);
  });

  test('普通高中多样化有特色发展的教育生态全面形成 (到2025年) → year target 2025', () => {
    const r = pinned('dongcheng.senior_diversification_year.senior.target.2025', HIGH_SCHOOL);
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBe(2025);
    expect(r.unit).toBe('年');
    expect(r.direction).toBe('<=');
  });

  test('实现义务教育学校课后服务全覆盖 → target 2025, >= 1', () => {
    const r = pinned(
      'dongcheng.after_school_service_coverage.compulsory.target.2025',
      '合理利用校内外资源,实现义务教育学校课后服务全覆盖,',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBeCloseTo(1, 10);
    expect(r.direction).toBe('>=');
  });

  test('建设10所智慧校园集团校、联盟校 → target 2025, >= 10', () => {
    const r = pinned(
      'dongcheng.smart_campus_schools.all.target.2025',
      '建设10所智慧校园集团校、联盟校,引导学校创新智能时代办学条件,',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBe(10);
    expect(r.unit).toBe('所');
    expect(r.direction).toBe('>=');
  });

  test('打造千名家庭教育指导服务师队伍 → target 2025, >= 1000', () => {
    const r = pinned(
      'dongcheng.family_education_instructors.all.target.2025',
      '不断深化“1+8+X”的协同育人工作机制,打造千名家庭教育指导服务师队伍,',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBe(1000);
    expect(r.direction).toBe('>=');
  });

  test('建立1个东城区“数据大脑”;建成七项示范工程 → target 2025, >= 7', () => {
    const r = pinned(
      'dongcheng.smart_education_demo_projects.all.target.2025',
      '建立1个东城区“数据大脑”;建成七项示范工程,',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBe(7);
    expect(r.direction).toBe('>=');
  });

  // ------------------------------------------------------------------ 十三五 baselines (2020)
  test.each([
    ['school_alliances', 'all', 45],
    ['new_nine_year_schools', 'nine_year', 13],
    ['quality_resource_belts', 'all', 8],
    ['education_groups', 'all', 7],
    ['quality_resource_coverage', 'all', 1],
  ])('45对深度联盟、13所新九年一贯制学校…: %s (%s) → baseline 2020 = %d', (indicator, stage, value) => {
    const r = pinned(`dongcheng.${indicator}.${stage}.baseline.2020`, REVIEW_GROUPS);
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBeCloseTo(value as number, 10);
    expect(r.direction).toBe('>=');
  });

  test('成立8个学区工作委员会 → baseline 2020, 8 学区', () => {
    const r = pinned(
      'dongcheng.school_districts.all.baseline.2020',
      '成立8个学区工作委员会,下设学区党建工作组',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBe(8);
    expect(r.direction).toBe('=');
  });

  test('368门“学院制”课程,覆盖100%小学、98%中学,服务学生36万余人次 → baselines 2020', () => {
    const courses = pinned('dongcheng.academy_courses.all.baseline.2020', REVIEW_ACADEMY);
    expect(courses.kind).toBe('baseline');
    expect(courses.year).toBe(2020);
    expect(courses.value).toBe(368);

    const primary = pinned('dongcheng.academy_course_school_coverage.primary.baseline.2020', REVIEW_ACADEMY);
    expect(primary.kind).toBe('baseline');
    expect(primary.year).toBe(2020);
    expect(primary.value).toBeCloseTo(1, 10);
    expect(primary.direction).toBe('>=');

    const secondary = pinned('dongcheng.academy_course_school_coverage.all.baseline.2020.中学', REVIEW_ACADEMY);
    expect(secondary.kind).toBe('baseline');
    expect(secondary.year).toBe(2020);
    expect(secondary.value).toBeCloseTo(0.98, 10);
    expect(secondary.scope).toBe('中学');
    expect(secondary.direction).toBe('>=');

    const visits = pinned('dongcheng.academy_course_student_visits.all.baseline.2020', REVIEW_ACADEMY);
    expect(visits.value).toBe(360000);
    expect(visits.unit).toBe('人次');
  });

  test('完成两期学前教育三年行动计划,增加学位1.1万余个 → baseline 2020, 11000 preschool places', () => {
    const r = pinned(
      'dongcheng.new_places.preschool.baseline.2020',
      '完成两期学前教育三年行动计划,增加学位1.1万余个。',
    );
    expect(r.indicator).toBe('new_places');
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBe(11000);
    expect(r.direction).toBe('>=');
  });

  test('视力不良检出率…整体下降7.25个百分点;肥胖检出率整体下降1.17个百分点 → baselines 2020 (points as fractions)', () => {
    const vision = pinned('dongcheng.poor_vision_rate_decrease.all.baseline.2020', REVIEW_HEALTH);
    expect(vision.kind).toBe('baseline');
    expect(vision.year).toBe(2020);
    expect(vision.value).toBeCloseTo(0.0725, 10);
    expect(vision.direction).toBe('>=');

    const obesity = pinned('dongcheng.obesity_rate_decrease.all.baseline.2020', REVIEW_HEALTH);
    expect(obesity.value).toBeCloseTo(0.0117, 10);
    expect(obesity.kind).toBe('baseline');
    expect(obesity.year).toBe(2020);
  });

  test('体质健康抽测小学组名列北京市第一 → baseline 2020, rank 1 (<=)', () => {
    const r = pinned('dongcheng.physical_fitness_city_rank.primary.baseline.2020', REVIEW_HEALTH);
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBe(1);
    expect(r.direction).toBe('<=');
  });

  test('骨干教师中的党员比例提升至75% → baseline 2020, 0.75', () => {
    const r = pinned(
      'dongcheng.party_member_share_backbone_teachers.all.baseline.2020',
      '加强“双培养”工作力度,骨干教师中的党员比例提升至75%。',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBeCloseTo(0.75, 10);
    expect(r.direction).toBe('>=');
  });

  test('优秀干部教师跨校轮岗交流人数已突破20000人次 → baseline 2020, > 20000', () => {
    const r = pinned(
      'dongcheng.cadre_teacher_rotations_cumulative.all.baseline.2020',
      '2015年被评为全国区管校聘示范区,至今优秀干部教师跨校轮岗交流人数已突破20000人次。',
    );
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBe(20000);
    expect(r.direction).toBe('>');
  });

  test.each([
    ['特级', 6],
    ['高级', 53],
    ['中级', 70],
    ['初级', 1],
  ])('校长职级制: %s校长 → baseline 2020 = %d', (rank, value) => {
    const r = pinned(
      `dongcheng.principals_by_rank.all.baseline.2020.${rank}`,
      '首次入轨推行校长职级制,6人被评为特级校长,53人被评为高级校长,70人被评为中级校长,1人被认定为初级校长。',
    );
    expect(r.name).toBe(`${rank}校长人数`);
    expect(r.kind).toBe('baseline');
    expect(r.year).toBe(2020);
    expect(r.value).toBe(value);
  });

  // ------------------------------------------------------------------ the file as a whole
  test('both kinds are present, every row cites the 002 text, and 学位预测 has no number', () => {
    const rows = catalog.rows.filter((r) => r.plan === 'dongcheng');
    expect(rows.filter((r) => r.kind === 'baseline').length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => r.kind === 'target').length).toBeGreaterThanOrEqual(8);
    for (const r of rows) {
      expect((r.source as { file?: string }).file).toBe(FILE);
      expect(text).toContain(norm(r.source.quote));
    }
    expect(text).toContain(norm('学位预测和教育资源供给智能化'));
    expect(rows.some((r) => /place_(demand|supply|gap)/.test(r.indicator))).toBe(false);
  });
});
