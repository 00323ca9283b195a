/**
 * Opening: everything that is not a usable .xlsx is refused with the right WorkbookError code, a
 * two-language one-line message, quickly, and without unpacking what it should not.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { setCodecBackend } from '../../src/xlsx/codec';
import { WorkbookError, isWorkbookError } from '../../src/xlsx/errors';
import { openXlsx } from '../../src/xlsx/open';
import { openXlsxFile } from '../../src/xlsx/open-file';
import { patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { handWorkbook, sheetXml, utf16le, workbookWithSheetBytes } from '../fixtures/xlsx/make-fixtures';
import { compoundFile, craftZip, randomBytes } from './helpers/zip-craft';

const FIXTURES = path.join(__dirname, '../fixtures/xlsx');

function refusal(f: () => unknown): WorkbookError {
  try {
    f();
  } catch (e) {
    expect(isWorkbookError(e)).toBe(true);
    const w = e as WorkbookError;
    // One line each, Chinese first, then English.
    expect(w.message).toBe(`${w.zh} / ${w.en}`);
    expect(w.zh).not.toMatch(/\n/);
    expect(w.en).not.toMatch(/\n/);
    expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(w.en).toMatch(/^[\x20-\x7e]+$/);
    return w;
  }
  throw new Error('expected a WorkbookError');
}

const good = () => handWorkbook([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]);

describe('openXlsx refuses what is not a workbook', () => {
  test('an empty file', () => {
    expect(refusal(() => openXlsx(new Uint8Array(0))).code).toBe('not-zip');
  });

  test('random bytes', () => {
    expect(refusal(() => openXlsx(randomBytes(10000))).code).toBe('not-zip');
  });

  test.each([
    ['UTF-8', new TextEncoder().encode('学校,学段,学生数\n城关一小,小学,1200\n')],
    ['UTF-8 with BOM', new TextEncoder().encode('\uFEFF学校,学生数\r\n一小,1200\r\n')],
    ['GBK bytes', new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0xd1, 0xa7, 0xc9, 0xfa, 0xca, 0xfd, 0x0a, 0x31, 0x2c, 0x32, 0x0a])],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...Array.from('a\tb\n1\t2\n').flatMap((c) => [c.charCodeAt(0), 0])])],
    ['tab-separated', new TextEncoder().encode('学校\t学生数\n一小\t1200\n')],
  ])('CSV text (%s)', (_what, bytes) => {
    const e = refusal(() => openXlsx(bytes));
    expect(e.code).toBe('csv');
    expect(e.zh).toContain('CSV');
  });

  test('a web page saved as .xls', () => {
    const e = refusal(() => openXlsx(new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>')));
    expect(e.code).toBe('not-zip');
    expect(e.en).toContain('web page');
  });

  test('an encrypted workbook (compound file with EncryptionInfo)', () => {
    const e = refusal(() => openXlsx(compoundFile('EncryptionInfo')));
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('文件已加密，请先在 Excel 中取消密码 / the workbook is encrypted; remove the password in Excel first');
  });

  test('an old .xls (compound file without EncryptionInfo)', () => {
    expect(refusal(() => openXlsx(compoundFile('Workbook'))).code).toBe('xls');
  });

  test('a zip with an encrypted entry', () => {
    const z = craftZip([{ name: 'xl/workbook.xml', content: '<workbook/>' }]);
    // Set bit 0 (encrypted) of the general-purpose flags in the central directory entry.
    const cd = findSig(z, 0x02014b50);
    z[cd + 8] |= 1;
    expect(refusal(() => openXlsx(z)).code).toBe('encrypted');
  });

  test('a truncated zip', () => {
    const bytes = good();
    expect(refusal(() => openXlsx(bytes.subarray(0, bytes.length >> 1))).code).toBe('corrupt');
    expect(refusal(() => openXlsx(bytes.subarray(0, bytes.length - 5))).code).toBe('corrupt');
    // The end record intact but the data before it gone.
    const cut = new Uint8Array(bytes.length - 100);
    cut.set(bytes.subarray(100));
    expect(['corrupt', 'not-zip']).toContain(refusal(() => openXlsx(cut)).code);
  });

  test('a zip without a workbook', () => {
    expect(refusal(() => openXlsx(craftZip([{ name: 'readme.txt', content: 'hello' }]))).code).toBe('not-xlsx');
    const docx = craftZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    const e = refusal(() => openXlsx(docx));
    expect(e.code).toBe('not-xlsx');
    expect(e.en).toContain('Word');
  });

  test('a zip bomb: declared size over the limit is refused before inflating anything', () => {
    // The "data" is not even valid DEFLATE: inflating it would fail as 'corrupt', so 'too-large'
    // proves nothing was inflated.
    const bomb = craftZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'xl/workbook.xml', raw: randomBytes(64), size: 600 * 1024 * 1024, crc: 0 },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const t = Date.now();
    const e = refusal(() => openXlsx(bomb));
    expect(e.code).toBe('too-large');
    expect(Date.now() - t).toBeLessThan(1000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
    // Many entries whose sizes add up past the limit.
    const many = craftZip(Array.from({ length: 6 }, (_, i) => ({ name: `xl/p${i}.bin`, raw: new Uint8Array(8), size: 100 * 1024 * 1024 })));
    expect(refusal(() => openXlsx(many)).code).toBe('too-large');
    // A lower limit applies too.
    expect(refusal(() => openXlsx(good(), { maxUncompressedBytes: 100 })).code).toBe('too-large');
  });

  test.each(['auto', 'fflate'] as const)('a part that unpacks to more than it declares is stopped (%s)', (backend) => {
    setCodecBackend(backend);
    try {
      // 16 MB of zeros deflate to ~16 KB; the entry claims 1,000 bytes.
      const zeros = new Uint8Array(16 * 1024 * 1024);
      const files = craftZip([
        { name: '[Content_Types].xml', content: '<Types/>' },
        { name: 'xl/workbook.xml', content: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
        { name: 'xl/_rels/workbook.xml.rels', content: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
        { name: 'xl/worksheets/sheet1.xml', content: zeros, size: 1000 },
      ]);
      const pkg = openXlsx(files);
      const t = Date.now();
      const e = refusal(() => readWorkbook(pkg));
      expect(e.code).toBe('corrupt');
      expect(Date.now() - t).toBeLessThan(5000);
    } finally {
      setCodecBackend('auto');
    }
  });

  test('a damaged part (CRC mismatch, bad DEFLATE data)', () => {
    const sheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const base = (over: Partial<{ crc: number; raw: Uint8Array }>) =>
      craftZip([
        { name: 'xl/workbook.xml', content: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
        { name: 'xl/_rels/workbook.xml.rels', content: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
        { name: 'xl/worksheets/sheet1.xml', content: sheet, ...over },
      ]);
    expect(readWorkbook(openXlsx(base({}))).sheets[0].cells[0].value).toBe(1);
    expect(refusal(() => readWorkbook(openXlsx(base({ crc: 1234 })))).code).toBe('corrupt');
    expect(refusal(() => readWorkbook(openXlsx(base({ raw: randomBytes(50) })))).code).toBe('corrupt');
  });

  test('too many entries', () => {
    const z = craftZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, content: 'x' })));
    expect(refusal(() => openXlsx(z, { maxEntries: 20 })).code).toBe('limit');
  });

  test('too many cells', () => {
    const rows = Array.from({ length: 10 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="B${r + 1}"><v>2</v></c></row>`).join('');
    const bytes = handWorkbook([{ name: 'S', xml: sheetXml(rows) }]);
    expect(readWorkbook(openXlsx(bytes, { maxCells: 20 })).sheets[0].cells).toHaveLength(20);
    expect(refusal(() => readWorkbook(openXlsx(bytes, { maxCells: 19 }))).code).toBe('limit');
  });

  test('a worksheet with a DTD', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(refusal(() => readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }])))).code).toBe('corrupt');
  });

  test('malformed XML in a worksheet', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c>').replace('</sheetData>', '');
    expect(refusal(() => readWorkbook(openXlsx(handWorkbook([{ name: 'S', xml }])))).code).toBe('corrupt');
  });

  test('a file path that does not exist', () => {
    expect(refusal(() => openXlsxFile(path.join(os.tmpdir(), 'no-such-dir-xyz', 'a.xlsx'))).code).toBe('not-found');
    expect(refusal(() => openXlsxFile(os.tmpdir())).code).toBe('not-found');
  });
});

describe('openXlsx accepts workbooks', () => {
  test('an .xlsx', () => {
    const pkg = openXlsx(fs.readFileSync(path.join(FIXTURES, 'rich.xlsx')));
    expect(pkg.workbookPath).toBe('xl/workbook.xml');
    expect(pkg.macroEnabled).toBe(false);
    expect(pkg.has('/XL/Charts/Chart1.xml')).toBe(true);
  });

  test('an .xlsm, read like an .xlsx', () => {
    const pkg = openXlsxFile(path.join(FIXTURES, 'macro.xlsm'));
    expect(pkg.macroEnabled).toBe(true);
    expect(readWorkbook(pkg).sheets.map((s) => s.name)).toEqual(['学校资源', '学位供需', '隐藏参数']);
  });

  test('a zip written in streaming mode (sizes in data descriptors after the data)', () => {
    const { Zip, ZipDeflate, unzipSync } = require('fflate') as typeof import('fflate');
    const files = unzipSync(good());
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      chunks.push(data);
    });
    for (const [name, data] of Object.entries(files)) {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(data, true);
    }
    zip.end();
    const bytes = Buffer.concat(chunks);
    // Bit 3 of the flags: sizes and CRC follow the data.
    expect(bytes[6] & 8).toBe(8);
    const pkg = openXlsx(bytes);
    expect(readWorkbook(pkg).sheets[0].cells[0].value).toBe(1);
    // Patched, its entries get ordinary headers; an independent unzip reads every one.
    const out = patchWorkbook(pkg, { values: new Map([['S', new Map([['A1', 2]])]]) });
    expect(Object.keys(unzipSync(out)).sort()).toEqual(Object.keys(files).sort());
    expect(readWorkbook(openXlsx(out)).sheets[0].cells[0].value).toBe(2);
  });

  test('opening inflates nothing but the package relationships: a damaged sheet fails only when read', () => {
    const wb = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
    const bytes = craftZip([
      { name: 'xl/workbook.xml', content: wb },
      { name: 'xl/_rels/workbook.xml.rels', content: rels },
      { name: 'xl/worksheets/sheet1.xml', raw: randomBytes(100), size: 5000, crc: 0 },
    ]);
    const pkg = openXlsx(bytes);
    expect(pkg.entries.map((e) => e.name)).toEqual(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']);
    expect(refusal(() => readWorkbook(pkg)).code).toBe('corrupt');
  });
});

function findSig(b: Uint8Array, sig: number): number {
  for (let i = 0; i + 4 <= b.length; i++) if ((b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0 === sig) return i;
  throw new Error('signature not found');
}

describe('textAfterCells: only the end of a worksheet is decoded', () => {
  const S1 = 'xl/worksheets/sheet1.xml';
  const RULE = '<conditionalFormatting sqref="C2:C9"><cfRule type="expression" dxfId="0" priority="2"><formula>AND(ISNUMBER(C2),C2&lt;4.2)</formula></cfRule></conditionalFormatting>';
  test('from the last sheetData> on, Chinese intact, the cells left out', () => {
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>学校sheetData</t></is></c></row>', { after: `${RULE}<headerFooter><oddHeader>县教育局</oddHeader></headerFooter>` });
    const tail = openXlsx(handWorkbook([{ name: 'S', xml }])).textAfterCells(S1);
    expect(tail).toBe(`sheetData>${RULE}<headerFooter><oddHeader>县教育局</oddHeader></headerFooter></worksheet>`);
  });

  test('a prefixed <x:sheetData> is found too', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}"><x:sheetData><x:row r="1"/></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    expect(openXlsx(workbookWithSheetBytes(new TextEncoder().encode(xml))).textAfterCells(S1)).toBe('sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>');
  });

  test('UTF-16 and <sheetData/>-less parts: the whole text, decoded as their encoding says', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', { after: RULE }).replace('UTF-8', 'UTF-16');
    expect(openXlsx(workbookWithSheetBytes(utf16le(xml))).textAfterCells(S1)).toBe('\ufeff' + xml);
    const empty = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${RULE}</worksheet>`;
    expect(openXlsx(workbookWithSheetBytes(new TextEncoder().encode(empty))).textAfterCells(S1)).toBe(empty);
  });
});

test('a worksheet held as a source is not inflated again after a small part is read in between', () => {
  const pkg = openXlsx(handWorkbook([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]));
  const src = pkg.source('xl/worksheets/sheet1.xml');
  pkg.read('xl/workbook.xml');
  // The very bytes the source holds (an inflate would give a new array).
  expect(pkg.read('xl/worksheets/sheet1.xml')).toBe(src.bytes);
  expect(pkg.textAfterCells('xl/worksheets/sheet1.xml')).toBe('sheetData></worksheet>');
});

test('releaseText: the text goes, the bytes stay, and the next source is made from those same bytes', () => {
  const S1 = 'xl/worksheets/sheet1.xml';
  const pkg = openXlsx(handWorkbook([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>学校</t></is></c></row>') }]));
  const first = pkg.source(S1);
  pkg.releaseText(S1);
  pkg.read('xl/workbook.xml');
  const again = pkg.source(S1);
  // A new text (the old one was let go) over the very bytes kept (no second inflate).
  expect(again).not.toBe(first);
  expect(again.bytes).toBe(first.bytes);
  expect(again.s).toBe(first.s);
  expect(pkg.read(S1)).toBe(first.bytes);
  // Reading the workbook releases it too, and what is read is unchanged (学校 decoded from UTF-8).
  expect(readWorkbook(pkg).sheets[0].cells[0].value).toBe('学校');
  expect(pkg.source(S1).bytes).toBe(first.bytes);
});
