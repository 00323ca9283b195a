/**
 * Small text edits of the package's bookkeeping parts, each touching only what it must:
 * appending `<dxf>` formats to styles.xml, and taking the calculation chain out of the workbook's
 * relationships and of [Content_Types].xml.
 */
import { applySplices } from './part-writer';
import { CLOSE, EMPTY, END, OPEN, XmlScanner } from './xml-scan';
import { XmlSource } from './xml-source';

// CT_Stylesheet's children before dxfs (ECMA-376 Part 1, §18.8.39).
const BEFORE_DXFS = new Set(['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);

/**
 * styles.xml with `dxfs` appended to its `<dxfs>` (created when missing) and the count updated;
 * the result is in the form of `src.s` (see XmlSource).
 * @example
 * appendDxfs(XmlSource.fromText('<styleSheet><cellXfs count="1"><xf/></cellXfs><dxfs count="0"/></styleSheet>'), ['<dxf><fill/></dxf>']);
 * // '<styleSheet><cellXfs count="1"><xf/></cellXfs><dxfs count="1"><dxf><fill/></dxf></dxfs></styleSheet>'
 */
export function appendDxfs(src: XmlSource, dxfList: string[], part = 'xl/styles.xml'): string {
  const xml = src.s;
  const dxfs = dxfList.map((d) => src.native(d));
  const sc = new XmlScanner(src, part);
  let k = sc.next();
  while (k === CLOSE) k = sc.next();
  if (k !== OPEN) return xml;
  const p = /^<([A-Za-z_][\w.-]*:)?/.exec(xml.slice(sc.tagStart))?.[1] ?? '';
  let after = -1;
  for (;;) {
    k = sc.next();
    if (k === END || k === CLOSE) break;
    const name = sc.name();
    const start = sc.tagStart;
    const tagEnd = sc.tagEnd;
    if (name === 'dxfs') {
      let count = 0;
      let closeStart = -1;
      if (k === OPEN) {
        for (;;) {
          const m = sc.next();
          if (m === END) throw sc.bad('unterminated dxfs');
          if (m === CLOSE && sc.is('dxfs')) {
            closeStart = sc.tagStart;
            break;
          }
          if (m === OPEN || m === EMPTY) {
            if (sc.is('dxf')) count++;
            if (m === OPEN) sc.skip();
          }
        }
      }
      const total = count + dxfs.length;
      const tag = xml.slice(start, tagEnd);
      const withCount = /\scount\s*=/.test(tag) ? tag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${total}"`) : tag.replace(/(\s*\/?>)$/, ` count="${total}"$1`);
      if (k === EMPTY) {
        return applySplices(xml, [{ start, end: tagEnd, text: withCount.replace(/\s*\/>$/, '>') + dxfs.join('') + `</${p}dxfs>`, order: 0 }]);
      }
      return applySplices(xml, [
        { start, end: tagEnd, text: withCount, order: 0 },
        { start: closeStart, end: closeStart, text: dxfs.join(''), order: 0 },
      ]);
    }
    if (k === OPEN) sc.skip();
    if (BEFORE_DXFS.has(name)) after = sc.pos;
  }
  if (after < 0) return xml;
  return applySplices(xml, [{ start: after, end: after, text: `<${p}dxfs count="${dxfs.length}">${dxfs.join('')}</${p}dxfs>`, order: 0 }]);
}

/**
 * The part with every element `element` for which `match(attr)` holds removed (start tag to end
 * tag), or null when none matched. Used on .rels and [Content_Types].xml.
 * @example
 * removeElements(pkg.source('xl/_rels/workbook.xml.rels'), 'rels', 'Relationship', (a) => /\/calcChain$/.test(a('Type') ?? ''));
 */
export function removeElements(src: XmlSource, part: string, element: string, match: (attr: (name: string) => string | undefined) => boolean): string | null {
  const xml = src.s;
  const sc = new XmlScanner(src, part);
  const splices: { start: number; end: number; text: string; order: number }[] = [];
  const attr = (n: string) => sc.attr(n);
  for (let k = sc.next(); k !== END; k = sc.next()) {
    if ((k === OPEN || k === EMPTY) && sc.is(element) && match(attr)) {
      const start = sc.tagStart;
      if (k === OPEN) sc.skip();
      splices.push({ start, end: sc.pos, text: '', order: 0 });
    }
  }
  return splices.length ? applySplices(xml, splices) : null;
}
