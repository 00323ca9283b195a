/**
 * The zip container, read from its central directory and written back entry by entry.
 *
 * Why not fflate's unzipSync: it inflates every entry it keeps before we can look at the sizes,
 * and it cannot hand back an entry's compressed bytes. Reading the central directory ourselves
 * gives both: declared sizes are checked against the limits BEFORE anything is inflated (a zip
 * bomb is refused without unpacking a byte), and an entry that is not edited is written out with
 * its original compressed bytes, CRC and sizes, so it survives bit for bit.
 */
import { WorkbookError } from './errors';

/** One entry of the zip, as its central directory describes it. */
export interface ZipEntry {
  /** The entry name as stored (for an xlsx: a part name without the leading '/'). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General-purpose bit flags (bit 0: encrypted, bit 3: data descriptor, bit 11: UTF-8 name). */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Uncompressed size as declared; never trusted for more than a limit check and an allocation. */
  readonly size: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
  /** Offset of the compressed data in the file (after the local header). */
  readonly dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  // Exact up to 2^53, far beyond anything the limits let through.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const truncated = () =>
  new WorkbookError('corrupt', '文件不完整（可能下载或复制时被截断），请重新获取原文件', 'the file is incomplete (probably cut short while downloading or copying); get the original file again');

/**
 * Lists the entries of a zip from its central directory, checking every offset against the file.
 * Returns null when there is no zip structure at all; throws WorkbookError 'corrupt' when there is
 * one but it is damaged or cut short, 'encrypted' for zip-level encryption, 'limit' for too many
 * entries. Inflates nothing.
 * @example
 * const entries = readCentralDirectory(bytes, 10000);
 * entries.map((e) => e.name); // ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function readCentralDirectory(b: Uint8Array, maxEntries: number): ZipEntry[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) {
    // A zip that starts like one but has no end record was cut short.
    if (b.length >= 4 && u32(b, 0) === SIG_LOCAL) throw truncated();
    return null;
  }
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: the real numbers are in the ZIP64 end record the locator points to.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_EOCD64_LOCATOR) throw truncated();
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== SIG_EOCD64) throw truncated();
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (count > maxEntries) {
    throw new WorkbookError('limit', `文件包含 ${count} 个部件，超过上限 ${maxEntries}`, `the file holds ${count} parts, more than the limit of ${maxEntries}`);
  }
  if (cdOffset + cdSize > b.length) throw truncated();
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  const utf8 = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw truncated();
    const versionMadeBy = u16(b, p + 4);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const modTime = u16(b, p + 12);
    const modDate = u16(b, p + 14);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const externalAttributes = u32(b, p + 38);
    let localOffset = u32(b, p + 42);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > b.length) throw truncated();
    // OOXML part names are ASCII; decode as UTF-8 either way (CP437 never occurs in practice).
    const name = utf8.decode(b.subarray(nameStart, extraStart));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information: the 64-bit values appear in this order, each only if needed.
      let q = extraStart;
      const end = extraStart + extraLen;
      while (q + 4 <= end) {
        const id = u16(b, q);
        const len = u16(b, q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          if (size === 0xffffffff) (size = u64(b, r)), (r += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(b, r)), (r += 8);
          if (localOffset === 0xffffffff) localOffset = u64(b, r);
          break;
        }
        q += 4 + len;
      }
    }
    if (flags & 1) {
      throw new WorkbookError('encrypted', '文件已加密，请先在 Excel 中取消密码', 'the workbook is encrypted; remove the password in Excel first');
    }
    if (method !== 0 && method !== 8) {
      throw new WorkbookError('corrupt', `文件使用了不支持的压缩方式（${method}），请在 Excel 中另存为 .xlsx 后重试`, `the file uses an unsupported compression method (${method}); save it again as .xlsx in Excel and retry`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new WorkbookError('corrupt', `文件已损坏（部件重复：${name}）`, `the workbook is damaged (duplicate part ${name})`);
    seen.add(key);
    if (localOffset + 30 > b.length || u32(b, localOffset) !== SIG_LOCAL) throw truncated();
    const dataOffset = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    if (dataOffset + compressedSize > b.length) throw truncated();
    if (method === 0 && compressedSize !== size) throw new WorkbookError('corrupt', `文件已损坏（${name} 大小不符）`, `the workbook is damaged (${name}: sizes do not match)`);
    entries.push({ name, method, flags, crc32: crc, compressedSize, size, modTime, modDate, versionMadeBy, externalAttributes, dataOffset });
    p = next;
  }
  return entries;
}

/** The offset of the end-of-central-directory record, or -1. It sits in the last 65,557 bytes. */
function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      // The comment length must reach exactly to the end of the file (or the record is a fake).
      if (i + 22 + u16(b, i + 20) <= b.length) return i;
    }
  }
  return -1;
}

