/**
 * saxes, wrapped for the small structured parts (workbook.xml, relationships, styles, content
 * types): namespace-aware, streaming, and with every parser failure turned into a 'corrupt'
 * WorkbookError naming the part. A DOCTYPE is refused: OPC forbids DTDs, and refusing them keeps
 * entity-expansion tricks out.
 */
import { SaxesParser, SaxesTagNS } from 'saxes';
import { WorkbookError, corrupt } from './errors';

/** Callbacks of saxWalk; all optional. */
export interface SaxHandlers {
  open?: (tag: SaxesTagNS, depth: number) => void;
  close?: (tag: SaxesTagNS, depth: number) => void;
  text?: (text: string) => void;
}

/**
 * True for the relationships namespace (r:id), transitional or strict OOXML.
 * @example
 * isRelationshipsNs('http://schemas.openxmlformats.org/officeDocument/2006/relationships'); // true
 */
export function isRelationshipsNs(uri: string): boolean {
  return uri === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' || uri === 'http://purl.oclc.org/ooxml/officeDocument/relationships';
}

/**
 * Parses `xml` with saxes and calls the handlers; `depth` is 0 for the root element.
 * @example
 * saxWalk('<a><b x="1"/></a>', 'test.xml', { open: (t, d) => console.log(t.local, d) }); // a 0, b 1
 */
export function saxWalk(xml: string, part: string, h: SaxHandlers): void {
  const p = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let failure: Error | null = null;
  p.on('error', (e) => {
    // saxes continues after an error unless we stop it; keep the first and stop at the end.
    if (!failure) failure = e;
  });
  p.on('doctype', () => {
    throw corrupt(part, '不允许 DTD', 'a DTD is not allowed');
  });
  if (h.open) {
    const open = h.open;
    p.on('opentag', (t) => {
      open(t, depth);
      if (!t.isSelfClosing) depth++;
    });
  } else p.on('opentag', (t) => void (t.isSelfClosing || depth++));
  p.on('closetag', (t) => {
    if (!t.isSelfClosing) depth--;
    h.close?.(t, depth);
  });
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  }
  try {
    p.write(xml).close();
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw corrupt(part, `XML 格式错误（${(e as Error).message.split('\n')[0]}）`, `malformed XML (${(e as Error).message.split('\n')[0]})`);
  }
  if (failure) {
    const msg = (failure as Error).message.split('\n')[0];
    throw corrupt(part, `XML 格式错误（${msg}）`, `malformed XML (${msg})`);
  }
}

/**
 * An attribute's value by local name, ignoring namespaced attributes unless `rel` asks for the
 * relationships namespace (r:id).
 * @example
 * attrOf(tag, 'name');       // the sheet name
 * attrOf(tag, 'id', true);   // r:id
 */
export function attrOf(tag: SaxesTagNS, local: string, rel = false): string | undefined {
  for (const k in tag.attributes) {
    const a = tag.attributes[k];
    if (a.local !== local) continue;
    if (rel ? isRelationshipsNs(a.uri) : a.prefix === '') return a.value;
  }
  return undefined;
}
