/**
 * Patching: the output changes exactly what was asked. Every part that is not edited comes out
 * with the same compressed bytes; in an edited sheet only the edited cells differ; values-only
 * output has no formula and no calculation chain; macros, charts, images, comments, validation,
 * custom properties survive; the result opens again in exceljs and in our reader.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { WorkbookError } from '../../src/xlsx/errors';
import { XlsxPackage, openXlsx } from '../../src/xlsx/open';
import { dxfBaseId, nextCfPriority, patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { CellData, CellValue, WorkbookEdits } from '../../src/xlsx/types';
import { readCentralDirectory } from '../../src/xlsx/zip';
import { NS, VBA_BYTES, handWorkbook, sheetXml, utf16le, workbookWithSheetBytes } from '../fixtures/xlsx/make-fixtures';

const FIXTURES = path.join(__dirname, '../fixtures/xlsx');
const rich = () => fs.readFileSync(path.join(FIXTURES, 'rich.xlsx'));
const S1 = 'xl/worksheets/sheet1.xml';

function edits(values: Record<string, Record<string, CellValue>>, more: Partial<WorkbookEdits> = {}): WorkbookEdits {
  return { values: new Map(Object.entries(values).map(([s, cells]) => [s, new Map(Object.entries(cells))])), ...more };
}

/** The code of the WorkbookError `f` throws; '' when it does not throw. */
function refusalCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as WorkbookError).code;
  }
  return '';
}

/** name → entry, and the names in order, read with our central-directory reader. */
function zipInfo(bytes: Uint8Array) {
  const entries = readCentralDirectory(bytes, 10000)!;
  const byName = new Map(entries.map((e) => [e.name, { e, raw: bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize) }]));
  return { names: entries.map((e) => e.name), byName };
}

/** Asserts that every entry of `out` except `changed` has the input's compressed bytes, CRC and sizes. */
function expectUntouchedExcept(input: Uint8Array, out: Uint8Array, changed: string[], removed: string[] = []) {
  const a = zipInfo(input);
  const b = zipInfo(out);
  expect(b.names).toEqual(a.names.filter((n) => !removed.includes(n)));
  for (const name of b.names) {
    const x = a.byName.get(name)!;
    const y = b.byName.get(name)!;
    if (changed.includes(name)) {
      expect({ name, same: Buffer.compare(x.raw, y.raw) === 0 }).toEqual({ name, same: false });
      continue;
    }
    expect({ name, crc: y.e.crc32, size: y.e.size, method: y.e.method }).toEqual({ name, crc: x.e.crc32, size: x.e.size, method: x.e.method });
    expect({ name, bytesIdentical: Buffer.compare(x.raw, y.raw) === 0 }).toEqual({ name, bytesIdentical: true });
  }
  // An independent unzip (fflate) reads the output, and the untouched contents are identical.
  const ua = unzipSync(input);
  const ub = unzipSync(out);
  for (const name of b.names) if (!changed.includes(name)) expect(Buffer.compare(ua[name], ub[name])).toBe(0);
}

/** The part's text with the `<c>` elements of `refs` cut out. */
function withoutCells(xml: string, refs: string[]): string {
  let out = xml;
  for (const ref of refs) {
    const re = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
    expect(re.test(out)).toBe(true);
    out = out.replace(re, '');
  }
  return out;
}

function part(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes)[name]);
}

function cells(bytes: Uint8Array, sheet = 0): Map<string, CellData> {
  return new Map(readWorkbook(openXlsx(bytes)).sheets[sheet].cells.map((c) => [c.ref, c]));
}

