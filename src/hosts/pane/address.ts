/**
 * Sheet-qualified addresses as Excel's API gives and takes them ('Sheet1!F5:F9', "'学校 数据'!A1",
 * several areas joined by commas). The A1 part itself is read by src/xlsx/refs.ts, the one A1 module.
 */

/**
 * Splits 'Sheet1!F5' into the sheet and the local address; a quoted sheet name is unquoted.
 * @example
 * splitSheet("'学校 数据'!F5"); // { sheet: '学校 数据', local: 'F5' }
 * splitSheet('F5');            // { sheet: null, local: 'F5' }
 */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/**
 * A sheet name as it must appear in a reference: quoted when it is not a plain word.
 * @example
 * quoteSheet('Sheet1');    // 'Sheet1'
 * quoteSheet('学校 数据');  // "'学校 数据'"
 * quoteSheet("O'Neil");    // "'O''Neil'"
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The parts of a multi-area address ("Sheet1!A1:B2, 'x, y'!C3") without their sheets.
 * @example splitAreas('Sheet1!A1:C1, Sheet1!A2:A3'); // ['A1:C1', 'A2:A3']
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((a) => splitSheet(a.trim()).local).filter(Boolean);
}
