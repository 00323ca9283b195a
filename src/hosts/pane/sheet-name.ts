/**
 * A new sheet's name as Excel and WPS accept it: at most 31 characters, none of : \ / ? * [ ],
 * and not one the workbook has (compared case-insensitively), else numbered "(2)", "(3)"…
 * Shared by both host adapters (excel-io.ts, ../wps/et-io.ts).
 * @example
 * uniqueName('达标汇总', ['达标汇总']);     // '达标汇总(2)'
 * uniqueName('a/b', []);                   // 'a_b'
 */
export function uniqueName(wanted: string, taken: string[]): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 31 - String(i).length - 2)}(${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
