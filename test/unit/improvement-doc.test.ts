/**
 * docs/improvement-plan.md's worked examples, computed by the EDU functions: the document's
 * numbers are the functions' (a change to either shows here).
 */
import * as fs from 'fs';
import * as path from 'path';
import { callEdu } from '../../src/domain/edu/table';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/improvement-plan.md'), 'utf8');
const col = (...xs: (number | string)[]) => xs.map((x) => [x]);

test('NEED: 6 teachers exactly, 8 from 7.2, 600 m²', () => {
  expect(callEdu('NEED', ['每百名学生拥有高于规定学历教师数', 3.0, 500, '小学'])).toBe(6);
  expect(callEdu('NEED', ['每百名学生拥有高于规定学历教师数', 3.0, 600, '小学'])).toBe(8);
  expect(callEdu('NEED', ['生均教学及辅助用房面积', 3.5, 600, '小学'])).toBe(600);
  expect(doc).toContain('= 21 − 15 = **6**');
  expect(doc).toContain('向上取整为 **8**');
});

test('PASSPLAN: the issue\'s school, and the unit costs that change it', () => {
  const values = [[3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3]];
  expect(callEdu('PASSPLAN', [values, 500, '小学'])).toEqual([[3, 0, 0, 0, 0, 100000, 0]]);
  expect(callEdu('PASSPLAN', [values, 500, '小学', [[10000, 10000, 10000, 1, 1, 1, 1]]])).toEqual([[6, 0, 0, 0, 0, 0, 0]]);
  expect(doc).toContain('**{3,0,0,0,0,100000,0}**');
  expect(doc).toContain('{6,0,0,0,0,0,0}');
});

test('CVFLOOR / CVNEED: three schools of 1000 at 1, 4, 6 per 100 → L = 1.37171, 4 teachers; as 初中 1.70333', () => {
  const L = callEdu('CVFLOOR', [col(1, 4, 6), col(1000, 1000, 1000), col('小学', '小学', '小学'), '小学']) as number;
  expect(L).toBeCloseTo((25 - Math.sqrt(408)) / 3.5, 12);
  expect(doc).toContain(`L = (25 − √408)/3.5 = **${L.toFixed(5)}**`);
  expect(callEdu('CVNEED', ['高学历教师', col(1, 4, 6), col(1000, 1000, 1000), col('小学', '小学', '小学'), '小学'])).toBe(4);
  const J = callEdu('CVFLOOR', [col(1, 4, 6), col(1000, 1000, 1000), col('初中', '初中', '初中'), '初中']) as number;
  expect(doc).toContain(`L = ${J.toFixed(5)}`);
  // Before: CV 0.560 > 0.50.
  expect((callEdu('DIFFCOEF', [col(1, 4, 6), col(1000, 1000, 1000)]) as number).toFixed(3)).toBe('0.560');
});
