/** Shared expectations for the task pane tests. */
import { colIndex, colName, parseRangeRef, rangeRef } from '../../../src/xlsx/refs';
import { quoteSheet, splitAreas, splitSheet } from '../../../src/hosts/pane/address';

/** The A1 reference forms a cell field accepts and refuses. @example a1Check(isCellRef); */
export function a1Check(isCellRef: (s: string) => boolean): void {
  for (const ok of ['F5', '$F$5', 'f5', 'XFD1048576', 'Sheet1!F5', "'学校 数据'!F5", '数据!$B$2', "'O''Neil'!A1"]) expect([ok, isCellRef(ok)]).toEqual([ok, true]);
  for (const bad of ['', 'F', '5', 'F5:F9', '=F5', 'F0', 'Sheet1!', 'ABCD1', 'F5 G5']) expect([bad, isCellRef(bad)]).toEqual([bad, false]);
}

/** Round trips of the A1 helpers. @example test('A1', a1RoundTrips); */
export function a1RoundTrips(): void {
  for (const c of [0, 25, 26, 27, 701, 702, 16383]) expect(colIndex(colName(c))).toBe(c);
  expect(colName(16383)).toBe('XFD');
  expect(rangeRef(parseRangeRef('b2:d4'))).toBe('B2:D4');
  expect(splitSheet("'O''Neil'!A1")).toEqual({ sheet: "O'Neil", local: 'A1' });
  expect(quoteSheet('Sheet1')).toBe('Sheet1');
  expect(quoteSheet('A1')).toBe("'A1'");
  expect(splitAreas("Sheet1!A1:C1, 'a, b'!A2:A3")).toEqual(['A1:C1', 'A2:A3']);
}