async function viaExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('patching values, formulas kept', () => {
  const input = rich();
  const pkg = openXlsx(input);
  const values = {
    E3: 4.7, // formula cell, shared master
    E4: 4.2, // shared dependant
    F3: '未达标', // formula with a text result
    F8: false, // formula with a logical result
    G8: { error: '#N/A' }, // formula with an error result
    C4: 810, // a plain number
    A4: '城关 二小 <新> & "旧"', // a plain string (shared before, inline now)
    I3: 2500, // array formula master
  } as Record<string, CellValue>;
  const out = patchWorkbook(pkg, edits({ 学校资源: values }));

  test('only the edited sheet changes; every other part is byte for byte the same', () => {
    expectUntouchedExcept(input, out, [S1]);
  });

  test('in the edited sheet, everything outside the edited cells is identical', () => {
    const refs = Object.keys(values);
    expect(withoutCells(part(out, S1), refs)).toBe(withoutCells(part(input, S1), refs));
  });

  test('edited cells keep their formula, style and other attributes, and get the value with the right t', () => {
    const xml = part(out, S1);
    expect(xml).toContain('<c r="E3"><f t="shared" ref="E3:E7" si="0">D3/C3</f><v>4.7</v></c>');
    expect(xml).toContain('<c r="E4"><f t="shared" si="0"/><v>4.2</v></c>');
    expect(xml).toContain('<c r="F3" t="str"><f>IF(E3&gt;=4.5,&quot;达标&quot;,&quot;未达标&quot;)</f><v>未达标</v></c>');
    expect(xml).toContain('<c r="F8" t="b"><f>C8&gt;3000</f><v>0</v></c>');
    expect(xml).toContain('<c r="G8" t="e"><f>1/0</f><v>#N/A</v></c>');
    expect(xml).toContain('<c r="C4"><v>810</v></c>');
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t>城关 二小 &lt;新&gt; &amp; "旧"</t></is></c>');
    expect(xml).toContain('<c r="I3"><f t="array" ref="I3:I5">C3:C5*2</f><v>2500</v></c>');
  });

  test('our reader reads the values back, formulas intact', () => {
    const c = cells(out);
    for (const [ref, v] of Object.entries(values)) expect({ ref, v: c.get(ref)!.value }).toEqual({ ref, v });
    expect(c.get('E5')).toMatchObject({ formula: 'D5/C5', value: 5800 / 950 });
    expect(c.get('E4')!.formula).toBe('D4/C4');
    expect(c.get('F3')!.formula).toBe('IF(E3>=4.5,"达标","未达标")');
  });

  test('the calculation chain and calcPr are kept when formulas are kept', () => {
    expect(zipInfo(out).names).toContain('xl/calcChain.xml');
    expect(part(out, 'xl/workbook.xml')).toBe(part(input, 'xl/workbook.xml'));
  });

  test('exceljs opens the result and sees the values, the merge, the image, the note, the validation', async () => {
    const wb = await viaExcelJs(out);
    const ws = wb.getWorksheet('学校资源')!;
    expect(ws.getCell('E3').value).toMatchObject({ result: 4.7 });
    expect(ws.getCell('F3').value).toMatchObject({ result: '未达标' });
    expect(ws.getCell('C4').value).toBe(810);
    expect(ws.getCell('A4').value).toBe('城关 二小 <新> & "旧"');
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getCell('A3').note).toBeTruthy();
    expect(ws.getCell('B4').dataValidation).toMatchObject({ type: 'list' });
    expect(wb.definedNames.getNames('学校资源!$C$8')).toContain('学生总数');
  });
});

