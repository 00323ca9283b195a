/**
 * Text in and out of XML parts: decoding a part's bytes to a string (and back to the SAME bytes,
 * which the patcher relies on), entity decoding and escaping, and the `_xHHHH_` escapes OOXML uses
 * for characters XML cannot carry (Excel writes a carriage return in a cell as `_x000D_`).
 */

/** How a part's bytes were encoded, so a patched part is written back the same way. */
export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | string;

/**
 * Decodes an XML part. UTF-8 unless a byte-order mark or the XML declaration says otherwise. A BOM
 * is kept in the string (as U+FEFF) so that `encodeXml(decodeXml(b))` gives back `b` exactly.
 * With `strict`, invalid UTF-8 throws (the patcher must not turn a bad byte into U+FFFD and write
 * it back changed); without, it is replaced, which is good enough for reading.
 * @example
 * decodeXml(new TextEncoder().encode('<a>中</a>')); // { text: '<a>中</a>', encoding: 'utf-8' }
 */
export function decodeXml(b: Uint8Array, strict = false): { text: string; encoding: XmlEncoding } {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true, fatal: strict }).decode(b), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true, fatal: strict }).decode(b), encoding: 'utf-16be' };
  // UTF-16 with no byte-order mark (some tools write workbook.xml so; Excel opens it): '<' then a 0 byte.
  if (b.length >= 2 && b[0] === 0x3c && b[1] === 0) return { text: new TextDecoder('utf-16le', { ignoreBOM: true, fatal: strict }).decode(b), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0 && b[1] === 0x3c) return { text: new TextDecoder('utf-16be', { ignoreBOM: true, fatal: strict }).decode(b), encoding: 'utf-16be' };
  // The declaration is ASCII in any ASCII-compatible encoding; look at the first 200 bytes only.
  let declared = 'utf-8';
  if (b[0] === 0x3c && b[1] === 0x3f) {
    const head = String.fromCharCode(...b.subarray(0, Math.min(200, b.length)));
    const m = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (m) declared = m[1].toLowerCase();
  }
  if (declared === 'utf-8' || declared === 'utf8' || declared === 'us-ascii' || declared === 'ascii') {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: strict }).decode(b), encoding: 'utf-8' };
  }
  // A legacy code page (seen from some Chinese tools: GBK / GB2312 / GB18030). Readable through
  // ICU; the patcher refuses to write such a part back, as TextEncoder only speaks UTF-8.
  return { text: new TextDecoder(declared, { fatal: strict }).decode(b), encoding: declared };
}

/**
 * Encodes a string back in the encoding `decodeXml` reported. Throws for legacy code pages.
 * @example
 * encodeXml('<a/>', 'utf-8'); // Uint8Array of '<a/>'
 */
export function encodeXml(s: string, encoding: XmlEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(s);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(s.length * 2);
    const le = encoding === 'utf-16le';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  }
  throw new UnencodableError(encoding);
}

/** What `encodeXml` throws for a legacy code page it cannot write; the patcher turns it into a WorkbookError. */
export class UnencodableError extends Error {
  constructor(readonly encoding: string) {
    super(`cannot encode XML as ${encoding}`);
  }
}

const NAMED = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/**
 * Replaces the five XML entities and character references. Unknown entities are left as they are
 * (a well-formed part has none: DTDs are not allowed in OOXML).
 * @example
 * decodeEntities('a &lt; b &amp;&#x4E2D;'); // 'a < b &中'
 */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  // The common case, by hand: formulas full of &quot; (EDU.MEETS("…",K2,B2) on every row) made
  // the regular expression below a noticeable part of reading a big sheet.
  // The pieces are joined once at the end: `out += piece` would leave a tree of a dozen small
  // strings behind each formula (V8's cons strings), kept as long as the cell — at 50,000 schools,
  // 80 MB more than the flat text, all of it copied again when the formula is first read.
  const parts: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp);
    const named = semi > amp ? namedAt(s, amp + 1, semi) : undefined;
    if (named === undefined) {
      parts.push(decodeEntitiesSlow(s.slice(from)));
      return parts.join('');
    }
    parts.push(s.slice(from, amp), named);
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  parts.push(s.slice(from));
  return parts.join('');
}

/**
 * The character a named entity between `a` and `b` stands for, read from its letters without
 * cutting the name out (a Map lookup of a slice per entity was most of decodeEntities' time on
 * formulas full of &quot;).
 */
function namedAt(s: string, a: number, b: number): string | undefined {
  const c = s.charCodeAt(a);
  switch (b - a) {
    case 2:
      if (s.charCodeAt(a + 1) !== 116 /* t */) return undefined;
      return c === 108 /* l */ ? '<' : c === 103 /* g */ ? '>' : undefined;
    case 3:
      return c === 97 && s.charCodeAt(a + 1) === 109 && s.charCodeAt(a + 2) === 112 ? '&' : undefined; // amp
    case 4:
      if (c === 113 && s.startsWith('uot', a + 1)) return '"'; // quot
      if (c === 97 && s.startsWith('pos', a + 1)) return "'"; // apos
      return undefined;
  }
  return undefined;
}

function decodeEntitiesSlow(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e.charCodeAt(0) === 35 /* # */) {
      const cp = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED.get(e) ?? m;
  });
}

/**
 * Escapes text for element content (`&`, `<`, `>`).
 * @example
 * escapeText('a<b & c'); // 'a&lt;b &amp; c'
 */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Undoes OOXML's `_xHHHH_` escapes (ST_Xstring), used by Excel for control characters such as a
 * carriage return in a cell. `_x005F_` escapes a literal underscore that would otherwise start one.
 * @example
 * decodeXstring('a_x000D_b'); // 'a\rb'
 */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Escapes a cell string for XML the way Excel does: characters XML 1.0 cannot hold become
 * `_xHHHH_`, a literal `_xHHHH_` in the text gets its underscore escaped, then entities.
 * @example
 * encodeXstring('a\u0001b'); // 'a_x0001_b'
 */
export function encodeXstring(s: string): string {
  const x = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(x);
}

/**
 * XML's end-of-line handling for text taken raw from a part: CR LF and lone CR become LF.
 * @example
 * normalizeNewlines('a\r\nb'); // 'a\nb'
 */
export function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}
