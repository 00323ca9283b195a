/**
 * The hand-written decoders that make reading big sheets faster must read exactly what the
 * standard decoders read: XmlSource.sub against TextDecoder on arbitrary Unicode (and on malformed
 * bytes), decodeEntities against the plain regular-expression rule.
 */
import fc from 'fast-check';
import { XmlSource } from '../../src/xlsx/xml-source';
import { decodeEntities } from '../../src/xlsx/xml-text';

const reference = (s: string) =>
  s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] ?? m;
  });

test('decodeEntities reads what the regular-expression rule reads', () => {
  const piece = fc.oneof(fc.constantFrom('&quot;', '&amp;', '&lt;', '&gt;', '&apos;', '&#x4E2D;', '&#20013;', '&AMP;', '&nope;', '&', ';', '& x;', 'EDU.MEETS(', '学段'), fc.string({ maxLength: 4 }));
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (ps) => {
    const s = ps.join('');
    expect(decodeEntities(s)).toBe(reference(s));
  }), { numRuns: 3000 });
  expect(decodeEntities('EDU.MEETS(&quot;生均用房&quot;,K2,$B2)')).toBe('EDU.MEETS("生均用房",K2,$B2)');
});

test('XmlSource.sub decodes UTF-8 as TextDecoder does, short spans and long, well-formed or not', () => {
  // A cell's text may begin with U+FEFF: inside a part it is a character, not a byte-order mark
  // (fast-check found this one: "\uFEFF𐀀", whose 4-byte character sends it to TextDecoder).
  const bom = new TextEncoder().encode('<v>\uFEFF𐀀</v>');
  expect(XmlSource.fromBytes(bom).sub(3, bom.length - 4)).toBe('\uFEFF𐀀');
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  fc.assert(fc.property(fc.fullUnicodeString({ maxLength: 30 }), (text) => {
    const bytes = new TextEncoder().encode(`<v>${text}</v>`);
    expect(XmlSource.fromBytes(bytes).sub(3, bytes.length - 4)).toBe(text);
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), (raw) => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('<v>'), ...raw.map((b) => (b === 60 || b === 38 ? 65 : b)), ...new TextEncoder().encode('</v>')]);
    let src: XmlSource;
    try {
      src = XmlSource.fromBytes(bytes);
    } catch {
      return; // not UTF-8 at all: refused when opened, never read
    }
    expect(src.sub(3, bytes.length - 4)).toBe(dec.decode(bytes.subarray(3, bytes.length - 4)));
  }), { numRuns: 3000 });
});