describe('values-only output', () => {
  const input = rich();
  const pkg = openXlsx(input);
  const out = patchWorkbook(pkg, edits({ 学校资源: { E3: 4.7, F3: '未达标', C3: 1250 } }), { valuesOnly: true });

  test('has no formula in any sheet, and keeps every cached value that was not edited', () => {
    const files = unzipSync(out);
    for (const name of Object.keys(files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      expect({ name, f: /<f[\s>/]/.test(strFromU8(files[name])) }).toEqual({ name, f: false });
    }
    const before = readWorkbook(openXlsx(input));
    const after = readWorkbook(openXlsx(out));
    after.sheets.forEach((s, i) => {
      const old = new Map(before.sheets[i].cells.map((c) => [c.ref, c]));
      for (const c of s.cells) {
        expect(c.formula).toBeUndefined();
        if (i === 0 && ['E3', 'F3', 'C3'].includes(c.ref)) continue;
        expect({ ref: c.ref, v: c.value }).toEqual({ ref: c.ref, v: old.get(c.ref)!.value });
      }
    });
    expect(after.sheets[0].cells.find((c) => c.ref === 'E3')!.value).toBe(4.7);
  });

  test('string results become inline strings; other cells outside formulas are untouched', () => {
    const xml = part(out, S1);
    expect(xml).toContain('<c r="F3" t="inlineStr"><is><t>未达标</t></is></c>');
    expect(xml).toContain('<c r="F4" t="inlineStr"><is><t>未达标</t></is></c>');
    expect(xml).toContain('<c r="F8" t="b"><v>1</v></c>');
    expect(xml).toContain('<c r="G8" t="e"><v>#DIV/0!</v></c>');
    const formulaCells = ['E3', 'E4', 'E5', 'E6', 'E7', 'F3', 'F4', 'F5', 'F6', 'F7', 'I3', 'C8', 'D8', 'E8', 'F8', 'G8', 'C3'];
    expect(withoutCells(xml, formulaCells)).toBe(withoutCells(part(input, S1), formulaCells));
  });

  test('the calculation chain is gone, with its relationship and content type', () => {
    expectUntouchedExcept(input, out, [S1, 'xl/worksheets/sheet2.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'], ['xl/calcChain.xml']);
    expect(part(out, 'xl/_rels/workbook.xml.rels')).not.toMatch(/calcChain/);
    expect(part(out, '[Content_Types].xml')).not.toMatch(/calcChain/);
    // Nothing else was removed from those two parts.
    expect(part(out, 'xl/_rels/workbook.xml.rels')).toBe(part(input, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rIdCalc"[^>]*\/>/, ''));
    expect(part(out, '[Content_Types].xml')).toBe(part(input, '[Content_Types].xml').replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ''));
  });

  test('exceljs opens it', async () => {
    const wb = await viaExcelJs(out);
    expect(wb.getWorksheet('学校资源')!.getCell('E3').value).toBe(4.7);
    expect(wb.getWorksheet('学位供需')!.getCell('D2').value).toBe(100);
  });

  test('a shared-formula block loses master and dependants together', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3" cm="1"><f t="shared" si="0"/><v>6</v></c></row>',
    );
    const bytes = handWorkbook([{ name: 'S', xml }]);
    const o = patchWorkbook(openXlsx(bytes), edits({ S: { B1: 20 } }), { valuesOnly: true });
    const text = part(o, S1);
    expect(text).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>20</v></c></row>');
    expect(text).toContain('<c r="B2"><v>4</v></c>');
    expect(text).toContain('<c r="B3"><v>6</v></c>');
    expect([...cells(o).values()].map((c) => [c.ref, c.value, c.formula])).toEqual([
      ['A1', 1, undefined],
      ['B1', 20, undefined],
      ['A2', 2, undefined],
      ['B2', 4, undefined],
      ['A3', 3, undefined],
      ['B3', 6, undefined],
    ]);
  });
});

