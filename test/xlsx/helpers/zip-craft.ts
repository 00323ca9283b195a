/** Crafting zips byte by byte for the bad-input tests: sizes and CRCs say whatever the test needs. */
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../../src/xlsx/codec';
import { ZipOutEntry, writeZip } from '../../../src/xlsx/zip';

export interface CraftEntry {
  name: string;
  /** The real content (deflated unless `stored`). */
  content?: Uint8Array | string;
  /** Raw bytes to store as the entry's data, instead of deflating `content`. */
  raw?: Uint8Array;
  stored?: boolean;
  /** Overrides of what the headers declare. */
  size?: number;
  crc?: number;
}

export function craftZip(entries: CraftEntry[]): Uint8Array {
  const out: ZipOutEntry[] = entries.map((e) => {
    const content = typeof e.content === 'string' ? strToU8(e.content) : e.content ?? new Uint8Array(0);
    const data = e.raw ?? (e.stored ? content : deflateSync(content, { level: 6 }));
    return {
      name: e.name,
      method: e.stored ? 0 : 8,
      crc32: e.crc ?? crc32(content),
      compressedSize: data.length,
      size: e.size ?? content.length,
      modTime: 0,
      modDate: 0x21,
      versionMadeBy: 20,
      externalAttributes: 0,
      data,
    };
  });
  return writeZip(out);
}

/** Deterministic pseudo-random bytes. */
export function randomBytes(n: number, seed = 12345): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** A compound-file header (the OLE signature) followed by filler and, optionally, a UTF-16LE name. */
export function compoundFile(streamName?: string): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  b.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18);
  // The directory sector: "Root Entry", then the stream name, UTF-16LE.
  const put = (s: string, at: number) => {
    for (let i = 0; i < s.length; i++) {
      b[at + 2 * i] = s.charCodeAt(i) & 0xff;
      b[at + 2 * i + 1] = s.charCodeAt(i) >> 8;
    }
  };
  put('Root Entry', 0x400);
  put(streamName ?? 'Workbook', 0x480);
  return b;
}
