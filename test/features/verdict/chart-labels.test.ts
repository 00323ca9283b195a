/** Chart labels measured by East Asian width and wrapped (the rendering is proven in test/browser/report.test.ts). */
import { textWidth, wrapLabel } from '../../../src/features/report/chart-labels';

test('width: a Chinese character is 2 columns, a Latin one 1, a column 0.6 em', () => {
  expect(textWidth('生均', 13)).toBeCloseTo(4 * 0.6 * 13, 9); // 31.2
  expect(textWidth('12 / 30', 13)).toBeCloseTo(7 * 0.6 * 13, 9); // 54.6
});

test('wrap: every line within the width; closing punctuation never starts a line, an opening bracket never ends one', () => {
  const name = '每百名学生拥有体育、艺术(美术、音乐)专任教师数';
  // At 200 px a line holds 200 / 7.8 = 25 columns: 每百名学生拥有体育、艺术 is 24, adding ( makes 25 but
  // (美 would pass 200 px; the bracket goes down with what it opens.
  expect(wrapLabel(name, 200, 13)).toEqual(['每百名学生拥有体育、艺术', '(美术、音乐)专任教师数']);
  for (const w of [60, 90, 120, 150, 200, 250]) {
    const lines = wrapLabel(name, w, 13);
    expect(lines.join('')).toBe(name);
    for (const l of lines) {
      expect(textWidth(l.replace(/[、)]$/, ''), 13)).toBeLessThanOrEqual(w);
      expect(l).not.toMatch(/^[、)]|\($/);
    }
  }
  expect(wrapLabel('班额', 200, 13)).toEqual(['班额']);
  expect(wrapLabel('', 200, 13)).toEqual(['']);
});
