/**
 * Whatever text it is given, extract never throws, every quote is the source's own text at `at`,
 * every value is a finite number and every row is a target, baseline or standard (a standard without
 * a year, the others with one). Text is drawn from the characters plan sentences and tables use.
 */
import fc from 'fast-check';
import { extractRows } from '../../../src/features/extract/extract';

const PIECES = ['到', '2025', '2020', '年', '，', '。', '；', '、', '%', '％', '以上', '以内', '达到', '不低于', '控制在', '近', '左右',
  '其中：', '小学', '初中', '指标', '属性', '预期性', '\n', '\t', ' ', '1', '5', '0', '.', '万', '亿', '个', '所', '人', '（%）', '“十四五”',
  '十三五', '期间', '全覆盖', '每年', '学前三年毛入园率', '新增学位', '巩固率', '一、发展基础', '(一)', '三批次', '預計', '繁體達到'];

test('any text: no throw, verbatim quotes at their offsets, finite values, consistent kinds', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      for (const r of extractRows(text).rows) {
        expect(text.slice(r.at, r.at + r.quote.length)).toBe(r.quote);
        expect(Number.isFinite(r.value)).toBe(true);
        expect(['target', 'baseline', 'standard']).toContain(r.kind);
        expect(r.year === null).toBe(r.kind === 'standard');
      }
    }),
    { numRuns: 1500 },
  );
});
