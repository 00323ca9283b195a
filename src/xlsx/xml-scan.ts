/**
 * A pull scanner for the large XML parts (worksheets, shared strings): it steps from tag to tag
 * with `indexOf`, keeps the attributes of the current tag as offsets in one reused Int32Array and
 * creates no object per tag. It reports positions as indexes into the string, which is what lets
 * the patcher replace one `<c>` and copy every other character of the part as it was.
 *
 * Why not saxes here: saxes is used for the small parts (workbook, relationships, styles), but on a
 * 54 MB worksheet (50,000 rows × 25 columns) it needs ≈1.6 s with empty handlers on the build
 * machine, most of the whole read budget; this scanner needs a fraction of that. It checks what a
 * reader of SpreadsheetML needs checked (tags close, attributes are quoted, no DTD) and no more.
 */
import { corrupt } from './errors';
import { XmlSource } from './xml-source';
import { decodeEntities, normalizeNewlines } from './xml-text';

/** Token kinds returned by XmlScanner.next(). */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
/** A self-closing tag, `<x/>`. */
export const EMPTY = 3;

const MAX_ATTRS = 64;

export class XmlScanner {
  /** The whole part (see XmlSource: for UTF-8 parts, one character per byte). */
  readonly s: string;
  /** Where `s` came from; decodes text ranges. */
  readonly src: XmlSource;
  /** Where the next token starts looking. */
  pos = 0;
  /** The kind of the current token. */
  kind = END;
  /** Offset of the current tag's '<'. */
  tagStart = 0;
  /** Offset just after the current tag's '>'. */
  tagEnd = 0;
  /** The current tag's local name (prefix dropped): [nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** The qualified name's start (the prefix, when there is one). */
  qnameStart = 0;
  /** Attribute count and [nameStart, nameEnd, valueStart, valueEnd] per attribute. */
  attrCount = 0;
  readonly attrs = new Int32Array(MAX_ATTRS * 4);
  /** The part name, for error messages. */
  private readonly part: string;

  /**
   * @example
   * const sc = new XmlScanner('<a x="1"><b/></a>', 'test.xml');
   * sc.next(); // OPEN (a)
   * sc.attr('x'); // '1'
   */
  constructor(src: XmlSource | string, part: string) {
    this.src = typeof src === 'string' ? XmlSource.fromText(src) : src;
    this.s = this.src.s;
    this.part = part;
  }

