/**
 * The sentence rules of `extract`, on the sentences the issue names (issue 30, Build 3) and on
 * sentences of the seed documents. Each expected value is read off the sentence by hand: 95% is
 * 0.95, 1.52万 is 15200, 以上 is ≥, 以内 is ≤, 左右 is = (seed 002's reading), 近 is < (seed 000's).
 */
import { extractRows } from '../../../src/features/extract/extract';
import { planPeriod } from '../../../src/features/extract/years';
import { directionAround } from '../../../src/features/extract/directions';
import { readDirection } from '../../../src/domain/catalog/direction-words';

const FIVE = '某县教育事业发展“十四五”规划\n';
const pick = (text: string) => extractRows(text).rows.map((r) => [r.indicator, r.year, r.value, r.direction, r.unit, r.kind, r.yearSource]);

describe('sentences', () => {
  test('到2025年，学前三年毛入园率达到95%以上: one target, stated year, ≥, a fraction', () => {
    // The year is in the quote (到2025年，学前三年毛入园率达到95%以上), so it counts as stated.
    expect(pick(FIVE + '到2025年，学前三年毛入园率达到95%以上。')).toEqual([['学前三年毛入园率', 2025, 0.95, '>=', '%', 'target', 'stated']]);
  });

  test('巩固率保持在99%以上 with no year in a 十四五 plan: 2025, marked period-end', () => {
    expect(pick(FIVE + '巩固率保持在99%以上。')).toEqual([['巩固率', 2025, 0.99, '>=', '%', 'target', 'period-end']]);
  });

  test('新增学位5000个 in a 十五五 plan: 2030 (十五五 is 2026-2030)', () => {
    expect(pick('某县教育事业“十五五”发展规划\n新增学位5000个。')).toEqual([['新增学位', 2030, 5000, '>=', '个', 'target', 'period-end']]);
  });

  test('several targets in one sentence, the year carried from 到2025年 to every clause after it (and quoted with it)', () => {
    const rows = pick(FIVE + '到2025年，学前三年毛入园率达到95%以上，九年义务教育巩固率保持在99%以上，高中阶段毛入学率达到92%。');
    expect(rows).toEqual([
      ['学前三年毛入园率', 2025, 0.95, '>=', '%', 'target', 'stated'],
      ['九年义务教育巩固率', 2025, 0.99, '>=', '%', 'target', 'stated'],
      ['高中阶段毛入学率', 2025, 0.92, '>=', '%', 'target', 'stated'],
    ]);
  });

  test('分别: two names, two numbers, paired in order (seed 000)', () => {
    const rows = pick(FIVE + '到2025年，普惠性幼儿园覆盖率、公办幼儿园在园幼儿占比分别达到90%以上和60%以上。');
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['普惠性幼儿园覆盖率', 0.9], ['公办幼儿园在园幼儿占比', 0.6]]);
  });

  test('directions: 控制在…以内 ≤, 低于 <, 左右 =, 不超过 ≤', () => {
    const rows = pick(FIVE + '民办学校在校生占比控制在15%以内。学业水平差异率低于0.15。全区85%左右的普通高中成为特色学校。班额不超过45人。');
    expect(rows.map((r) => [r[2], r[3]])).toEqual([[0.15, '<='], [0.15, '<'], [0.85, '='], [45, '<=']]);
  });

  test('万 multiplied out, 万元 kept as a unit (as the seed catalogs keep 7900万元)', () => {
    const rows = pick(FIVE + '一、发展基础\n组织市级以上各类培训1.52万人次。共投入7900万元。');
    expect(rows.map((r) => [r[2], r[4], r[5], r[1]])).toEqual([[15200, '人次', 'baseline', 2020], [7900, '万元', 'baseline', 2020]]);
  });

  test('a stated earlier year (2020 in a 2021-2025 plan) is a baseline', () => {
    const rows = pick(FIVE + '2020年，我区普惠性幼儿园覆盖率80%。');
    expect(rows).toEqual([['普惠性幼儿园覆盖率', 2020, 0.8, '>=', '%', 'baseline', 'stated']]);
  });

  test('a forecast (预计) is not drafted; a rule a day (每天1小时) is a standard without a year', () => {
    const { rows } = extractRows(FIVE + '预计学位缺口9000个。保证每天1小时体育活动时间。');
    expect(rows.map((r) => [r.value, r.kind, r.year])).toEqual([[1, 'standard', null]]);
  });

  test('a goal that is a year: 2022年，全面推行… (value = the year, ≤)', () => {
    const rows = pick(FIVE + '2022年，全区所有普通高中全部实行选课走班教学。');
    expect(rows).toEqual([['所有普通高中全部实行选课走班教学', 2022, 2022, '<=', '年', 'target', 'stated']]);
  });

  test('every quote is a verbatim substring, also in 繁體 (read through 简体 offsets)', () => {
    const text = '塔城地區推動縣域義務教育優質均衡發展實施方案(2021—2035年)\n確保殘疾兒童少年入學率達到95%以上。';
    const { rows } = extractRows(text);
    expect(rows).toHaveLength(1);
    expect(text.includes(rows[0].quote)).toBe(true);
    expect(rows[0].quote).toBe('確保殘疾兒童少年入學率達到95%以上');
    // A 2021—2035 方案 is no five-year plan: an undated number is a standing standard.
    expect([rows[0].kind, rows[0].year, rows[0].value]).toEqual(['standard', null, 0.95]);
  });
});

describe('years and directions', () => {
  test('the period from the title', () => {
    expect(planPeriod('玉泉区教育事业发展“十四五” 规划(2021-2025)')).toEqual({ start: 2021, end: 2025 });
    expect(planPeriod('某县教育事业“十五五”发展规划')).toEqual({ start: 2026, end: 2030 });
    // Seed 001: issued 2021-05-20, 「计划利用三年时间」 → 2021-2023 (the catalog's 2023 targets).
    expect(planPeriod('发文日期:2021-05-20\n大盛镇,计划利用三年时间,完成…')).toEqual({ start: 2021, end: 2023 });
  });

  test('the shared table of direction words, and the words around a number as the seeds read them', () => {
    expect(readDirection('以上')).toBe('>=');
    expect(readDirection('不低于')).toBe('>=');
    expect(readDirection('以内')).toBe('<=');
    expect(readDirection('控制在')).toBe('<=');
    expect(readDirection('低于')).toBe('<');
    expect(readDirection('大约')).toBeNull();
    expect(directionAround('在校生接近', '万人')).toBe('<'); // seed 004: 接近0.23万人 is "<"
    expect(directionAround('占比近', '%')).toBe('<'); // seed 000: 近60% is 58.7 %
    expect(directionAround('全区', '%左右的')).toBe('='); // seed 002: 85%左右 is "="
  });
});
