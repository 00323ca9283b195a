import { attainment, gap, meets } from '../../src/domain/core/compare';
import { parseStage, stageFallbacks } from '../../src/domain/core/stage';
import { normalizeKey } from '../../src/domain/core/text';

describe('parseStage', () => {
  test.each([
    ['小学', 'primary'], ['小學', 'primary'], [' Primary ', 'primary'], ['ＪＵＮＩＯＲ', 'junior'], ['初中', 'junior'],
    ['高中', 'senior'], ['幼儿园', 'preschool'], ['幼兒園', 'preschool'], ['学前', 'preschool'], ['九年一贯制', 'nine_year'],
    ['十二年一貫制', 'twelve_year'], ['preschool', 'preschool'],
  ])('%j → %s', (t, s) => expect(parseStage(t)).toBe(s));
  test('unknown stage lists the accepted names', () => expect(() => parseStage('大学')).toThrow(/可用：小学、初中/));
  test('a 小学 lookup falls back to 义务教育 then all', () => expect(stageFallbacks('primary')).toEqual(['primary', 'compulsory', 'all']));
});

describe('meets: the one comparison', () => {
  test('以上 is ≥ and includes the threshold', () => expect(meets(4.5, '>=', 4.5)).toBe(true));
  test('a value computed a hair below still meets (900/200 style float noise)', () => expect(meets(4.499999999999999, '>=', 4.5)).toBe(true));
  test('不超过 is ≤', () => {
    expect(meets(45, '<=', 45)).toBe(true);
    expect(meets(46, '<=', 45)).toBe(false);
  });
  test('低于 is strict', () => {
    expect(meets(0.15, '<', 0.15)).toBe(false);
    expect(meets(0.1499, '<', 0.15)).toBe(true);
  });
  test('attainment and gap', () => {
    expect(attainment(3.6, '>=', 4.5)).toBeCloseTo(0.8, 15);
    expect(attainment(50, '<=', 45)).toBeCloseTo(0.9, 15);
    expect(gap(3.6, '>=', 4.5)).toBe(0.9);
    expect(gap(48, '<=', 45)).toBe(3);
    expect(gap(5, '>=', 4.5)).toBe(0);
  });
});

test('normalizeKey folds width, case, spaces and punctuation', () => {
  expect(normalizeKey(' 生均教学及辅助用房面积（m²） ')).toBe(normalizeKey('生均教学及辅助用房面积m2'));
  expect(normalizeKey('ＡＢＣ def')).toBe('abcdef');
});