  /**
   * Moves to the next tag and returns its kind (OPEN, CLOSE, EMPTY) or END. Comments, processing
   * instructions and the XML declaration are skipped; CDATA sections are skipped too (callers that
   * read text use `text()`, which handles them).
   * @example
   * while (sc.next() !== END) if (sc.kind === OPEN && sc.is('row')) count++;
   */
  next(): number {
    const s = this.s;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) {
        this.kind = END;
        this.pos = s.length;
        return END;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) throw this.bad('unterminated end tag');
        let ne = gt;
        while (ne > lt + 2 && isSpace(s.charCodeAt(ne - 1))) ne--;
        this.setName(lt + 2, ne);
        this.tagStart = lt;
        this.tagEnd = this.pos = gt + 1;
        this.attrCount = 0;
        return (this.kind = CLOSE);
      }
      if (c === 63 /* ? */) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) throw this.bad('unterminated processing instruction');
        this.pos = e + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) throw this.bad('unterminated comment');
          this.pos = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) throw this.bad('unterminated CDATA');
          this.pos = e + 3;
          continue;
        }
        // A DOCTYPE: OPC forbids DTDs in parts, and refusing them also rules out entity expansion.
        throw this.bad('DTD not allowed');
      }
      return this.openTag(lt);
    }
  }

  private openTag(lt: number): number {
    const s = this.s;
    const n = s.length;
    let i = lt + 1;
    let local = i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 62 /* > */ || c === 47 /* / */ || isSpace(c)) break;
      if (c === 58 /* : */) local = i + 1;
    }
    if (i === lt + 1) throw this.bad('empty tag name');
    this.qnameStart = lt + 1;
    this.nameStart = local;
    this.nameEnd = i;
    this.tagStart = lt;
    let count = 0;
    const a = this.attrs;
    for (;;) {
      let c = s.charCodeAt(i);
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (c === 62 /* > */) {
        this.attrCount = count;
        this.tagEnd = this.pos = i + 1;
        return (this.kind = OPEN);
      }
      if (c === 47 /* / */) {
        if (s.charCodeAt(i + 1) !== 62) throw this.bad('malformed empty tag');
        this.attrCount = count;
        this.tagEnd = this.pos = i + 2;
        return (this.kind = EMPTY);
      }
      if (i >= n) throw this.bad('unterminated tag');
      const an = i;
      while (i < n && c !== 61 /* = */ && !isSpace(c) && c !== 62 && c !== 47) c = s.charCodeAt(++i);
      const ae = i;
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (c !== 61) throw this.bad('attribute without value');
      c = s.charCodeAt(++i);
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (c !== 34 /* " */ && c !== 39 /* ' */) throw this.bad('unquoted attribute');
      const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) throw this.bad('unterminated attribute');
      if (count < MAX_ATTRS) {
        const k = count * 4;
        a[k] = an;
        a[k + 1] = ae;
        a[k + 2] = i + 1;
        a[k + 3] = close;
        count++;
      }
      i = close + 1;
    }
  }

  private setName(start: number, end: number): void {
    this.qnameStart = start;
    let local = start;
    const s = this.s;
    for (let i = start; i < end; i++) if (s.charCodeAt(i) === 58) local = i + 1;
    this.nameStart = local;
    this.nameEnd = end;
  }

  /**
   * True when the current tag's local name is `name`.
   * @example
   * sc.is('c');
   */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.s.startsWith(name, this.nameStart);
  }

  /**
   * The current tag's local name.
   * @example
   * sc.name(); // 'row'
   */
  name(): string {
    return this.s.slice(this.nameStart, this.nameEnd);
  }

  /**
   * The index of attribute `name` (qualified name as written, e.g. 'r' or 'r:id'), or -1.
   * @example
   * const k = sc.attrIndex('t');
   */
  attrIndex(name: string): number {
    const a = this.attrs;
    const s = this.s;
    const len = name.length;
    for (let k = 0; k < this.attrCount * 4; k += 4) {
      if (a[k + 1] - a[k] === len && s.startsWith(name, a[k])) return k;
    }
    return -1;
  }

  /**
   * The decoded value of attribute `name`, or undefined.
   * @example
   * sc.attr('r'); // 'B7'
   */
  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    if (k < 0) return undefined;
    return decodeEntities(this.src.sub(this.attrs[k + 2], this.attrs[k + 3]));
  }

  /**
   * The raw (undecoded) value of attribute `name`, or undefined. Only for values that are always
   * ASCII without entities (cell references, numbers, enumerations).
   * @example
   * sc.rawAttr('s'); // '3'
   */
  rawAttr(name: string): string | undefined {
    const k = this.attrIndex(name);
    return k < 0 ? undefined : this.s.slice(this.attrs[k + 2], this.attrs[k + 3]);
  }

  /**
   * The attribute `name` as a non-negative integer, `dflt` if absent or not a plain integer. Parsed
   * from the characters, without making a string.
   * @example
   * sc.intAttr('s', 0); // 3
   */
  intAttr(name: string, dflt: number): number {
    const k = this.attrIndex(name);
    if (k < 0) return dflt;
    const s = this.s;
    const e = this.attrs[k + 3];
    let i = this.attrs[k + 2];
    if (i === e) return dflt;
    let v = 0;
    for (; i < e; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return dflt;
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * After an OPEN tag: the text content up to the matching end tag, which is consumed; line ends
   * normalised and entities decoded, as an XML parser does.
   * Child elements (there should be none) are skipped; CDATA sections are included.
   * @example
   * if (sc.is('v')) value = sc.text();
   */
  text(): string {
    const start = this.pos;
    const end = this.plainTextEnd();
    return end >= 0 ? decodeEntities(normalizeNewlines(this.src.sub(start, end))) : this.slowText();
  }

  /**
   * For an element just opened whose content is plain text up to its end tag (the common case):
   * where that text ends — it starts at `pos` as it was — having moved past the end tag. -1, and
   * nothing moved, when the content has markup (CDATA, children, comments): `text()` decodes that.
   * @example
   * const start = sc.pos; const end = sc.plainTextEnd(); // raw text: src.sub(start, end)
   */
  plainTextEnd(): number {
    const lt = this.s.indexOf('<', this.pos);
    if (lt < 0 || this.s.charCodeAt(lt + 1) !== 47) return -1;
    this.next(); // the end tag
    return lt;
  }

  private slowText(): string {
    const s = this.s;
    let out = '';
    let depth = 0;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.bad('unterminated element');
      if (depth === 0) out += decodeEntities(normalizeNewlines(this.src.sub(this.pos, lt)));
      if (s.startsWith('<![CDATA[', lt)) {
        const e = s.indexOf(']]>', lt + 9);
        if (e < 0) throw this.bad('unterminated CDATA');
        if (depth === 0) out += normalizeNewlines(this.src.sub(lt + 9, e));
        this.pos = e + 3;
        continue;
      }
      const k = this.next();
      if (k === OPEN) depth++;
      else if (k === CLOSE) {
        if (depth === 0) return out;
        depth--;
      } else if (k === END) throw this.bad('unterminated element');
    }
  }

  /**
   * After an OPEN tag: skips to just past its matching end tag.
   * @example
   * if (sc.kind === OPEN && sc.is('extLst')) sc.skip();
   */
  skip(): void {
    let depth = 1;
    for (;;) {
      const k = this.next();
      if (k === OPEN) depth++;
      else if (k === CLOSE) {
        if (--depth === 0) return;
      } else if (k === END) throw this.bad('unterminated element');
    }
  }

  /**
   * A 'corrupt' WorkbookError for this part.
   * @example
   * throw sc.bad('unexpected end');
   */
  bad(why: string): Error {
    return corrupt(this.part, `XML 格式错误（${why}，位置 ${this.pos}）`, `malformed XML (${why} at offset ${this.pos})`);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
