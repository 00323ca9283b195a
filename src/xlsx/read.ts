/**
 * Reading a whole workbook into WorkbookData: sheets in tab order with their cells, formulas,
 * merges and hidden rows; defined names; and enough of the styles to tell dates from numbers.
 * Streaming throughout (no DOM of any part), within the limits the package was opened with.
 */
import { XlsxPackage } from './open';
import { readSharedStrings } from './shared-strings';
import { readSheetPart } from './sheet-read';
import { StyleInfo, isDateStyleIn, numFmtCodeIn, readStyles } from './styles';
import { SheetData, WorkbookData } from './types';
import { readWorkbookPart } from './workbook-part';
import { readSheetTables } from './table-parts';

/**
 * Reads every sheet of an opened workbook. Throws WorkbookError 'corrupt' for a damaged part and
 * 'limit' when the cells exceed `limits.maxCells`.
 * @example
 * const wb = readWorkbook(openXlsx(fs.readFileSync('学校资源表.xlsx')));
 * const sheet = wb.sheets[0];
 * sheet.cells.find((c) => c.ref === 'F5')?.value;   // 4.62
 * sheet.cells.find((c) => c.ref === 'G5')?.formula; // 'F5/E5'
 */
export function readWorkbook(pkg: XlsxPackage): WorkbookData {
  const wb = readWorkbookPart(pkg);
  const sharedStrings = wb.sharedStringsPath ? readSharedStrings(pkg.text(wb.sharedStringsPath), wb.sharedStringsPath) : [];
  const styles: StyleInfo = wb.stylesPath ? readStyles(pkg.text(wb.stylesPath), wb.stylesPath) : { xfNumFmt: [], numFmts: new Map(), dxfCount: 0 };
  const budget = { left: pkg.limits.maxCells, max: pkg.limits.maxCells };
  const sheets: SheetData[] = [];
  for (const s of wb.sheets) {
    const base = { name: s.name, partPath: s.partPath, state: s.state, kind: s.kind };
    // Chart sheets and dialog sheets hold no cells; a missing part is an empty sheet rather than
    // a refusal (Excel repairs such a file the same way).
    if (s.kind === 'chartsheet' || s.kind === 'dialogsheet' || !pkg.has(s.partPath)) {
      sheets.push({ ...base, cells: [], merges: [], hiddenRows: [] });
      continue;
    }
    const content = readSheetPart(pkg.source(s.partPath), s.partPath, { sharedStrings, date1904: wb.date1904, budget });
    // The cells hold no piece of the part's text (XmlSource.sub copies), so it can go while the
    // workbook is computed; the patcher makes it again from the bytes the package keeps.
    pkg.releaseText(s.partPath);
    const tables = readSheetTables(pkg, s.partPath);
    sheets.push({ ...base, ...content, ...(tables.length ? { tables } : {}) });
  }
  return {
    sheets,
    definedNames: wb.definedNames,
    date1904: wb.date1904,
    iterate: wb.iterate,
    isDateStyle: (s: number) => isDateStyleIn(styles, s),
    numFmt: (s: number) => numFmtCodeIn(styles, s),
  };
}
