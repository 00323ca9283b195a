/**
 * Writing a patched part: the original with a few ranges replaced. Replacements arrive in document
 * order, so the writer streams: it copies the original from where it left off up to the next
 * replacement, writes the new text, and skips the replaced range. For a UTF-8 part the copying is
 * of the original BYTES (no re-encoding), into one growing buffer, and each new cell's text is
 * written and dropped at once — a fill of 250,000 cells keeps no quarter-million strings alive.
 */
import { XmlSource } from './xml-source';

type NodeBuf = Uint8Array & { write(s: string, offset: number, length: number, encoding: 'latin1'): number };
const NodeBuffer = (globalThis as unknown as { Buffer?: { allocUnsafe(n: number): NodeBuf } }).Buffer;

/** A byte buffer; under Node a Buffer, whose write(…, 'latin1') copies a byte string natively. */
function alloc(n: number): Uint8Array {
  return NodeBuffer ? NodeBuffer.allocUnsafe(n) : new Uint8Array(n);
}

export class PartWriter {
  private readonly src: XmlSource;
  /** Source offset up to which the output is written. */
  private at = 0;
  private edits = 0;
  // Byte mode (UTF-8 parts):
  private buf: Uint8Array | null = null;
  private len = 0;
  // Text mode (other encodings):
  private pieces: string[] | null = null;

  /**
   * @example
   * const w = new PartWriter(pkg.source('xl/worksheets/sheet1.xml'), 1000 * 24); // 1,000 values to add
   */
  constructor(src: XmlSource, growth = 0) {
    this.src = src;
    // Sized for the original plus what the edits will add (`growth`, an estimate): doubling an
    // 80 MB buffer once it overflows would hold 250 MB at the end of a 50,000-school sheet.
    if (src.bytes) this.buf = alloc(src.bytes.length + growth + 4096);
    else this.pieces = [];
  }

  /** Source offset up to which the output is written; a splice may not start before it. */
  get position(): number {
    return this.at;
  }

  /** True when something was spliced. */
  get changed(): boolean {
    return this.edits > 0;
  }

  /**
   * Copies the original up to `start`, writes `text` (in the form of `src.s`), and continues the
   * original from `end` (== start for an insertion).
   * @example
   * w.splice(cs.start, cs.end, '<c r="B2"><v>1</v></c>');
   */
  splice(start: number, end: number, text: string): void {
    if (start < this.at || end < start) throw new Error(`out-of-order edit at ${start} (written up to ${this.at})`);
    this.copy(start);
    this.write(text);
    this.at = end;
    this.edits++;
  }

  /**
   * The whole new part, in its original encoding.
   * @example
   * const bytes = w.finish();
   */
  finish(): Uint8Array {
    this.copy(this.src.s.length);
    if (this.buf) return this.buf.subarray(0, this.len);
    return this.src.toBytes(this.pieces!.join(''));
  }

  private copy(to: number): void {
    if (to <= this.at) return;
    if (this.buf) {
      const n = to - this.at;
      this.ensure(n);
      this.buf.set(this.src.bytes!.subarray(this.at, to), this.len);
      this.len += n;
    } else this.pieces!.push(this.src.s.slice(this.at, to));
    this.at = to;
  }

  private write(text: string): void {
    if (!this.buf) {
      this.pieces!.push(text);
      return;
    }
    // A byte string: every character is one byte.
    this.ensure(text.length);
    const b = this.buf;
    if (NodeBuffer) {
      this.len += (b as NodeBuf).write(text, this.len, text.length, 'latin1');
      return;
    }
    let o = this.len;
    for (let i = 0; i < text.length; i++) b[o++] = text.charCodeAt(i);
    this.len = o;
  }

  private ensure(n: number): void {
    const b = this.buf!;
    if (this.len + n <= b.length) return;
    const next = alloc(Math.max(Math.ceil(b.length * 1.25), this.len + n + (1 << 20)));
    next.set(b.subarray(0, this.len));
    this.buf = next;
  }
}

/** One replacement for applySplices. */
export interface Splice {
  start: number;
  end: number;
  text: string;
  /** Orders insertions at the same offset. */
  order: number;
}

/**
 * The text with the splices applied (for small parts where the edits come in any order). Splices
 * never overlap; insertions at the same point keep their `order`.
 * @example
 * applySplices('<a><b/></a>', [{ start: 3, end: 7, text: '<c/>', order: 0 }]); // '<a><c/></a>'
 */
export function applySplices(xml: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const out: string[] = [];
  let pos = 0;
  for (const sp of splices) {
    if (sp.start < pos) throw new Error(`overlapping edits at ${sp.start}`);
    out.push(xml.slice(pos, sp.start), sp.text);
    pos = sp.end;
  }
  out.push(xml.slice(pos));
  return out.join('');
}
