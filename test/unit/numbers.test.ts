import { numbersIn, parseChineseNumeral, valueInQuote } from '../../src/build/catalog/numbers';

test('Chinese numerals', () => {
  expect(parseChineseNumeral('十五')).toBe(15);
  expect(parseChineseNumeral('一千二百')).toBe(1200);
  expect(parseChineseNumeral('二〇二五')).toBe(2025);
  expect(parseChineseNumeral('三')).toBe(3);
  expect(parseChineseNumeral('两万')).toBe(20000);
});

test('numbers in a sentence: separators, 万, full width', () => {
  expect(numbersIn('小学缺口共计7,200个学位')).toContain(7200);
  expect(numbersIn('约0.72万')).toContain(7200);
  expect(numbersIn('达到９６％')).toContain(96);
});

test('a value is in its quote as written or as a percentage', () => {
  expect(valueInQuote(0.96, '巩固率达到96%以上')).toBe(true);
  expect(valueInQuote(7200, '小学缺口共计7200个学位')).toBe(true);
  expect(valueInQuote(0.9, '覆盖率达到85%')).toBe(false);
  expect(valueInQuote(3, '三年内')).toBe(true);
  expect(valueInQuote(1, '所有教師繼續教育實現全覆蓋')).toBe(true);
  expect(valueInQuote(0.9, '实现全覆盖')).toBe(false);
  expect(valueInQuote(1 / 3, '东城区占近1/3')).toBe(true);
  expect(valueInQuote(1 / 3, '约三分之一')).toBe(true);
});
