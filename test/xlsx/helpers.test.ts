/** The small pieces: references, date formats, XML text escapes, numbers, the byte-string source, the codec. */
import fc from 'fast-check';
import { numberText } from '../../src/xlsx/cell-xml';
import { crc32, deflateRaw, inflateRawBounded, setCodecBackend } from '../../src/xlsx/codec';
import { WorkbookError, isWorkbookError } from '../../src/xlsx/errors';
import { cellRef, colName, parseCellRef, parseRange, refKey } from '../../src/xlsx/refs';
import { isoToSerial } from '../../src/xlsx/sheet-read';
import { isDateFormat } from '../../src/xlsx/styles';
import { XmlSource, bytesToLatin1, latin1ToBytes } from '../../src/xlsx/xml-source';
import { decodeEntities, decodeXstring, encodeXstring } from '../../src/xlsx/xml-text';

describe('references', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (n, s) => {
    expect(colName(n)).toBe(s);
    expect(parseCellRef(`${s}1`)).toEqual({ row: 0, col: n });
  });

  test('parse and format agree over the grid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (r, c) => {
        expect(parseCellRef(cellRef(r, c))).toEqual({ row: r, col: c });
        expect(refKey(cellRef(r, c), 0, cellRef(r, c).length)).toBe(r * 16384 + c);
      }),
    );
  });

  test.each(['A0', 'XFE1', 'A1048577', '1A', 'AAAA1', '', 'A', '$', 'A1B'])('%s is not a reference', (s) => {
    expect(parseCellRef(s)).toBeNull();
  });

  test('anchors and lower case', () => {
    expect(parseCellRef('$b$7')).toEqual({ row: 6, col: 1 });
    expect(parseRange('C3:A1')).toEqual({ r1: 0, c1: 0, r2: 2, c2: 2 });
    expect(parseRange('B2')).toEqual({ r1: 1, c1: 1, r2: 1, c2: 1 });
  });
});

describe('date formats', () => {
  test.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy"年"m"月"', true],
    ['h:mm:ss', true],
    ['[h]:mm', true],
    ['m/d/yy h:mm', true],
    ['General', false],
    ['0.00%', false],
    ['#,##0.00_);[Red](#,##0.00)', false],
    ['0.00"m²"', false],
    ['"年度"0', false],
    ['0.00E+00', false],
    ['@', false],
    ['[DBNum1][$-804]General', false],
  ])('%s → %s', (code, want) => {
    expect(isDateFormat(code)).toBe(want);
  });
});

describe('XML text', () => {
  test('entities', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#20013;&#x6587; &unknown; &constructor;')).toBe(`<a> & "b" 'c' 中文 &unknown; &constructor;`);
  });

  test('ST_Xstring escapes round-trip any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replace(/[\ud800-\udfff\ufffe\uffff]/g, '');
        const enc = encodeXstring(text);
        expect(decodeXstring(decodeEntities(enc))).toBe(text);
      }),
    );
    expect(encodeXstring('a\u0001_x0041_<&>')).toBe('a_x0001__x005F_x0041_&lt;&amp;&gt;');
  });

  test('numbers are written in the shortest form that reads back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(numberText(n))).toBe(n === 0 ? 0 : n);
        expect(numberText(n)).not.toMatch(/e/);
      }),
    );
  });

  test('ISO dates to serial numbers, with the 1900 leap-year quirk and the 1904 system', () => {
    expect(isoToSerial('2024-09-01', false)).toBe(45536);
    expect(isoToSerial('1900-01-01', false)).toBe(1);
    expect(isoToSerial('1900-02-28', false)).toBe(59);
    expect(isoToSerial('1900-03-01', false)).toBe(61);
    expect(isoToSerial('1904-01-01T06:00:00', true)).toBe(0.25);
    expect(isoToSerial('not a date', false)).toBeNull();
  });
});

