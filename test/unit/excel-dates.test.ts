/**
 * EDATE and DATEDIF as Excel computes them (src/engine/excel/excel-dates.ts). Values by hand from the
 * calendar; the same rows through fill are held to LibreOffice in test/cross-engine.
 */
import { addMonths, dateDif, daysInMonth } from '../../src/engine/excel/excel-dates';

const d = (year: number, month: number, day: number) => ({ year, month, day });

test('days in a month, leap years by the Gregorian rule', () => {
  expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 12)]).toEqual([29, 28, 28, 29, 31]);
});

test('addMonths cuts the day to the month, across years both ways', () => {
  expect(addMonths(d(2024, 1, 31), 1)).toEqual(d(2024, 2, 29));
  expect(addMonths(d(2023, 1, 31), 1)).toEqual(d(2023, 2, 28));
  expect(addMonths(d(2024, 11, 30), 3)).toEqual(d(2025, 2, 28));
  expect(addMonths(d(2024, 1, 15), -2)).toEqual(d(2023, 11, 15));
  expect(addMonths(d(2024, 5, 31), 1.9)).toEqual(d(2024, 6, 30)); // months truncated, as Excel does
});

test('dateDif: every unit, case-insensitive; start after end is undefined (#NUM!)', () => {
  // 2020-09-01 → 2024-06-30: 1398 days, 45 whole months, 3 years 9 months 29 days; 303 days from 2023-09-01.
  const a = d(2020, 9, 1);
  const b = d(2024, 6, 30);
  expect(['d', 'M', 'y', 'YM', 'md', 'yd'].map((u) => dateDif(a, b, 1398, u))).toEqual([1398, 45, 3, 9, 29, 303]);
  // 2024-01-31 → 2024-03-01: one whole month (the 1st is before the 31st, so not two). MD there is
  // Excel's documented quirk (Microsoft: "may result in a negative number"), not asserted.
  expect(dateDif(d(2024, 1, 31), d(2024, 3, 1), 30, 'm')).toBe(1);
  // MD across a month end: 2024-01-20 → 2024-03-05 is 2024-02-20 + 14 days (February has 29).
  expect(dateDif(d(2024, 1, 20), d(2024, 3, 5), 45, 'md')).toBe(14);
  expect(dateDif(b, a, -1398, 'd')).toBeUndefined();
  expect(dateDif(a, b, 1398, 'w')).toBeUndefined();
});
