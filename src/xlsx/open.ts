/**
 * Opening a workbook file: deciding what the bytes are, refusing what is not an .xlsx (or .xlsm)
 * with a message that says what to do, and checking sizes before anything is unpacked. The result
 * is a lazy view: a part is inflated only when asked for, and only up to the size its entry
 * declares, so a 40 MB worksheet costs nothing until it is read and a zip bomb costs nothing at all.
 */
import { InflateFailure, inflateRawBounded, crc32 } from './codec';
import { WorkbookError, corrupt } from './errors';
import { parseRels, relType, relsPathOf } from './opc';
import { compoundFileError, isCompoundFile, notZipError } from './sniff';
import { XmlSource } from './xml-source';
import { decodeXml } from './xml-text';
import { ZipEntry, readCentralDirectory } from './zip';

/** Resource limits for opening and reading a workbook. */
export interface XlsxLimits {
  /** Sum of the declared uncompressed sizes of all parts. Default 512 MiB. */
  maxUncompressedBytes?: number;
  /** Number of zip entries. Default 10,000. */
  maxEntries?: number;
  /** Cells (with a value or a formula, or just a style) over all worksheets. Default 20,000,000. */
  maxCells?: number;
}

/** The defaults of XlsxLimits. */
export const DEFAULT_LIMITS: Readonly<Required<XlsxLimits>> = Object.freeze({
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxEntries: 10000,
  maxCells: 20_000_000,
});

/** A lazy view of an .xlsx / .xlsm package. */
export class XlsxPackage {
  /** The file as given; never modified. */
  readonly file: Uint8Array;
  /** The zip entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  readonly limits: Readonly<Required<XlsxLimits>>;
  /** The main workbook part, usually 'xl/workbook.xml'. */
  readonly workbookPath: string;
  private readonly byName: Map<string, ZipEntry>;

  /**
   * Use openXlsx; the constructor trusts its arguments.
   * @example
   * const pkg = openXlsx(bytes); // not new XlsxPackage(…)
   */
  constructor(file: Uint8Array, entries: ZipEntry[], limits: Required<XlsxLimits>, workbookPath: string) {
    this.file = file;
    this.entries = entries;
    this.limits = limits;
    this.workbookPath = workbookPath;
    // Part names are case-insensitive in OPC.
    this.byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  }

  /**
   * The entry of a part, or undefined. A leading '/' and letter case are ignored.
   * @example
   * pkg.entry('/xl/styles.xml')?.size;
   */
  entry(part: string): ZipEntry | undefined {
    return this.byName.get((part.startsWith('/') ? part.slice(1) : part).toLowerCase());
  }

  /**
   * True when the package has the part.
   * @example
   * pkg.has('xl/vbaProject.bin'); // true for an .xlsm with macros
   */
  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  /** True for a macro-enabled workbook (.xlsm): its macros are kept as they are when patching. */
  get macroEnabled(): boolean {
    return this.entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  }

  /**
   * The part's compressed bytes exactly as stored in the file (a view, not a copy).
   * @example
   * pkg.compressed('xl/media/image1.png');
   */
  compressed(part: string): Uint8Array {
    const e = this.need(part);
    return this.file.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  }

  /**
   * The part's bytes, inflated and checked against the size and CRC its entry declares.
   * @example
   * const xml = new TextDecoder().decode(pkg.read('xl/workbook.xml'));
   */
  read(part: string): Uint8Array {
    // `fill` reads the big worksheet three times (to compute it, to look for its rules, to patch
    // it): the last part read is kept, so it is inflated and checked once.
    if (this.last?.part === part) return this.last.data;
    // The worksheet kept as a source (below) holds its bytes: reading workbook.xml or styles.xml in
    // between must not make a 70 MB sheet be inflated and checked a second time.
    const data = (this.lastSource?.part === part ? this.lastSource.bytes : null) ?? this.inflate(part);
    this.last = { part, data };
    return data;
  }

  private last?: { part: string; data: Uint8Array };

