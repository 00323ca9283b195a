/**
 * Seed 001: 安丘市教育强镇筑基行动实施方案 (plan `anqiu`). Each test pins one number of the built
 * catalog to the sentence of seeds/001_4ebbb55bad73ec82.txt it comes from. The document is a
 * three-year action issued in May 2021 for the pilot towns 大盛镇 and 官庄镇: its goals and project
 * counts are targets for 2023 (the end of 2021–2023), its standing rules are standards. It reports
 * no measured past values, so the plan has no baseline rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import catalog from '../../../src/domain/catalog/data/catalog.json';
import { norm, pinner } from './pin';

const { text, row, pinned } = pinner('anqiu', '001_4ebbb55bad73ec82.txt');

describe('seed 001 安丘市教育强镇筑基行动实施方案 (anqiu)', () => {
  test('学生学业水平与城区优质学校差异率低于0.15 → target 2023, < 0.15', () => {
    const r = pinned(
      'anqiu.academic_diff_rate.compulsory.target.2023.试点镇',
      '普遍掌握一门以上艺术特长，学生学业水平与城区优质学校差异率低于0.15。',
    );
    expect(r.indicator).toBe('academic_diff_rate');
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBeCloseTo(0.15, 10);
    expect(r.direction).toBe('<');
  });

  test('家长、学生满意度达到95%以上 → target 2023, >= 0.95', () => {
    const r = pinned(
      'anqiu.social_recognition_rate.all.target.2023.试点镇',
      '家长、学生满意度达到95%以上。',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBeCloseTo(0.95, 10);
    expect(r.direction).toBe('>=');
    expect(r.unit).toBe('%');
  });

  test('3年内镇域内所有专任教师专项培训学时达到90学时以上 → 90 hours by 2023', () => {
    const r = pinned(
      'anqiu.teacher_special_training_hours.all.target.2023.试点镇',
      '设立强镇筑基教师专项培训计划，3年内镇域内所有专任教师专项培训学时达到90学时以上',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBe(90);
    expect(r.unit).toBe('学时');
    expect(r.direction).toBe('>=');
  });

  test.each([
    ['市直学校培训', '其中市直学校培训不少于30学时'],
    ['送教下乡培训', '送教下乡培训不少于30学时'],
    ['镇域集中培训', '镇域集中培训不少于30学时'],
  ])('其中…%s不少于30学时 → 30 of the 90 hours', (part, sentence) => {
    const r = pinned(`anqiu.teacher_special_training_hours.all.target.2023.试点镇.${part}`, sentence);
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBe(30);
    expect(r.direction).toBe('>=');
  });

  test('大盛镇计划总投入659万元改善办园条件 → 659 万元', () => {
    const r = pinned(
      'anqiu.kindergarten_improvement_investment.preschool.target.2023.大盛镇',
      '大盛镇计划总投入659万元改善办园条件。包括：投入587万元，用于幼儿园改建。',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBe(659);
    expect(r.unit).toBe('万元');
    expect(r.scope).toBe('大盛镇');
    expect(r.direction).toBe('>=');
    const rebuild = row('anqiu.kindergarten_improvement_investment.preschool.target.2023.大盛镇.幼儿园改建');
    const equipment = row('anqiu.kindergarten_improvement_investment.preschool.target.2023.大盛镇.设施设备购置');
    expect(rebuild.value).toBe(587);
    expect(equipment.value).toBe(72);
    expect(rebuild.value + equipment.value).toBe(r.value);
  });

  test('官庄镇计划总投入15.2万元改善办园条件 → 15.2 万元 = 13.2 + 2', () => {
    const r = pinned(
      'anqiu.kindergarten_improvement_investment.preschool.target.2023.官庄镇',
      '官庄镇计划总投入15.2万元改善办园条件。包括：投资13.2万元',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBeCloseTo(15.2, 10);
    expect(r.direction).toBe('>=');
    const parts = ['设施设备购置', '教师培训'].map(
      (p) => row(`anqiu.kindergarten_improvement_investment.preschool.target.2023.官庄镇.${p}`).value,
    );
    expect(parts[0]).toBeCloseTo(13.2, 10);
    expect(parts[1]).toBe(2);
    expect(parts[0] + parts[1]).toBeCloseTo(r.value, 10);
  });

  test('购置室内设施设备30套、户外设施设备10套、玩教具80套、幼儿图书2960本 (大盛镇)', () => {
    pinned(
      'anqiu.picture_books_purchased.preschool.target.2023.大盛镇',
      '投入72万元，购置室内设施设备30套、户外设施设备10套、玩教具80套、幼儿图书2960本。',
    );
    const v = (ind: string) => row(`anqiu.${ind}.preschool.target.2023.大盛镇`);
    expect(v('indoor_equipment_sets_purchased').value).toBe(30);
    expect(v('outdoor_equipment_sets_purchased').value).toBe(10);
    expect(v('play_teaching_aids_purchased').value).toBe(80);
    expect(v('picture_books_purchased').value).toBe(2960);
    for (const ind of ['indoor_equipment_sets_purchased', 'picture_books_purchased']) {
      expect(v(ind).kind).toBe('target');
      expect(v(ind).year).toBe(2023);
      expect(v(ind).direction).toBe('>=');
    }
  });

  test('购置室内设施设备8套、户外设施设备5套、玩教具10套、幼儿图书2671本 (官庄镇)', () => {
    pinned(
      'anqiu.picture_books_purchased.preschool.target.2023.官庄镇',
      '投资13.2万元，购置室内设施设备8套、户外设施设备5套、玩教具10套、幼儿图书2671本',
    );
    const v = (ind: string) => row(`anqiu.${ind}.preschool.target.2023.官庄镇`);
    expect(v('indoor_equipment_sets_purchased').value).toBe(8);
    expect(v('outdoor_equipment_sets_purchased').value).toBe(5);
    expect(v('play_teaching_aids_purchased').value).toBe(10);
    expect(v('picture_books_purchased').value).toBe(2671);
    expect(v('picture_books_purchased').kind).toBe('target');
    expect(v('picture_books_purchased').year).toBe(2023);
  });

  test('2022年前…所有学科教师按要求补充到位 → target year 2022', () => {
    const r = pinned(
      'anqiu.teacher_staffing_complete_year.all.target.2022.试点镇',
      '2022年前大盛镇、官庄镇驻地学校所有学科教师按要求补充到位',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2022);
    expect(r.value).toBe(2022);
    expect(r.unit).toBe('年');
    expect(r.direction).toBe('<=');
  });

  test('乡村学校中、高级岗位设置比例…再上浮2个百分点 → standard 0.02', () => {
    const r = pinned(
      'anqiu.rural_senior_post_uplift.all.standard.乡村学校',
      '乡村学校中、高级岗位设置比例在规定的比例基础上再上浮2个百分点。',
    );
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBeCloseTo(0.02, 10);
    expect(r.direction).toBe('=');
  });

  test('经教职工大会85%以上同意通过 → standard >= 0.85', () => {
    const r = pinned(
      'anqiu.performance_pay_approval_share.all.standard',
      '一校一方案，经教职工大会85%以上同意通过后自主组织考核实施。',
    );
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBeCloseTo(0.85, 10);
    expect(r.direction).toBe('>=');
  });

  test('保证每天1小时体育活动时间 → standard >= 1 hour', () => {
    const r = pinned(
      'anqiu.daily_physical_activity_hours.compulsory.standard',
      '加强中小学生体育锻炼，保证每天1小时体育活动时间，掌握1至3项运动技能。',
    );
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBe(1);
    expect(r.unit).toBe('小时');
    expect(r.direction).toBe('>=');
  });

  test('在3年内，分六批次…实施影子培训 → 6 batches (Chinese numeral)', () => {
    const r = pinned(
      'anqiu.principal_training_batches.all.target.2023.影子培训',
      '在3年内，分六批次分别在县域、市域、省域选择不同学校实施影子培训',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2023);
    expect(r.value).toBe(6);
    expect(r.direction).toBe('>=');
  });

  test('每学年安排两次“全域家访”活动 → standard >= 2', () => {
    const r = pinned('anqiu.home_visits_per_year.all.standard', '每学年安排两次“全域家访”活动');
    expect(r.kind).toBe('standard');
    expect(r.value).toBe(2);
    expect(r.direction).toBe('>=');
  });

  test('接收5名以上残疾儿童的学校、幼儿园建立随班就读资源教室 → threshold 5', () => {
    const r = pinned(
      'anqiu.resource_room_disabled_threshold.all.standard',
      '接收5名以上残疾儿童的学校、幼儿园建立随班就读资源教室，并配备专兼职资源教师。',
    );
    expect(r.kind).toBe('standard');
    expect(r.value).toBe(5);
    expect(r.direction).toBe('>=');
  });

  test('every anqiu row quotes the 001 text', () => {
    const rows = catalog.rows.filter((r) => r.plan === 'anqiu');
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const r of rows) expect(text).toContain(norm(r.source.quote));
  });
});
