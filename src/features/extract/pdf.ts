/**
 * The text of a PDF, with pdfjs-dist (Mozilla's PDF.js, the legacy build made for Node): each
 * page's text items joined into lines by their position, so a table row reads as one line and a
 * paragraph as its lines. Offline: no worker, no fonts or CMaps fetched (text extraction needs none).
 */
import { ExtractInputError } from './errors';

interface TextItem { str: string; transform: number[]; width: number; hasEOL?: boolean }

/**
 * The plain text of a PDF file, page after page.
 * @example
 * await pdfText(fs.readFileSync('规划.pdf')); // '某县教育事业“十四五”发展规划\n…'
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdfjs-dist 4 is an ES module; Node 20.19+ loads it with require().
  let pdfjs: typeof import('pdfjs-dist');
  try {
    pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs') as typeof import('pdfjs-dist');
  } catch {
    throw new ExtractInputError(
      '读取 PDF 需要 Node 20.19 或更新版本；也可先把 PDF 另存为 .txt 或 .docx',
      'reading a PDF needs Node 20.19 or newer; or save the PDF as .txt or .docx first',
    );
  }
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new ExtractInputError('PDF 已加密，请先取消密码', 'the PDF is encrypted; remove the password first');
    throw new ExtractInputError('不是有效的 PDF 文件', 'not a valid PDF file');
  }
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    let lastY: number | null = null;
    let lastEnd = 0;
    const lines: string[] = [];
    // Items come in the order the producer drew them (a spreadsheet draws column by column): read
    // them as a person does, top to bottom, then left to right within a line.
    const items = (content.items as TextItem[]).filter((it) => typeof it.str === 'string' && it.str !== '');
    items.sort((a, b) => (Math.abs(a.transform[5] - b.transform[5]) > 2 ? b.transform[5] - a.transform[5] : a.transform[4] - b.transform[4]));
    for (const item of items) {
      const y = item.transform[5];
      if (lastY !== null && Math.abs(y - lastY) > 2 && line) {
        lines.push(line);
        line = '';
      }
      // A gap wider than a character between items of one line is a cell border: a tab, as in a .docx row.
      const x = item.transform[4];
      const size = Math.abs(item.transform[0]) || 10;
      if (!item.str.trim()) {
        // A space item between two numbers of a table row is the cell border too.
        if (line && !line.endsWith('\t')) line += '\t';
        lastY = y;
        continue;
      }
      if (line && !line.endsWith('\t') && lastY !== null && x - lastEnd > size * 0.9) line += '\t';
      line += item.str;
      lastY = y;
      lastEnd = x + item.width;
    }
    if (line) lines.push(line);
    pages.push(lines.join('\n'));
  }
  await doc.destroy();
  const text = pages.join('\n');
  if (!text.trim()) throw new ExtractInputError('PDF 中没有文字（可能是扫描件，需要先做文字识别）', 'the PDF has no text (a scan? run OCR first)');
  return text;
}
