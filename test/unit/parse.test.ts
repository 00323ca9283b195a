import { MetricError } from '../../src/domain/core/errors';
import { parseNumber, parseNumberText, requireNumber } from '../../src/domain/core/parse';

describe('parseNumber: numbers as county staff type them', () => {
  test.each([
    ['４２', 42], ['1,234', 1234], ['1，234', 1234], [' 42 ', 42], ['85%', 0.85], ['85％', 0.85],
    ['１２．５', 12.5], ['-3', -3], ['1,234,567.5', 1234567.5], ['0.5%', 0.005], ['1e3', 1000], ['1 234', 1234],
  ])('%s → %d', (text, n) => expect(parseNumber(text)).toBe(n));

  test.each(['', '  ', '—', '-', '/'])('blank mark %j is missing (null), never 0', (t) => expect(parseNumber(t)).toBeNull());
  test('null and undefined are missing', () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
  });
  test.each(['abc', '1,23', '12a', '4 2', '%', '1.2.3'])('%j is #VALUE!', (t) => {
    expect(() => parseNumber(t, '学生数 / students')).toThrow(MetricError);
    try {
      parseNumber(t, '学生数 / students');
    } catch (e) {
      expect((e as MetricError).code).toBe('#VALUE!');
      expect((e as MetricError).message).toMatch(/^学生数「.*」不是数字 \/ students ".*" is not a number$/);
    }
  });
  test('NaN and ±Infinity are #NUM!', () => {
    for (const x of [NaN, Infinity, -Infinity]) expect(() => parseNumber(x)).toThrow(expect.objectContaining({ code: '#NUM!' }));
  });
  test('a boolean is not a number', () => expect(() => parseNumber(true)).toThrow(expect.objectContaining({ code: '#VALUE!' })));
  test('requireNumber refuses a blank with the argument named, Chinese first', () => {
    expect(() => requireNumber(null, '学生数 / students')).toThrow('缺少学生数（单元格为空） / students is missing (blank cell)');
  });
  test('percent text is the fraction Excel would store', () => expect(parseNumberText('85%')).toBe(0.85));
});