describe('conditional formats and dxfs', () => {
  const input = rich();
  const pkg = openXlsx(input);
  const base = dxfBaseId(pkg);
  const prio = nextCfPriority(pkg, '学校资源');
  const dxfs = ['<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>', '<dxf><font><b/></font></dxf>'];
  const cf1 = `<conditionalFormatting sqref="E3:E7"><cfRule type="cellIs" dxfId="${base}" priority="${prio}" operator="lessThan"><formula>4.5</formula></cfRule></conditionalFormatting>`;
  const cf2 = `<conditionalFormatting sqref="D2:D4"><cfRule type="cellIs" dxfId="${base + 1}" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>`;
  const out = patchWorkbook(pkg, { values: new Map(), conditionalFormats: new Map([['学校资源', cf1], ['学位供需', cf2]]), dxfs });

  test('the helpers give the base dxf id and a free priority', () => {
    const stylesXml = part(input, 'xl/styles.xml');
    expect(base).toBe((stylesXml.match(/<dxf>/g) ?? []).length);
    expect(prio).toBe(1);
    // A stylesheet that already has one dxf: the next is number 1.
    expect(dxfBaseId(openXlsx(handWorkbook([{ name: 'S', xml: sheetXml('') }])))).toBe(1);
  });

  test('rules go where CT_Worksheet puts them: after mergeCells, before dataValidations / pageMargins', () => {
    const order = (xml: string) => [...xml.matchAll(/<(\w+)[\s>/]/g)].map((m) => m[1]).filter((n) => ['sheetData', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'pageMargins', 'pageSetup', 'drawing', 'legacyDrawing'].includes(n));
    expect(order(part(out, S1))).toEqual(['sheetData', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'pageMargins', 'pageSetup', 'drawing', 'legacyDrawing']);
    expect(order(part(out, 'xl/worksheets/sheet2.xml'))).toEqual(['sheetData', 'conditionalFormatting', 'pageMargins', 'pageSetup', 'drawing']);
    // Inserted, nothing else changed.
    expect(part(out, S1).replace(cf1, '')).toBe(part(input, S1));
    expect(part(out, 'xl/worksheets/sheet2.xml').replace(cf2, '')).toBe(part(input, 'xl/worksheets/sheet2.xml'));
  });

  test('styles.xml gets the dxfs and the new count, nothing else', () => {
    const before = part(input, 'xl/styles.xml');
    const after = part(out, 'xl/styles.xml');
    const m = /<dxfs count="(\d+)"/.exec(after)!;
    expect(Number(m[1])).toBe(base + 2);
    expect(after).toContain(dxfs.join(''));
    expect(dxfBaseId(openXlsx(out))).toBe(base + 2);
    expect(nextCfPriority(openXlsx(out), '学校资源')).toBe(prio + 1);
    const dxfsElement = /<dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/dxfs>)/;
    expect(after.replace(dxfsElement, '')).toBe(before.replace(dxfsElement, ''));
    expect(dxfsElement.exec(after)![0]).toBe(`<dxfs count="${base + 2}">${dxfs.join('')}</dxfs>`);
    expectUntouchedExcept(input, out, [S1, 'xl/worksheets/sheet2.xml', 'xl/styles.xml']);
  });

  test('exceljs sees the rules', async () => {
    const wb = await viaExcelJs(out);
    const ws = wb.getWorksheet('学校资源')! as unknown as { conditionalFormattings: { ref: string }[] };
    expect(ws.conditionalFormattings.map((c) => c.ref)).toContain('E3:E7');
  });

  test.each([
    ['an empty <dxfs/>', '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/>', '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles'],
    ['no <dxfs> at all', '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/>', '</cellStyles><dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles'],
  ])('dxfs added to a stylesheet with %s', (_what, tail, want) => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs>${tail}</styleSheet>`;
    const bytes = handWorkbook([{ name: 'S', xml: sheetXml('') }], { styles });
    const p = openXlsx(bytes);
    expect(dxfBaseId(p)).toBe(0);
    const o = patchWorkbook(p, { values: new Map(), dxfs: ['<dxf><font><b/></font></dxf>'] });
    expect(part(o, 'xl/styles.xml')).toContain(want);
  });

  test('a sheet with existing rules: new ones go after them, priorities continue', () => {
    const old = '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="3"><formula>TRUE</formula></cfRule></conditionalFormatting>';
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', { after: `${old}<hyperlinks/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` });
    const p = openXlsx(handWorkbook([{ name: 'S', xml }]));
    expect(nextCfPriority(p, 'S')).toBe(4);
    const o = patchWorkbook(p, { values: new Map(), conditionalFormats: new Map([['S', '<conditionalFormatting sqref="A1"/>']]) });
    expect(part(o, S1)).toContain(`${old}<conditionalFormatting sqref="A1"/><hyperlinks/>`);
  });
});

describe('macro-enabled workbooks', () => {
  test('vbaProject.bin and the macro content type survive a patch', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'macro.xlsm'));
    const out = patchWorkbook(openXlsx(input), edits({ 学校资源: { C3: 1 } }), { valuesOnly: true });
    const files = unzipSync(out);
    expect(Buffer.compare(files['xl/vbaProject.bin'], VBA_BYTES)).toBe(0);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(strFromU8(files['[Content_Types].xml'])).toContain('application/vnd.ms-office.vbaProject');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain('vbaProject.bin');
    expect(openXlsx(out).macroEnabled).toBe(true);
  });
});

describe('creating cells that do not exist yet', () => {
  const xml = sheetXml(
    '<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>' + '<row r="4" spans="2:2" ht="20" customHeight="1"/>' + '<row r="6"><c r="B6" s="1"><v>6</v></c></row>',
    { before: '<dimension ref="A2:C6"/>' },
  );
  const input = handWorkbook([{ name: 'S', xml }]);
  const out = patchWorkbook(
    openXlsx(input),
    edits({ S: { B2: 2, E2: 'e', A1: 'first', B4: true, A5: 5.5, H9: { error: '#DIV/0!' }, Z100: null, A6: 'six' } }),
  );
  const text = part(out, S1);

  test('in column order within a row, rows in order, empty rows opened, new rows inserted', () => {
    expect(text).toContain(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>' +
        '<row r="2" spans="1:5"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c><c r="E2" t="inlineStr"><is><t>e</t></is></c></row>' +
        '<row r="4" spans="2:2" ht="20" customHeight="1"><c r="B4" t="b"><v>1</v></c></row>' +
        '<row r="5"><c r="A5"><v>5.5</v></c></row>' +
        '<row r="6"><c r="A6" t="inlineStr"><is><t>six</t></is></c><c r="B6" s="1"><v>6</v></c></row>' +
        '<row r="9"><c r="H9" t="e"><v>#DIV/0!</v></c></row></sheetData>',
    );
    expect(text).toContain('<dimension ref="A1:H9"/>');
  });

  test('they read back', async () => {
    const c = cells(out);
    expect([...c.values()].map((x) => [x.ref, x.value])).toEqual([
      ['A1', 'first'],
      ['A2', 1],
      ['B2', 2],
      ['C2', 3],
      ['E2', 'e'],
      ['B4', true],
      ['A5', 5.5],
      ['A6', 'six'],
      ['B6', 6],
      ['H9', { error: '#DIV/0!' }],
    ]);
    const wb = await viaExcelJs(out);
    expect(wb.getWorksheet('S')!.getCell('E2').value).toBe('e');
  });

  test('into an empty <sheetData/>', () => {
    const bytes = handWorkbook([{ name: 'S', xml: `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData/></worksheet>` }]);
    const o = patchWorkbook(openXlsx(bytes), edits({ S: { B2: 1, A1: 2 } }));
    expect(part(o, S1)).toContain('<sheetData><row r="1"><c r="A1"><v>2</v></c></row><row r="2"><c r="B2"><v>1</v></c></row></sheetData>');
  });
});

describe('values are written faithfully', () => {
  const xml = sheetXml('<row r="1"><c r="A1" s="3" vm="1"><v>0</v></c><c r="B1"><f>A1</f><v>0</v></c><c r="C1" cm="1"><f t="array" ref="C1">A1</f><v>0</v></c></row>');
  const input = handWorkbook([{ name: 'S', xml }]);
  const pkg = openXlsx(input);

  test.each<[string, CellValue, string]>([
    ['a number', 1.25, '<c r="A1" s="3"><v>1.25</v></c>'],
    ['-0', -0, '<c r="A1" s="3"><v>0</v></c>'],
    ['a large number', 1e21, '<c r="A1" s="3"><v>1E+21</v></c>'],
    ['a tiny number', 1.5e-10, '<c r="A1" s="3"><v>1.5E-10</v></c>'],
    ['NaN', NaN, '<c r="A1" s="3" t="e"><v>#NUM!</v></c>'],
    ['Infinity', Infinity, '<c r="A1" s="3" t="e"><v>#NUM!</v></c>'],
    ['blank', null, '<c r="A1" s="3"/>'],
    ['text with spaces and a line break', ' a\nb ', '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve"> a\nb </t></is></c>'],
    ['text with a control character and an escape-looking run', 'x\u0001_x0041_', '<c r="A1" s="3" t="inlineStr"><is><t>x_x0001__x005F_x0041_</t></is></c>'],
    ['an unknown error code', { error: '#WHAT' }, '<c r="A1" s="3" t="e"><v>#VALUE!</v></c>'],
  ])('%s', (_what, v, want) => {
    const o = patchWorkbook(pkg, edits({ S: { A1: v } }));
    expect(part(o, S1)).toContain(want);
    const back = cells(o).get('A1')!.value;
    if (typeof v === 'string') expect(back).toBe(v);
  });

  test('a formula cell with no value keeps its formula and has no <v>', () => {
    const o = patchWorkbook(pkg, edits({ S: { B1: null } }));
    expect(part(o, S1)).toContain('<c r="B1"><f>A1</f></c>');
  });

  test('a dynamic-array cell keeps cm with its formula, loses it without', () => {
    expect(part(patchWorkbook(pkg, edits({ S: { C1: 5 } })), S1)).toContain('<c r="C1" cm="1"><f t="array" ref="C1">A1</f><v>5</v></c>');
    expect(part(patchWorkbook(pkg, edits({ S: { C1: 5 } }), { valuesOnly: true }), S1)).toContain('<c r="C1"><v>5</v></c>');
  });

  test('references are accepted with $ and in lower case; sheet names ignore case', () => {
    const o = patchWorkbook(pkg, edits({ s: { $b$1: 7 } }));
    expect(cells(o).get('B1')!.value).toBe(7);
  });

  test('no edits: every part is copied as it was', () => {
    const o = patchWorkbook(pkg, edits({}));
    expectUntouchedExcept(input, o, []);
  });

  test('a prefixed worksheet gets prefixed cells', () => {
    const px = `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:f>1+1</x:f><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const o = patchWorkbook(openXlsx(handWorkbook([{ name: 'S', xml: px }])), edits({ S: { A1: 'two', B1: 2 } }));
    expect(part(o, S1)).toContain('<x:row r="1"><x:c r="A1" t="str"><x:f>1+1</x:f><x:v>two</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>');
    expect([...cells(o).values()].map((c) => c.value)).toEqual(['two', 2]);
  });

  test('unknown sheets and bad references are refused', () => {
    const refuse = (e: WorkbookEdits) => refusalCode(() => patchWorkbook(pkg, e)) || 'accepted';
    expect(refuse(edits({ 没有这个表: { A1: 1 } }))).toBe('not-found');
    expect(refuse(edits({ S: { A0: 1 } }))).toBe('not-found');
    expect(refuse(edits({ S: { XFE1: 1 } }))).toBe('not-found');
  });
});

