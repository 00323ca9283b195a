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
