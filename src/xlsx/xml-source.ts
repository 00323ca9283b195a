/**
 * The text of an XML part as the scanner and the patcher see it.
 *
 * A UTF-8 part (every part Excel writes) is held as a "byte string": one character per BYTE
 * (Latin-1 decoding), not decoded UTF-8. Why:
 * - offsets are byte offsets, so the patcher copies every byte outside an edited cell exactly as it
 *   was, with no decode/re-encode round trip that could alter an odd byte sequence;
 * - turning bytes into a one-byte string is a memory copy (≈20 ms for 50 MB against ≈160 ms for
 *   UTF-8 decoding, which also makes a two-byte string twice the size as soon as one Chinese
 *   character appears), and every scan and slice after it works on the compact form;
 * - all XML syntax is ASCII, so tags, attributes, numbers and references read the same.
 * Only text that can hold other characters (strings, formulas) is decoded, through `sub`.
 *
 * A part in UTF-16 or a legacy code page (rare: some non-Excel tools) is decoded to a normal string
 * instead; `sub` is then a plain slice, and writing it back re-encodes it.
 */
import { decodeXml, encodeXml } from './xml-text';

// ignoreBOM: a span inside a part never starts the part, so EF BB BF there is a character (U+FEFF
// leading a cell's text), not a byte-order mark to drop.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Encoder = new TextEncoder();

type BufferLike = { from(a: ArrayBufferLike | string, b?: number | string, c?: number): Uint8Array & { toString(enc: string): string } };
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferLike }).Buffer;

export class XmlSource {
  /** The text the scanner walks: a byte string (when `bytes` is set) or decoded text. */
  readonly s: string;
  /** The UTF-8 bytes `s` stands for, one character per byte; null when `s` is decoded text. */
  readonly bytes: Uint8Array | null;
  /** For decoded text: the encoding to write it back in. */
  readonly encoding: string;

  private constructor(s: string, bytes: Uint8Array | null, encoding: string) {
    this.s = s;
    this.bytes = bytes;
    this.encoding = encoding;
  }

  /**
   * The source for a part's bytes: a byte string for UTF-8 (with or without BOM), decoded text for
   * anything else.
   * @example
   * const src = XmlSource.fromBytes(pkg.read('xl/worksheets/sheet1.xml'));
   */
  static fromBytes(b: Uint8Array): XmlSource {
    const utf16 = b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
    if (!utf16 && declaredEncoding(b) === 'utf-8') return new XmlSource(bytesToLatin1(b), b, 'utf-8');
    const { text, encoding } = decodeXml(b);
    return new XmlSource(text, null, encoding);
  }

  /**
   * A source over text that is already decoded (tests, small generated parts).
   * @example
   * XmlSource.fromText('<a>中</a>').sub(3, 4); // '中'
   */
  static fromText(s: string): XmlSource {
    return new XmlSource(s, null, 'utf-8');
  }

  /**
   * The real text of [a, b): UTF-8 decoded in a byte string (ASCII is sliced as is).
   * @example
   * src.sub(cs.fStart, cs.fEnd);
   */
  sub(a: number, b: number): string {
    const s = this.s;
    if (this.bytes === null) return s.slice(a, b);
    for (let i = a; i < b; i++) if (s.charCodeAt(i) > 0x7f) return b - a <= 48 ? decodeShortUtf8(s, a, b) ?? utf8.decode(this.bytes.subarray(a, b)) : utf8.decode(this.bytes.subarray(a, b));
    // A copy, not a slice: V8 makes a slice of 13 characters or more a view that keeps the whole
    // part alive. A sheet's formulas and texts outlive its text (the cells are computed after it
    // is read), and with slices the 90 MB text of a 50,000-school sheet could never be freed.
    if (b - a >= 13 && this.buf) return this.buf.toString('latin1', a, b);
    return s.slice(a, b);
  }

  /** `bytes` as a Node Buffer (no copy), to copy spans out of; undefined outside Node. */
  private get buf(): (Uint8Array & { toString(enc: string, a: number, b: number): string }) | undefined {
    if (this.nodeBuf === undefined && NodeBuffer && this.bytes) this.nodeBuf = NodeBuffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length) as Uint8Array & { toString(enc: string, a: number, b: number): string };
    return this.nodeBuf;
  }

  private nodeBuf?: Uint8Array & { toString(enc: string, a: number, b: number): string };

  /**
   * Real text converted to the form `s` uses, for splicing into it (identity for decoded text).
   * @example
   * src.native('<v>达标</v>'); // '<v>è¾¾æ ‡</v>' in a byte string
   */
  native(text: string): string {
    if (this.bytes === null) return text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return bytesToLatin1(utf8Encoder.encode(text));
    return text;
  }

  /**
   * The bytes of a text in the form `s` uses (the patched part), in the part's encoding.
   * @example
   * pkg.write(src.toBytes(patchedText));
   */
  toBytes(text: string): Uint8Array {
    if (this.bytes === null) return encodeXml(text, this.encoding);
    return latin1ToBytes(text);
  }
}

/** The encoding an XML declaration names, lower-cased; 'utf-8' when there is none. */
function declaredEncoding(b: Uint8Array): string {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[i] !== 0x3c || b[i + 1] !== 0x3f) return 'utf-8';
  let head = '';
  for (const end = Math.min(b.length, i + 200); i < end; i++) head += String.fromCharCode(b[i]);
  const m = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const e = m ? m[1].toLowerCase() : 'utf-8';
  return e === 'utf8' || e === 'us-ascii' || e === 'ascii' ? 'utf-8' : e;
}

/**
 * One character per byte.
 * @example
 * bytesToLatin1(new Uint8Array([0x3c, 0xe4])); // '<ä'
 */
export function bytesToLatin1(b: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/**
 * The bytes of a byte string (each character must be < 256).
 * @example
 * latin1ToBytes('<ä'); // Uint8Array [0x3c, 0xe4]
 */
export function latin1ToBytes(s: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(s, 'latin1');
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * UTF-8 of a short span of a byte string (one char per byte), decoded in JavaScript: a 学段 cell
 * on every row ("小学") made TextDecoder's per-call cost a tenth of reading a big sheet. Returns
 * null for anything but well-formed 1–3 byte sequences (the caller then uses TextDecoder, which
 * handles 4-byte and malformed input the standard way).
 */
function decodeShortUtf8(s: string, a: number, b: number): string | null {
  let out = '';
  for (let i = a; i < b; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i];
      i++;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b) {
      const c1 = s.charCodeAt(i + 1);
      if ((c1 & 0xc0) !== 0x80) return null;
      out += String.fromCharCode(((c & 0x1f) << 6) | (c1 & 0x3f));
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b) {
      const c1 = s.charCodeAt(i + 1);
      const c2 = s.charCodeAt(i + 2);
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return null;
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      // Overlong forms and UTF-16 surrogates are malformed: leave them to TextDecoder.
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      out += String.fromCharCode(cp);
      i += 3;
    } else return null;
  }
  return out;
}
