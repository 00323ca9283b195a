/**
 * 补短测算 (issue 26) down a column, as the improvement-plan sheet has them: EDU.NEED per school and
 * EDU.CVFLOOR / EDU.CVNEED over the county go through the fast path (src/engine/fast) and give
 * exactly what HyperFormula alone gives; EDU.PASSPLAN spills, so it is HyperFormula's, beside them.
 */
import { book, same, type Input } from './routes';
import { improvementCases } from '../../conformance/cases-improvement';
import { toWorkbook } from '../../conformance/run';
import { cellRef } from '../../../src/xlsx/refs';

test('NEED, CVFLOOR and CVNEED filled down a column: the fast path takes them and agrees with HyperFormula', () => {
  // 小学 schools: 高学历 per 100 students (B) and students (C). The first two are the issue's
  // NEED examples: 3.0 with 600 students → 8 teachers (7.2), with 500 → 6 (exactly 6.0).
  const rows: [number, number][] = [[3.0, 600], [3.0, 500], [4.2, 800], [5.0, 300], [3.9, 1200], [2.5, 150]];
  const cells: Record<string, Input> = {};
  rows.forEach(([v, n], i) => {
    const r = i + 1;
    cells[`A${r}`] = '小学';
    cells[`B${r}`] = v;
    cells[`C${r}`] = n;
    cells[`D${r}`] = { f: `EDU.NEED("每百名学生拥有高于规定学历教师数",B${r},C${r},A${r})` };
    // A running floor and need over the schools so far, with the limit 0.1 (tight, so most rows raise someone).
    cells[`E${r}`] = { f: `EDU.CVFLOOR(B$1:B${r},C$1:C${r},,,0.1)` };
    cells[`F${r}`] = { f: `EDU.CVNEED("高学历教师",B$1:B${r},C$1:C${r},,,0.1)` };
  });
  cells.G1 = { f: 'EDU.PASSPLAN({3,1,0.9,4.5,7.5,1800,2.3},500,"小学")' };
  const ev = same(book(cells));
  expect(ev.fastCount).toBe(rows.length * 3);
  const v = ev.values.get('S')!;
  expect(v.get('D1')).toBe(8);
  expect(v.get('D2')).toBe(6);
  expect(v.get('D3')).toBe(0); // at the standard 4.2
  // E2: two schools both at 3.0: CV 0, nothing to raise, the smallest value.
  expect(v.get('E2')).toBe(3);
  // The PASSPLAN example, spilled by HyperFormula over G1:M1.
  expect(ev.grids.get('S')![0].slice(6, 13)).toEqual([3, 0, 0, 0, 0, 100000, 0]);
});

describe('every NEED / CVFLOOR / CVNEED conformance row, its formula filled down three rows', () => {
  // The rows of test/conformance/cases-improvement.ts with their ranges on the same sheet (absolute
  // references, so the three formulas are the one formula filled down), through evaluateWorkbook:
  // the fast path must take all three and give the row's expected value, as HyperFormula does.
  const rows = improvementCases.filter((c) => c.fn !== 'PASSPLAN');
  test.each(rows.map((c) => [`EDU.${c.fn}(${c.args.map((a) => JSON.stringify(a) ?? '').join(', ')})`, c] as const))('%s', (_l, c) => {
    const { formula, data } = toWorkbook(c);
    const cells: Record<string, Input> = {};
    data.forEach((r, i) => r.forEach((x, j) => {
      if (x !== null && x !== undefined) cells[cellRef(i, j)] = typeof x === 'string' && x.startsWith("'") ? x.slice(1) : (x as number);
    }));
    const f = formula.slice(1).split('Data!').join('');
    for (let r = 1; r <= 3; r++) cells[`Z${r}`] = { f };
    const ev = same(book(cells));
    expect(ev.fastCount).toBe(3);
    for (let r = 1; r <= 3; r++) {
      const v = ev.values.get('S')!.get(`Z${r}`);
      const e = c.expect;
      if (typeof e === 'number') expect(Math.abs((v as number) - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
      else expect(v).toEqual({ error: (e as { error: string }).error });
    }
  });
});
