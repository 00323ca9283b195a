/** docs/statistics.md names every cell the layout table reads, as `table [row/col]` — so the two cannot drift apart. */
import * as fs from 'fs';
import * as path from 'path';
import { KINDERGARTEN_SOURCES, SHARED_SOURCES, STAGE_SOURCES, type CellAt, type Term } from '../../../../src/features/collect/statistics/layout';

const doc = fs.readFileSync(path.join(__dirname, '../../../../docs/statistics.md'), 'utf8');
const cells = (terms: readonly Term[]): CellAt[] => terms.flatMap((t) => ('oneOf' in t ? t.oneOf.flat() : [t as CellAt]));

test('every cell of the layout table is documented with its table, 编号 and 栏号', () => {
  const all = [
    ...Object.values(STAGE_SOURCES).flatMap((st) => Object.values(st).flatMap((g) => [...cells(g['2018']), ...cells(g['2021'])])),
    ...Object.values(SHARED_SOURCES).flatMap((g) => [...cells(g['2018']), ...cells(g['2021'])]),
    ...Object.values(KINDERGARTEN_SOURCES).flatMap((g) => [...cells(g['2018']), ...cells(g['2021'])]),
  ];
  expect(all.length).toBeGreaterThan(50);
  // A cell is documented when its table is named and `[row/col]` follows it in the same line.
  const missing = all.filter(([t, r, c]) => !doc.split('\n').some((line) => line.includes(t) && line.includes(`[${r}/${c}]`)));
  expect(missing).toEqual([]);
});
