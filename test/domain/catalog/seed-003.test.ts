/**
 * Seed 003: 塔城地区推动县域义务教育优质均衡发展实施方案(2021—2035年) (plan `tacheng`), written in
 * 繁體. Each test pins one number of the built catalog to the 繁體 sentence of
 * seeds/003_10e360d9d2908815.txt it comes from. The plan restates the national 优质均衡 standard as its
 * own norm (standard rows, year null) and sets each county's year to reach 优质均衡 (target rows of
 * quality_balance_year, scope = the county in 简体). It reports no measured past values, so the plan
 * has no baseline rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import catalog from '../../../src/domain/catalog/data/catalog.json';
import { norm, pinner } from './pin';

const { text, row, pinned } = pinner('tacheng', '003_10e360d9d2908815.txt');

const COUNTY_SENTENCE =
  '2025年沙灣市,2026年烏蘇市,2028年塔城市、和布克賽爾縣,2029年額敏縣,2030年裕民縣、托里縣實現義務教育優質均衡發展目標。';

describe('seed 003 塔城地区推动县域义务教育优质均衡发展实施方案 (tacheng)', () => {
  test.each([
    ['沙湾市', 2025],
    ['乌苏市', 2026],
    ['塔城市', 2028],
    ['和布克赛尔县', 2028],
    ['额敏县', 2029],
    ['裕民县', 2030],
    ['托里县', 2030],
  ])('%s reaches 优质均衡 by %i (2025年沙灣市,2026年烏蘇市,…實現義務教育優質均衡發展目標)', (county, year) => {
    const r = pinned(`tacheng.quality_balance_year.compulsory.target.${year}.${county}`, COUNTY_SENTENCE);
    expect(r.indicator).toBe('quality_balance_year');
    expect(r.kind).toBe('target');
    expect(r.year).toBe(year);
    expect(r.value).toBe(year);
    expect(r.unit).toBe('年');
    expect(r.direction).toBe('<=');
    expect(r.scope).toBe(county);
  });

  test('seven counties, one row each', () => {
    const rows = catalog.rows.filter((r) => r.plan === 'tacheng' && r.indicator === 'quality_balance_year');
    expect(rows.map((r) => r.scope).sort()).toEqual(
      ['乌苏市', '和布克赛尔县', '塔城市', '托里县', '沙湾市', '裕民县', '额敏县'].sort(),
    );
  });

  test('…滿意度、…滿意度均達85%以上 → standard >= 0.85', () => {
    const r = pinned(
      'tacheng.social_recognition_rate.compulsory.standard',
      '學生及其家長和社會對學校的滿意度、學校和社會對政府管理義務教育的滿意度均達85%以上。',
    );
    expect(r.kind).toBe('standard');
    expect(r.year).toBeNull();
    expect(r.value).toBeCloseTo(0.85, 10);
    expect(r.direction).toBe('>=');
    expect(row('tacheng.social_recognition_rate.compulsory.standard.政府管理').value).toBeCloseTo(0.85, 10);
  });

  test('小學、初中班級學生數分別不超過45人、50人 → class size 45 / 50', () => {
    const sentence = '確保縣域內所有小學、初中班級學生數分別不超過45人、50人';
    const p = pinned('tacheng.class_size_max.primary.standard', sentence);
    const j = pinned('tacheng.class_size_max.junior.standard', sentence);
    expect([p.value, j.value]).toEqual([45, 50]);
    for (const r of [p, j]) {
      expect(r.kind).toBe('standard');
      expect(r.year).toBeNull();
      expect(r.direction).toBe('<=');
    }
  });

  test('小學、初中規模不超過2000人,九年一貫制…規模不超過2500人 → school size', () => {
    const sentence =
      '小學、初中規模不超過2000人,九年一貫制學校、十二年一貫制學校義務教育階段規模不超過2500人。';
    const p = pinned('tacheng.school_size_max.primary.standard', sentence);
    const n = pinned('tacheng.school_size_max.nine_year.standard', sentence);
    expect(p.value).toBe(2000);
    expect(row('tacheng.school_size_max.junior.standard').value).toBe(2000);
    expect(n.value).toBe(2500);
    expect(row('tacheng.school_size_max.twelve_year.standard').value).toBe(2500);
    expect(p.kind).toBe('standard');
    expect(p.year).toBeNull();
    expect(n.direction).toBe('<=');
  });

  test('生均教學及輔助用房面積分別達到4.5、5.8平方米以上', () => {
    const sentence = '確保縣域內每所小學、初中生均教學及輔助用房面積分別達到4.5、5.8平方米以上';
    const p = pinned('tacheng.teaching_space_per_student.primary.standard', sentence);
    const j = pinned('tacheng.teaching_space_per_student.junior.standard', sentence);
    expect(p.value).toBeCloseTo(4.5, 10);
    expect(j.value).toBeCloseTo(5.8, 10);
    expect(p.kind).toBe('standard');
    expect(p.year).toBeNull();
    expect(j.direction).toBe('>=');
  });

  test('每百名學生擁有網絡多媒體教室數分別達到2.3間、2.4間以上', () => {
    const sentence = '小學、初中每百名學生擁有網絡多媒體教室數分別達到2.3間、2.4間以上';
    const p = pinned('tacheng.multimedia_rooms_per100.primary.standard', sentence);
    const j = pinned('tacheng.multimedia_rooms_per100.junior.standard', sentence);
    expect(p.value).toBeCloseTo(2.3, 10);
    expect(j.value).toBeCloseTo(2.4, 10);
    expect(p.kind).toBe('standard');
    expect(j.direction).toBe('>=');
  });

  test('生均教學儀器值分別達到2000元、2500元以上', () => {
    const sentence = '確保縣域內小學、初中生均教學儀器值分別達到2000元、2500元以上';
    expect(pinned('tacheng.equipment_value_per_student.primary.standard', sentence).value).toBe(2000);
    const j = pinned('tacheng.equipment_value_per_student.junior.standard', sentence);
    expect(j.value).toBe(2500);
    expect(j.kind).toBe('standard');
    expect(j.direction).toBe('>=');
  });

  test('每12個班級配備音樂、美術專用教室1間以上', () => {
    const r = pinned(
      'tacheng.music_art_rooms_per12classes.compulsory.standard',
      '所有小學、初中每12個班級配備音樂、美術專用教室1間以上。',
    );
    expect(r.value).toBe(1);
    expect(r.kind).toBe('standard');
    expect(r.direction).toBe('>=');
  });

  test('教師培訓經費…所占比例不低于5%', () => {
    const r = pinned(
      'tacheng.teacher_training_funding_share.compulsory.standard',
      '并在學校年度公用經費預算總額中所占比例不低于5%。',
    );
    expect(r.value).toBeCloseTo(0.05, 10);
    expect(r.kind).toBe('standard');
    expect(r.direction).toBe('>=');
  });

  test('五年內(2021至2025年)逐步完成自聘教師清退工作 → target year 2025', () => {
    const r = pinned(
      'tacheng.self_hired_teachers_cleared_year.compulsory.target.2025',
      '各縣(市)五年內(2021至2025年)逐步完成自聘教師清退工作,確保不產生新的代課教師。',
    );
    expect(r.kind).toBe('target');
    expect(r.year).toBe(2025);
    expect(r.value).toBe(2025);
    expect(r.direction).toBe('<=');
  });

  test('就近劃片入學比例分別達到100%、95%以上 (城区和镇区)', () => {
    const sentence = '城區和鎮區公辦小學、初中(均不含寄宿制學校)就近劃片入學比例分別達到100%、95%以上';
    const p = pinned('tacheng.nearby_enrollment_rate.primary.standard.城区和镇区', sentence);
    const j = pinned('tacheng.nearby_enrollment_rate.junior.standard.城区和镇区', sentence);
    expect(p.value).toBeCloseTo(1, 10);
    expect(j.value).toBeCloseTo(0.95, 10);
    expect(j.kind).toBe('standard');
    expect(j.direction).toBe('>=');
  });

  test('優質高中招生名額分配比例不低于50%', () => {
    const r = pinned('tacheng.quality_hs_quota_share.junior.standard', '縣域內優質高中招生名額分配比例不低于50%,并向農村初中傾斜');
    expect(r.value).toBeCloseTo(0.5, 10);
    expect(r.kind).toBe('standard');
    expect(r.direction).toBe('>=');
  });

  test('隨遷子女在公辦學校就讀的比例不低于85%', () => {
    const r = pinned(
      'tacheng.migrant_children_public_rate.compulsory.standard',
      '各縣(市)符合條件的隨遷子女在公辦學校就讀的比例不低于85%。',
    );
    expect(r.value).toBeCloseTo(0.85, 10);
    expect(r.kind).toBe('standard');
    expect(r.direction).toBe('>=');
  });

  test('殘疾兒童少年入學率達到95%以上; 特殊教育學校生均公用經費不低于6000元', () => {
    const sentence =
      '確保殘疾兒童少年入學率達到95%以上,培養特殊教育師資,特殊教育學校生均公用經費不低于6000元。';
    const d = pinned('tacheng.disabled_children_enrollment_rate.compulsory.standard', sentence);
    const f = pinned('tacheng.special_ed_funding_per_student.special.standard', sentence);
    expect(d.value).toBeCloseTo(0.95, 10);
    expect(f.value).toBe(6000);
    expect(f.unit).toBe('元/生');
    for (const r of [d, f]) {
      expect(r.kind).toBe('standard');
      expect(r.year).toBeNull();
      expect(r.direction).toBe('>=');
    }
  });

  test('縣域初中三年鞏固率達到95%以上', () => {
    const r = pinned('tacheng.consolidation_rate.junior.standard', '縣域初中三年鞏固率達到95%以上。');
    expect(r.value).toBeCloseTo(0.95, 10);
    expect(r.kind).toBe('standard');
    expect(r.direction).toBe('>=');
    expect(r.name).toBe('初中三年巩固率');
  });

  test('專任教師持有教師資格證上崗率達到100%', () => {
    const r = pinned('tacheng.teacher_certification_rate.compulsory.standard', '專任教師持有教師資格證上崗率達到100%。');
    expect(r.value).toBeCloseTo(1, 10);
    expect(r.kind).toBe('standard');
  });

  test('every tacheng row quotes the 繁體 text verbatim', () => {
    const rows = catalog.rows.filter((r) => r.plan === 'tacheng');
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const r of rows) expect(text).toContain(norm(r.source.quote));
  });
});