  private inflate(part: string): Uint8Array {
    const e = this.need(part);
    const raw = this.file.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let data: Uint8Array;
    if (e.method === 0) data = raw;
    else {
      try {
        data = inflateRawBounded(raw, e.size);
      } catch (err) {
        if (!(err instanceof InflateFailure)) throw err;
        if (err.reason === 'overrun') {
          throw corrupt(e.name, '解压后的大小超过声明的大小（可能是恶意构造的文件）', 'it unpacks to more than its declared size (possibly a crafted file)');
        }
        throw corrupt(e.name, '压缩数据损坏', 'the compressed data is damaged');
      }
    }
    if (crc32(data) !== e.crc32) throw corrupt(e.name, '校验和不符', 'checksum mismatch');
    return data;
  }

  /**
   * The part decoded as XML text (UTF-8 unless its BOM or declaration says otherwise).
   * @example
   * pkg.text('[Content_Types].xml').includes('spreadsheetml'); // true
   */
  text(part: string): string {
    const bytes = this.read(part);
    try {
      return decodeXml(bytes).text;
    } catch (err) {
      throw decodeFailure(part, err);
    }
  }

  /**
   * The part's text from its last `sheetData>` on — the end of a worksheet's cells, after which it
   * keeps its conditional formats, validations and extensions. Only that tail is decoded: at
   * 50,000 schools the cells before it are 70 MB, and decoding them to look for a rule took half a
   * second of `fill`. The whole text when there are no cells to skip, or when the part is not in
   * UTF-8 (its bytes for the tag would differ).
   * @example
   * pkg.textAfterCells('xl/worksheets/sheet1.xml'); // 'sheetData><conditionalFormatting …'
   */
  textAfterCells(part: string): string {
    const bytes = this.read(part);
    const at = lastIndexOfAscii(bytes, 'sheetData>');
    if (at < 0 || decodeXml(bytes.subarray(0, 200)).encoding !== 'utf-8') return this.text(part);
    return new TextDecoder('utf-8').decode(bytes.subarray(at));
  }

  /**
   * The part as an XmlSource: for UTF-8, one character per byte, which the worksheet scanner and
   * the patcher work on (see xml-source.ts).
   * @example
   * const src = pkg.source('xl/worksheets/sheet1.xml');
   */
  source(part: string): XmlSource {
    // Like read(): the worksheet that is read and then patched is decoded once.
    const kept = this.lastSource?.part === part ? this.lastSource : undefined;
    if (kept?.src) return kept.src;
    const bytes = this.read(part);
    try {
      const src = XmlSource.fromBytes(bytes);
      this.lastSource = { part, bytes, src };
      return src;
    } catch (err) {
      throw decodeFailure(part, err);
    }
  }

  /**
   * Lets go of a part's text (what source() made) but keeps its bytes, so that asking for the
   * source again is a copy of the bytes (≈40 ms for 90 MB), not an inflate and checksum. `fill`
   * calls it between reading a sheet and patching it: at 50,000 schools the text is 90 MB that
   * nothing needs while the workbook is computed.
   * @example
   * const src = pkg.source('xl/worksheets/sheet1.xml'); // … read the cells …
   * pkg.releaseText('xl/worksheets/sheet1.xml');        // the next source() makes it again
   */
  releaseText(part: string): void {
    if (this.lastSource?.part === part) this.lastSource.src = undefined;
  }

  private lastSource?: { part: string; bytes: Uint8Array; src?: XmlSource };

  private need(part: string): ZipEntry {
    const e = this.entry(part);
    if (!e) throw corrupt(part, '缺少该部件', 'the part is missing');
    return e;
  }
}

/**
 * Opens an .xlsx or .xlsm file from its bytes. Nothing is inflated except the package
 * relationships; sizes are checked against `limits` first. Throws WorkbookError: 'not-zip' (empty
 * or not a zip), 'csv', 'xls', 'encrypted', 'corrupt' (cut short, damaged), 'not-xlsx' (a zip
 * without a workbook, e.g. a .docx), 'too-large', 'limit' (too many entries).
 * @example
 * const pkg = openXlsx(fs.readFileSync('县域学校资源表.xlsx'));
 * pkg.workbookPath; // 'xl/workbook.xml'
 */
