/**
 * Excel's date arithmetic where HyperFormula differs: EDATE (HyperFormula gives 28 Feb for
 * EDATE(DATE(2024,1,31),1); Excel and LibreOffice 29 Feb) and DATEDIF (HyperFormula knows only
 * upper-case units: DATEDIF(…,"y") is #NUM! there, 3 in Excel). Pure: dates are {year, month, day}
 * and the caller converts serial numbers with its own date system (1900 or 1904).
 */

/** A calendar date, month 1–12. */
export interface YMD { year: number; month: number; day: number }

/**
 * Days in a month of the Gregorian calendar.
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` months after `d`, the day cut to the month's last (Excel's EDATE).
 * @example
 * addMonths({ year: 2024, month: 1, day: 31 }, 1); // { year: 2024, month: 2, day: 29 }
 */
export function addMonths(d: YMD, months: number): YMD {
  const m = d.month - 1 + Math.trunc(months);
  const year = d.year + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * DATEDIF(start, end, unit) as Excel computes it, given both dates and the day difference;
 * undefined for an unknown unit or start after end (Excel's #NUM!). Units are case-insensitive.
 * @example
 * dateDif({ year: 2020, month: 9, day: 1 }, { year: 2024, month: 6, day: 30 }, 1398, 'y'); // 3
 * dateDif({ year: 2020, month: 9, day: 1 }, { year: 2024, month: 6, day: 30 }, 1398, 'ym'); // 9
 */
export function dateDif(a: YMD, b: YMD, days: number, unit: string): number | undefined {
  if (days < 0) return undefined;
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  switch (unit.trim().toUpperCase()) {
    case 'D':
      return days;
    case 'M':
      return months;
    case 'Y':
      return Math.floor(months / 12);
    case 'YM':
      return months % 12;
    case 'MD': {
      // The days past the last whole month: from the start's day in the month before the end's.
      if (b.day >= a.day) return b.day - a.day;
      const prev = b.month === 1 ? { year: b.year - 1, month: 12 } : { year: b.year, month: b.month - 1 };
      return daysInMonth(prev.year, prev.month) - a.day + b.day;
    }
    case 'YD': {
      // The days past the last whole year: the start moved into the end's year (or the one before).
      const toUtc = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day);
      let y = b.year;
      const moved = (year: number) => ({ year, month: a.month, day: Math.min(a.day, daysInMonth(year, a.month)) });
      if (toUtc(moved(y)) > toUtc(b)) y--;
      return Math.round((toUtc(b) - toUtc(moved(y))) / 86_400_000);
    }
    default:
      return undefined;
  }
}

const DAY_MS = 86_400_000;
/** Serial 1 of the 1900 system is 1900-01-01, so day 0 of the count is 1899-12-31. */
const BASE_1900 = Date.UTC(1899, 11, 31);
/** Serial 0 of the 1904 system is 1904-01-01. */
const BASE_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel has, in each system. */
const LAST = { 1900: 2958465, 1904: 2957003 };

/**
 * A serial number's date as Excel's YEAR, MONTH and DAY read it. In the 1900 system Excel counts
 * from a fictitious 1900-01-00 (serial 0) and keeps Lotus's 1900-02-29 (serial 60) — Microsoft,
 * "Excel incorrectly assumes that the year 1900 is a leap year" and DATE: "the date January 1, 1900
 * is serial number 1". HyperFormula counts from 1899-12-30, so YEAR(0) — the YEAR of a blank cell —
 * was 1899 (Excel: 1900) and every serial below 61 a day early: POI's 61652.xlsx computes
 * DATE(YEAR(A5),MONTH(A5),$A$2) over blanks, 0 in Excel, 693931 (year 3799) here. A fraction is the
 * time of day (dropped); undefined (#NUM!) below 0 or past 9999-12-31.
 * @example
 * serialToDate(0);     // { year: 1900, month: 1, day: 0 }
 * serialToDate(60);    // { year: 1900, month: 2, day: 29 }
 * serialToDate(45351); // { year: 2024, month: 2, day: 29 }
 */
export function serialToDate(serial: number, date1904 = false): YMD | undefined {
  const n = Math.floor(serial);
  if (n < 0 || n > LAST[date1904 ? 1904 : 1900]) return undefined;
  if (!date1904 && n === 0) return { year: 1900, month: 1, day: 0 };
  if (!date1904 && n === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(date1904 ? BASE_1904 + n * DAY_MS : BASE_1900 + (n < 60 ? n : n - 1) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * DATE(year, month, day) as Excel computes it (Microsoft, "DATE function": "If year is between 0
 * (zero) and 1899 (inclusive), Excel adds that value to 1900", "If year is less than 0 or is 10000
 * or greater, Excel returns the #NUM! error value"; a month or day past its range carries over).
 * The day is added to the first of the month, in Excel's count (1900-02-29 included), so
 * DATE(1900,1,0) is 0 and DATE(1900,2,29) 60, as Excel gives them. Undefined (#NUM!) outside
 * 0 … 9999-12-31.
 * @example
 * dateToSerial(2024, 2, 29); // 45351
 * dateToSerial(1900, 1, 0);  // 0
 * dateToSerial(1899, 12, 0); // 693931: the year 3799 (1899 + 1900)
 */
export function dateToSerial(year: number, month: number, day: number, date1904 = false): number | undefined {
  let y = Math.trunc(year);
  if (y >= 0 && y <= 1899) y += 1900;
  if (y < 0 || y >= 10000) return undefined;
  const first = Date.UTC(y, Math.trunc(month) - 1, 1);
  let n = (first - (date1904 ? BASE_1904 : BASE_1900)) / DAY_MS;
  if (!date1904 && n >= 60) n += 1; // 1900-03-01 and after: past Lotus's 1900-02-29
  n += Math.trunc(day) - 1;
  return n < 0 || n > LAST[date1904 ? 1904 : 1900] ? undefined : n;
}
