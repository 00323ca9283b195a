/** SheetBuilder keeps one cell per address: a second put replaces the first in its place. */
import { SheetBuilder } from '../../../src/features/templates/builder';

test('put replaces a cell in place, merged styles its area, one entry per address', () => {
  const b = new SheetBuilder('s');
  b.put(0, 0, { value: 1 }).put(0, 1, { value: 2 }).put(0, 0, { value: 3, style: 'title' });
  b.merged(1, 0, 1, 1, { value: 'x', style: 'group' }).put(1, 1, { value: 4 });
  expect(b.spec.cells).toEqual([
    { ref: 'A1', value: 3, style: 'title' },
    { ref: 'B1', value: 2 },
    { ref: 'A2', value: 'x', style: 'group' },
    { ref: 'B2', value: 4 },
  ]);
  expect(b.spec.merges).toEqual(['A2:B2']);
});