/** An entry to write: either the original compressed bytes of an entry, or new data. */
export interface ZipOutEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  modTime: number;
  modDate: number;
  versionMadeBy: number;
  externalAttributes: number;
  /** The bytes to store as the entry's data: deflated when method is 8. */
  data: Uint8Array;
}

/**
 * Writes a zip from entries whose data is already compressed. Local headers are written fresh
 * (without data descriptors or extra fields); the entry data is copied as given.
 * @example
 * const bytes = writeZip([{ name: 'a.txt', method: 0, crc32: crc32(data), compressedSize: data.length, size: data.length,
 *   modTime: 0, modDate: 0x21, versionMadeBy: 20, externalAttributes: 0, data }]);
 */
export function writeZip(entries: ZipOutEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  let total = 22;
  for (let i = 0; i < entries.length; i++) total += 30 + names[i].length + entries[i].data.length + 46 + names[i].length;
  if (total > 0xfffffff0 || entries.length > 0xfffe) {
    throw new WorkbookError('too-large', '输出文件超过 4 GB，无法写入', 'the output would be larger than 4 GB and cannot be written');
  }
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const n = names[i];
    offsets.push(p);
    const utf8Flag = /[^\x00-\x7f]/.test(e.name) ? 0x800 : 0;
    dv.setUint32(p, SIG_LOCAL, true);
    dv.setUint16(p + 4, e.method === 8 ? 20 : 10, true);
    dv.setUint16(p + 6, utf8Flag, true);
    dv.setUint16(p + 8, e.method, true);
    dv.setUint16(p + 10, e.modTime, true);
    dv.setUint16(p + 12, e.modDate, true);
    dv.setUint32(p + 14, e.crc32, true);
    dv.setUint32(p + 18, e.compressedSize, true);
    dv.setUint32(p + 22, e.size, true);
    dv.setUint16(p + 26, n.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(n, p + 30);
    out.set(e.data, p + 30 + n.length);
    p += 30 + n.length + e.data.length;
  }
  const cdStart = p;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const n = names[i];
    const utf8Flag = /[^\x00-\x7f]/.test(e.name) ? 0x800 : 0;
    dv.setUint32(p, SIG_CENTRAL, true);
    dv.setUint16(p + 4, e.versionMadeBy, true);
    dv.setUint16(p + 6, e.method === 8 ? 20 : 10, true);
    dv.setUint16(p + 8, utf8Flag, true);
    dv.setUint16(p + 10, e.method, true);
    dv.setUint16(p + 12, e.modTime, true);
    dv.setUint16(p + 14, e.modDate, true);
    dv.setUint32(p + 16, e.crc32, true);
    dv.setUint32(p + 20, e.compressedSize, true);
    dv.setUint32(p + 24, e.size, true);
    dv.setUint16(p + 28, n.length, true);
    // extra length, comment length, disk number, internal attributes: all 0
    dv.setUint32(p + 38, e.externalAttributes, true);
    dv.setUint32(p + 42, offsets[i], true);
    out.set(n, p + 46);
    p += 46 + n.length;
  }
  dv.setUint32(p, SIG_EOCD, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  return out;
}
