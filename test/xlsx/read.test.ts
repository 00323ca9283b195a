/**
 * Reading: values by stored type, shared strings (rich text, phonetics, escapes), formulas —
 * shared formulas expanded cell by cell and checked against hand-written text — array formulas,
 * merges, hidden rows, defined names, date styles, and the odd corners of the format.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { CellData, SheetData, WorkbookData } from '../../src/xlsx/types';
import { NS, REL_NS, handWorkbook, sheetXml } from '../fixtures/xlsx/make-fixtures';

const FIXTURES = path.join(__dirname, '../fixtures/xlsx');

function cellMap(s: SheetData): Map<string, CellData> {
  return new Map(s.cells.map((c) => [c.ref, c]));
}

describe('rich.xlsx (made with exceljs)', () => {
  let wb: WorkbookData;
  let s1: Map<string, CellData>;
  beforeAll(() => {
    wb = readWorkbook(openXlsx(fs.readFileSync(path.join(FIXTURES, 'rich.xlsx'))));
    s1 = cellMap(wb.sheets[0]);
  });

  test('sheets, order, state, parts', () => {
    expect(wb.sheets.map((s) => [s.name, s.state, s.kind, s.partPath])).toEqual([
      ['学校资源', 'visible', 'worksheet', 'xl/worksheets/sheet1.xml'],
      ['学位供需', 'visible', 'worksheet', 'xl/worksheets/sheet2.xml'],
      ['隐藏参数', 'hidden', 'worksheet', 'xl/worksheets/sheet3.xml'],
    ]);
  });

  test('defined names', () => {
    expect(wb.definedNames).toEqual([
      { name: '学生总数', formula: "'学校资源'!$C$8" },
      { name: '用房标准', formula: "'隐藏参数'!$B$1" },
    ]);
  });

  test('values of every type', () => {
    expect(s1.get('A1')).toMatchObject({ row: 0, col: 0, type: 'string', value: '2024年县域学校资源表' });
    expect(s1.get('B1')).toMatchObject({ type: 'blank', value: null, styleIndex: 1 });
    expect(s1.get('C3')).toMatchObject({ row: 2, col: 2, type: 'number', value: 1200 });
    expect(s1.get('G3')!.value).toBe(1200 / 3950);
    expect(s1.get('F8')).toMatchObject({ type: 'boolean', value: true, formula: 'C8>3000' });
    expect(s1.get('G8')).toMatchObject({ type: 'error', value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(s1.get('F4')).toMatchObject({ type: 'string', value: '未达标', formula: 'IF(E4>=4.5,"达标","未达标")' });
  });

  test('shared formulas are expanded to every cell of the block', () => {
    for (let r = 3; r <= 7; r++) expect(s1.get(`E${r}`)!.formula).toBe(`D${r}/C${r}`);
    expect(s1.get('E4')!.value).toBe(4.125);
  });

  test('array formulas: the master carries formula and range; the rest only values', () => {
    expect(s1.get('I3')).toMatchObject({ formula: 'C3:C5*2', arrayRef: 'I3:I5', value: 2400 });
    expect(s1.get('I4')).toMatchObject({ value: 1600 });
    expect(s1.get('I4')!.formula).toBeUndefined();
  });

  test('styles: number formats and dates', () => {
    expect(wb.numFmt(s1.get('D3')!.styleIndex)).toBe('#,##0.00');
    expect(wb.numFmt(s1.get('G3')!.styleIndex)).toBe('0.0%');
    expect(wb.isDateStyle(s1.get('G3')!.styleIndex)).toBe(false);
    expect(s1.get('H3')!.value).toBe(45536);
    expect(wb.isDateStyle(s1.get('H3')!.styleIndex)).toBe(true);
    expect(wb.isDateStyle(0)).toBe(false);
    expect(wb.isDateStyle(999)).toBe(false);
  });

  test('merges, hidden rows, dimension, cross-sheet formulas', () => {
    const s = wb.sheets[0];
    expect(s.merges).toEqual(['A1:F1']);
    expect(s.hiddenRows).toEqual([8]);
    expect(s.dimension).toBe('A1:I9');
    expect(cellMap(wb.sheets[1]).get('B6')).toMatchObject({ formula: "'学校资源'!C8*1.1", value: 4345 });
  });

  test('cells come in row-major order', () => {
    for (const s of wb.sheets) {
      const keys = s.cells.map((c) => c.row * 16384 + c.col);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });
});

describe('hand-written parts', () => {
  const SST =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="6" uniqueCount="6">` +
    '<si><t>城关一小</t></si>' +
    '<si><r><rPr><b/></rPr><t>生均</t></r><r><t xml:space="preserve"> 面积 </t></r><rPh sb="0" eb="2"><t>shengjun</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t>a_x000D_b &amp; &lt;c&gt;</t></si>' +
    '<si><t/></si>' +
    '<si><t>line1\r\nline2</t></si>' +
    '<si><t>_x005F_x0041_</t></si>' +
    '</sst>';

  // A 3×2 shared block C2:D4 whose master mixes every kind of reference.
  const MASTER = `A2+$B$1+B$2+$A2+Sheet2!A2+'My Sheet'!$A2+SUM(A:A)+SUM(2:2)+"A2"&amp;LOG10(A2)`;
  const expectedShared = (r: number, c: number): string => {
    const col = (n: number) => String.fromCharCode(65 + n);
    return (
      `${col(c - 2)}${r}+$B$1+${col(c - 1)}$2+$A${r}+Sheet2!${col(c - 2)}${r}+'My Sheet'!$A${r}+SUM(${col(c - 2)}:${col(c - 2)})+SUM(${r}:${r})+"A2"&LOG10(${col(c - 2)}${r})`
    );
  };

  const MAIN = sheetXml(
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
      '<row r="2"><c r="A2"><v>1.5E-3</v></c><c r="B2"><v>-0.25</v></c>' +
      `<c r="C2"><f t="shared" ref="C2:D4" si="0">${MASTER}</f><v>1</v></c><c r="D2"><f t="shared" si="0"/><v>2</v></c>` +
      '<c r="E2"><f t="shared" ref="E2:G2" si="1">$A2*E$1</f><v>0</v></c><c r="F2"><f t="shared" si="1"/><v>0</v></c><c r="G2"><f t="shared" si="1"/><v>0</v></c></row>' +
      '<row r="3" hidden="1"><c r="A3"><v>12345678901234567</v></c><c r="B3"><v>0.30000000000000004</v></c><c r="C3"><f t="shared" si="0"/><v>3</v></c><c r="D3"><f t="shared" si="0"/><v>4</v></c></row>' +
      '<row r="4"><c r="C4"><f t="shared" si="0"/><v>5</v></c><c r="D4"><f t="shared" si="0"/><v>6</v></c></row>' +
      '<row r="5"><c r="A5" t="b"><v>0</v></c><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
      '<c r="D5" t="inlineStr"><is><r><t>内联</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c><c r="E5" t="d"><v>2024-09-01T12:00:00</v></c>' +
      '<c r="F5" s="1"><v>0.85</v></c><c r="G5" s="2"><v>45536</v></c><c r="H5" s="3"><v>45537</v></c></row>' +
      '<row r="6"><c r="A6"><f t="array" ref="A6:A7">B6:B7*2</f><v>2</v></c><c r="B6"><v>1</v></c></row>' +
      '<row r="7"><c r="A7"><v>4</v></c><c r="B7"><v><![CDATA[2]]></v></c></row>' +
      // Cells and a row without r, a comment and a processing instruction among them.
      '<row><c><v>10</v></c><!-- note --><c><v>11</v></c><?pi x?><c r="E8"><v>12</v></c><c><v>13</v></c></row>' +
      '<row r="9" hidden="true"><c r="A9" t="s"><v>4</v></c><c r="B9" t="str"><f>A1</f><v>a_x000D_b</v></c></row>',
    {
      before: '<dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>',
      after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C6:D7"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    },
  );

  let wb: WorkbookData;
  let m: Map<string, CellData>;
  beforeAll(() => {
    const bytes = handWorkbook(
      [
        { name: 'Main', xml: MAIN },
        { name: 'Sheet2', xml: sheetXml('<row r="2"><c r="A2"><v>7</v></c></row>') },
        { name: 'My Sheet', xml: sheetXml(''), state: 'veryHidden' },
      ],
      { sst: SST, extraWorkbookXml: '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Main!$A$1:$H$9</definedName><definedName name="标准" hidden="1">4.5</definedName></definedNames><calcPr calcId="191029"/>' },
    );
    wb = readWorkbook(openXlsx(bytes));
    m = cellMap(wb.sheets[0]);
  });

  test('shared strings: plain, rich text without phonetics, escapes, entities, line ends', () => {
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((r) => m.get(r)!.value)).toEqual(['城关一小', '生均 面积 ', 'a\rb & <c>', '', 'line1\nline2', '_x0041_']);
  });

  test('shared formula block C2:D4, cell by cell', () => {
    for (let r = 2; r <= 4; r++) {
      for (const c of [2, 3]) {
        const ref = `${String.fromCharCode(65 + c)}${r}`;
        expect({ ref, f: m.get(ref)!.formula }).toEqual({ ref, f: expectedShared(r, c) });
      }
    }
    // Spot-check one by hand, to be sure the generator above is right.
    expect(m.get('D3')!.formula).toBe(`B3+$B$1+C$2+$A3+Sheet2!B3+'My Sheet'!$A3+SUM(B:B)+SUM(3:3)+"A2"&LOG10(B3)`);
  });

  test('a shared formula filled right', () => {
    expect(['E2', 'F2', 'G2'].map((r) => m.get(r)!.formula)).toEqual(['$A2*E$1', '$A2*F$1', '$A2*G$1']);
  });

  test('numbers are parsed exactly', () => {
    expect(m.get('A2')!.value).toBe(0.0015);
    expect(m.get('B2')!.value).toBe(-0.25);
    expect(m.get('A3')!.value).toBe(12345678901234567);
    expect(m.get('B3')!.value).toBe(0.1 + 0.2);
    expect(m.get('B7')!.value).toBe(2);
  });

  test('booleans, errors, string results, inline strings, ISO dates', () => {
    expect(m.get('A5')).toMatchObject({ type: 'boolean', value: false });
    expect(m.get('B5')).toMatchObject({ type: 'error', value: { error: '#N/A' } });
    expect(m.get('C5')).toMatchObject({ type: 'string', value: 'xy', formula: '"x"&"y"' });
    expect(m.get('D5')).toMatchObject({ type: 'string', value: '内联文本' });
    expect(m.get('E5')).toMatchObject({ type: 'number', value: 45536.5 });
    expect(m.get('B9')).toMatchObject({ type: 'string', value: 'a\rb', formula: 'A1' });
  });

  test('date styles: built-in 14 and a custom 年月日 format are dates, a percent is not', () => {
    expect(wb.isDateStyle(m.get('F5')!.styleIndex)).toBe(false);
    expect(wb.isDateStyle(m.get('G5')!.styleIndex)).toBe(true);
    expect(wb.isDateStyle(m.get('H5')!.styleIndex)).toBe(true);
    expect(wb.numFmt(m.get('G5')!.styleIndex)).toBe('yyyy"年"m"月"d"日"');
  });

  test('array formula', () => {
    expect(m.get('A6')).toMatchObject({ formula: 'B6:B7*2', arrayRef: 'A6:A7', value: 2 });
    expect(m.get('A7')!.formula).toBeUndefined();
  });

  test('cells and rows without r follow their neighbours', () => {
    expect(['A8', 'B8', 'E8', 'F8'].map((r) => m.get(r)?.value)).toEqual([10, 11, 12, 13]);
  });

  test('merges, hidden rows, dimension, names, states', () => {
    const s = wb.sheets[0];
    expect(s.merges).toEqual(['A1:B1', 'C6:D7']);
    expect(s.hiddenRows).toEqual([2, 8]);
    expect(s.dimension).toBe('A1:H9');
    expect(wb.sheets.map((x) => x.state)).toEqual(['visible', 'visible', 'veryHidden']);
    expect(wb.definedNames).toEqual([
      { name: '_xlnm.Print_Area', localSheet: 0, formula: 'Main!$A$1:$H$9' },
      { name: '标准', hidden: true, formula: '4.5' },
    ]);
  });
});

describe('odd but valid workbooks', () => {
  test('a dimension claiming the whole grid, with 3 cells, allocates nothing for it', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c></row>', {
      before: '<dimension ref="A1:XFD1048576"/>',
    });
    const before = process.memoryUsage().heapUsed;
    const t = Date.now();
    const wb = readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }])));
    expect(Date.now() - t).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    const s = wb.sheets[0];
    expect(s.dimension).toBe('A1:XFD1048576');
    // Out-of-order rows are put in row-major order.
    expect(s.cells.map((c) => [c.ref, c.row, c.col, c.value])).toEqual([
      ['A1', 0, 0, 1],
      ['C5', 4, 2, 3],
      ['XFD1048576', 1048575, 16383, 2],
    ]);
  });

  test('a prefixed SpreadsheetML part (x:worksheet, as some .NET tools write)', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`;
    const s = readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }]))).sheets[0];
    expect(s.cells.map((c) => [c.ref, c.value, c.formula])).toEqual([
      ['A1', '前缀', undefined],
      ['B1', 2, '1+1'],
    ]);
    expect(s.merges).toEqual(['A1:A2']);
  });

  test('the 1904 date system and a UTF-8 BOM', () => {
    const xml = '\uFEFF' + sheetXml('<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>');
    const wb = readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }], { workbookPr: '<workbookPr date1904="1"/>' })));
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0].cells[0].value).toBe(1);
  });

  test('a chart sheet has no cells', () => {
    const bytes = handWorkbook([{ name: 'S', xml: sheetXml('') }]);
    // Re-point the only sheet at a chartsheet relationship type.
    const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate') as typeof import('fflate');
    const files = unzipSync(bytes);
    files['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(files['xl/_rels/workbook.xml.rels']).replace(`${REL_NS}/worksheet`, `${REL_NS}/chartsheet`));
    const s = readWorkbook(openXlsx(zipSync(files))).sheets[0];
    expect([s.kind, s.cells.length]).toEqual(['chartsheet', 0]);
  });

  test('numbers written in any form read back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer().map((n) => n / 100), fc.integer({ min: -1e9, max: 1e9 })), (n) => {
        const plain = String(n);
        const forms = [plain, n.toExponential(), Number.isInteger(n) && !plain.includes('e') ? `${plain}.0` : plain, Math.abs(n) < 1e6 ? n.toFixed(20) : plain];
        const cells = forms.map((f, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${f}</v></c>`).join('');
        const s = readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml: sheetXml(`<row r="1">${cells}</row>`) }]))).sheets[0];
        for (const c of s.cells) expect(c.value === n || Object.is(c.value, n) || (Math.abs(n) < 1e6 && c.value === Number(n.toFixed(20)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