describe('the byte-string source', () => {
  const text = '<a t="中文">x &amp; 𠀀</a>';
  const bytes = new TextEncoder().encode(text);

  test('holds one character per byte, decodes ranges, and converts new text back', () => {
    const src = XmlSource.fromBytes(bytes);
    expect(src.bytes).not.toBeNull();
    expect(src.s.length).toBe(bytes.length);
    const a = src.s.indexOf('"') + 1;
    const b = src.s.indexOf('"', a);
    expect(src.sub(a, b)).toBe('中文');
    expect(src.sub(0, 2)).toBe('<a');
    expect(Buffer.compare(src.toBytes(src.s), bytes)).toBe(0);
    expect(Buffer.compare(latin1ToBytes(src.native('𠀀中')), new TextEncoder().encode('𠀀中'))).toBe(0);
    expect(bytesToLatin1(new Uint8Array([0x3c, 0xe4]))).toBe('<ä');
  });

  test('an ASCII span of 13 characters or more (copied out, not sliced) reads the same, at any offset', () => {
    const xml = '<c r="K2"><f>COUNTIF(R2:X2,TRUE())</f><v>3</v></c>';
    const src = XmlSource.fromBytes(new TextEncoder().encode(xml));
    const a = xml.indexOf('<f>') + 3;
    const b = xml.indexOf('</f>');
    expect(src.sub(a, b)).toBe('COUNTIF(R2:X2,TRUE())');
    expect(src.sub(a, a + 13)).toBe('COUNTIF(R2:X2');
    expect(src.sub(a, a + 12)).toBe('COUNTIF(R2:X');
    expect(src.sub(0, xml.length)).toBe(xml);
    // A source over a view into a larger buffer: offsets are the view's.
    const big = new TextEncoder().encode('0123456789' + xml);
    expect(XmlSource.fromBytes(big.subarray(10)).sub(a, b)).toBe('COUNTIF(R2:X2,TRUE())');
  });

  test('UTF-16 parts are decoded instead', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((ch) => {
      const out: number[] = [];
      for (let i = 0; i < ch.length; i++) out.push(ch.charCodeAt(i) & 0xff, ch.charCodeAt(i) >> 8);
      return out;
    })]);
    const src = XmlSource.fromBytes(le);
    expect(src.bytes).toBeNull();
    expect(src.s).toBe('\ufeff' + text);
    expect(Buffer.compare(src.toBytes(src.s), le)).toBe(0);
  });
});

describe('codec', () => {
  afterEach(() => setCodecBackend('auto'));

  test.each(['auto', 'fflate'] as const)('CRC-32 and bounded inflate (%s)', (backend) => {
    setCodecBackend(backend);
    const data = new TextEncoder().encode('123456789'.repeat(1000));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const packed = deflateRaw(data, 6);
    expect(Buffer.compare(inflateRawBounded(packed, data.length), data)).toBe(0);
    expect(() => inflateRawBounded(packed, data.length - 1)).toThrow('overrun');
    expect(() => inflateRawBounded(packed, data.length + 1)).toThrow('short');
    expect(() => inflateRawBounded(packed.subarray(0, 10), data.length)).toThrow();
  });
});

test('WorkbookError folds line breaks, and is recognised across bundles', () => {
  const e = new WorkbookError('corrupt', '第一行\n第二行', 'line one\r\nline two');
  expect(e.message).toBe('第一行 第二行 / line one line two');
  expect(isWorkbookError({ name: 'WorkbookError' })).toBe(true);
});

test('the index exports the public API', () => {
  const api = require('../../src/xlsx') as typeof import('../../src/xlsx');
  for (const f of ['openXlsx', 'readWorkbook', 'patchWorkbook', 'dxfBaseId', 'nextCfPriority', 'cellKey', 'shiftFormula', 'isWorkbookError', 'isDateFormat'] as const) {
    expect(typeof api[f]).toBe('function');
  }
});