export function openXlsx(bytes: Uint8Array, limits: XlsxLimits = {}): XlsxPackage {
  const lim: Required<XlsxLimits> = {
    maxUncompressedBytes: limits.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes,
    maxEntries: limits.maxEntries ?? DEFAULT_LIMITS.maxEntries,
    maxCells: limits.maxCells ?? DEFAULT_LIMITS.maxCells,
  };
  if (bytes.length === 0) {
    throw new WorkbookError('not-zip', '文件是空的（0 字节），请重新获取原文件', 'the file is empty (0 bytes); get the original file again');
  }
  if (isCompoundFile(bytes)) throw compoundFileError(bytes);
  const entries = readCentralDirectory(bytes, lim.maxEntries);
  if (entries === null) throw notZipError(bytes);
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > lim.maxUncompressedBytes) {
    throw new WorkbookError(
      'too-large',
      `文件解压后约 ${mib(total)} MB，超过上限 ${mib(lim.maxUncompressedBytes)} MB`,
      `the file unpacks to about ${mib(total)} MB, more than the limit of ${mib(lim.maxUncompressedBytes)} MB`,
    );
  }
  const pkg = new XlsxPackage(bytes, entries, lim, '');
  const workbookPath = findWorkbookPart(pkg);
  if (!workbookPath) {
    // A binary workbook (often renamed .xlsx) and an OpenDocument sheet are zips too: say which, and the way out.
    if (pkg.has('xl/workbook.bin')) {
      throw new WorkbookError('not-xlsx', '这是二进制工作簿（.xlsb），请在 Excel 中“另存为” Excel 工作簿（.xlsx）', 'this is a binary workbook (.xlsb); in Excel, Save As "Excel Workbook (.xlsx)"');
    }
    if (pkg.has('content.xml') && pkg.has('mimetype')) {
      throw new WorkbookError('not-xlsx', '这是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx', 'this is an OpenDocument spreadsheet (.ods); save it as .xlsx in WPS or LibreOffice');
    }
    const what = pkg.has('word/document.xml') ? '（这是 Word 文档）' : pkg.has('ppt/presentation.xml') ? '（这是 PowerPoint 文件）' : '';
    const whatEn = what ? (pkg.has('word/document.xml') ? ' (it is a Word document)' : ' (it is a PowerPoint file)') : '';
    throw new WorkbookError('not-xlsx', `压缩包中没有 Excel 工作簿${what}`, `the zip holds no Excel workbook${whatEn}`);
  }
  return new XlsxPackage(bytes, entries, lim, workbookPath);
}

/** Why a part's bytes could not become a string: too long for a JS string, or an unknown encoding. */
function decodeFailure(part: string, err: unknown): WorkbookError {
  if (err instanceof WorkbookError) return err;
  if (err instanceof RangeError && /string length/i.test(err.message)) {
    // V8 strings stop at ~512 M characters; a part that large is beyond what we read anyway.
    return new WorkbookError('too-large', `部件 ${part} 太大，无法读取`, `the part ${part} is too large to read`);
  }
  return corrupt(part, '文本编码无法识别', 'its text encoding is not recognised');
}

/** The officeDocument target of the package relationships, else the conventional xl/workbook.xml. */
function findWorkbookPart(pkg: XlsxPackage): string | null {
  const rels = relsPathOf('');
  if (pkg.has(rels)) {
    const main = parseRels(pkg.text(rels), '').find((r) => relType(r) === 'officeDocument' && r.partName);
    if (main?.partName && pkg.has(main.partName) && /\.xml$/i.test(main.partName) && !/^(word|ppt)\//i.test(main.partName)) {
      return pkg.entry(main.partName)!.name;
    }
  }
  return pkg.has('xl/workbook.xml') ? pkg.entry('xl/workbook.xml')!.name : null;
}

function mib(n: number): string {
  return (n / (1024 * 1024)).toFixed(0); // bytes → MiB
}

/** Where the ASCII text `s` last occurs in `bytes`, or -1; scanned from the end. */
function lastIndexOfAscii(bytes: Uint8Array, s: string): number {
  const last = s.charCodeAt(s.length - 1);
  outer: for (let i = bytes.length - 1; i >= s.length - 1; i--) {
    if (bytes[i] !== last) continue;
    for (let k = 1; k < s.length; k++) if (bytes[i - k] !== s.charCodeAt(s.length - 1 - k)) continue outer;
    return i - s.length + 1;
  }
  return -1;
}
