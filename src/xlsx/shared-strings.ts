/**
 * The shared string table (xl/sharedStrings.xml): every text cell of an Excel-written workbook
 * points into it by index. A rich-text string (runs of differently formatted text) is the runs'
 * text joined; phonetic guides (`<rPh>`, the furigana/pinyin above the text) are not part of the
 * value and are skipped. Read with the fast scanner: in a text-heavy county workbook this part can
 * run to tens of megabytes.
 */
import { CLOSE, EMPTY, END, OPEN, XmlScanner } from './xml-scan';
import { decodeXstring } from './xml-text';

/**
 * The strings of a shared string table, in index order.
 * @example
 * readSharedStrings('<sst><si><t>一小</t></si><si><r><t>二</t></r><r><t>小</t></r></si></sst>'); // ['一小', '二小']
 */
export function readSharedStrings(xml: string, part = 'xl/sharedStrings.xml'): string[] {
  const out: string[] = [];
  const sc = new XmlScanner(xml, part);
  while (sc.next() !== END) {
    if (sc.kind === EMPTY && sc.is('si')) out.push('');
    else if (sc.kind === OPEN && sc.is('si')) out.push(readRichText(sc, 'si'));
  }
  return out;
}

/**
 * After the OPEN tag of an `<si>` or `<is>` element: its text (plain or rich), with the end tag
 * consumed. Shared by the shared-string reader and the inline-string cells of a worksheet.
 * @example
 * // sc is positioned on <is>
 * const text = readRichText(sc, 'is');
 */
export function readRichText(sc: XmlScanner, element: string): string {
  let text = '';
  let parts: string[] | null = null;
  let n = 0;
  for (;;) {
    const k = sc.next();
    if (k === END) throw sc.bad(`unterminated ${element}`);
    if (k === CLOSE) {
      if (sc.is(element)) break;
      continue; // the end of an <r>
    }
    if (k !== OPEN) continue; // <t/>, <rPr/> …
    if (sc.is('t')) {
      const t = sc.text();
      if (n === 0) text = t;
      else (parts ??= [text]).push(t);
      n++;
    } else if (sc.is('rPh') || sc.is('rPr') || sc.is('phoneticPr') || sc.is('extLst')) sc.skip();
    // <r> is entered: its <t> is picked up by the loop.
  }
  const joined = parts ? parts.join('') : text;
  return decodeXstring(joined);
}