describe('the input is never modified', () => {
  test('the bytes given to openXlsx are the same after reading and patching', () => {
    const input = rich();
    const copy = Buffer.from(input);
    const pkg: XlsxPackage = openXlsx(input);
    readWorkbook(pkg);
    patchWorkbook(pkg, edits({ 学校资源: { C3: 1 } }), { valuesOnly: true });
    expect(Buffer.compare(input, copy)).toBe(0);
  });
});

describe('parts that are not plain UTF-8, and other odd parts', () => {
  test('a UTF-16 worksheet is read, and patched back in UTF-16 with the rest unchanged', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>宽字符</t></is></c><c r="B1"><f>1+1</f><v>0</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const input = workbookWithSheetBytes(utf16le(xml));
    expect([...cells(input).values()].map((c) => c.value)).toEqual(['宽字符', 0]);
    const out = patchWorkbook(openXlsx(input), edits({ S: { B1: '二' } }));
    const raw = unzipSync(out)[S1];
    expect([raw[0], raw[1]]).toEqual([0xff, 0xfe]);
    const text = new TextDecoder('utf-16le').decode(raw.subarray(2));
    expect(text).toBe(xml.replace('<c r="B1"><f>1+1</f><v>0</v></c>', '<c r="B1" t="str"><f>1+1</f><v>二</v></c>'));
    expect(cells(out).get('B1')!.value).toBe('二');
  });

  test('a part in a legacy code page is read; patching it is refused with a clear error', () => {
    const head = `<?xml version="1.0" encoding="GBK"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
    const tail = '</t></is></c></row></sheetData></worksheet>';
    // 学校 in GBK.
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xd1, 0xa7, 0xd0, 0xa3, ...new TextEncoder().encode(tail)]);
    const input = workbookWithSheetBytes(bytes);
    expect(cells(input).get('A1')!.value).toBe('学校');
    expect(refusalCode(() => patchWorkbook(openXlsx(input), edits({ S: { A1: 1 } })))).toBe('corrupt');
  });

  test('bytes that are not valid UTF-8 outside the edited cells come out unchanged', () => {
    const enc = new TextEncoder();
    const before = enc.encode(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetPr codeName="`);
    const after = enc.encode('"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
    const bytes = new Uint8Array([...before, 0xff, 0xc3, ...after]);
    const out = patchWorkbook(openXlsx(workbookWithSheetBytes(bytes)), edits({ S: { A1: 2 } }));
    const raw = unzipSync(out)[S1];
    const want = new Uint8Array([...before, 0xff, 0xc3, ...enc.encode('"/><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>')]);
    expect(Buffer.compare(raw, want)).toBe(0);
  });

  test('cells out of row-major order: values are replaced, but no cell can be added', () => {
    const xml = sheetXml('<row r="2"><c r="B2"><v>2</v></c><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>0</v></c></row>');
    const input = handWorkbook([{ name: 'S', xml }]);
    const out = patchWorkbook(openXlsx(input), edits({ S: { A2: 10, A1: 20 } }));
    expect(part(out, S1)).toContain('<row r="2"><c r="B2"><v>2</v></c><c r="A2"><v>10</v></c></row><row r="1"><c r="A1"><v>20</v></c></row>');
    expect(refusalCode(() => patchWorkbook(openXlsx(input), edits({ S: { C3: 1 } })))).toBe('corrupt');
  });

  test('new cells, edited cells and conditional formats in one patch; spans widened', () => {
    const xml = sheetXml('<row r="3" spans="2:3"><c r="B3"><v>1</v></c><c r="C3"><v>2</v></c></row>', {
      before: '<dimension ref="B3:C3"/>',
      after: '<mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    });
    const out = patchWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }])), {
      values: new Map([['S', new Map<string, CellValue>([['A3', 0], ['C3', 3], ['D3', 4], ['A1', '标题'], ['B5', 5]])]]),
      conditionalFormats: new Map([['S', '<conditionalFormatting sqref="B3:D3"><cfRule type="top10" dxfId="0" priority="1" rank="1"/></conditionalFormatting>']]),
    });
    expect(part(out, S1)).toBe(
      sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>' +
          '<row r="3" spans="1:4"><c r="A3"><v>0</v></c><c r="B3"><v>1</v></c><c r="C3"><v>3</v></c><c r="D3"><v>4</v></c></row>' +
          '<row r="5"><c r="B5"><v>5</v></c></row>',
        {
          before: '<dimension ref="A1:D5"/>',
          after:
            '<mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells><conditionalFormatting sqref="B3:D3"><cfRule type="top10" dxfId="0" priority="1" rank="1"/></conditionalFormatting>' +
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
        },
      ),
    );
  });

  test('the portable (fflate) codec writes a zip that reads back the same', () => {
    const { setCodecBackend } = require('../../src/xlsx/codec') as typeof import('../../src/xlsx/codec');
    setCodecBackend('fflate');
    try {
      const input = rich();
      const out = patchWorkbook(openXlsx(input), edits({ 学校资源: { C3: 99 } }), { valuesOnly: true });
      expectUntouchedExcept(input, out, [S1, 'xl/worksheets/sheet2.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'], ['xl/calcChain.xml']);
      expect(cells(out).get('C3')!.value).toBe(99);
    } finally {
      setCodecBackend('auto');
    }
  });
});
