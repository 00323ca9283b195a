/**
 * The text of a .docx, read from its XML (word/document.xml): one line a paragraph, and a table
 * row as one line with its cells split by tabs — the shape the 主要指标表 reader takes.
 */
import { unzipSync } from 'fflate';
import { saxWalk } from '../../xlsx/sax';
import { ExtractInputError } from './errors';

// A plan's document.xml is a few MB at most; a declared size beyond this is refused before inflating.
const MAX_XML = 64 * 1024 * 1024;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The plain text of a .docx file's body.
 * @example
 * docxText(fs.readFileSync('规划.docx')); // '某县教育事业“十四五”发展规划\n…\n指标\t2020年\t2025年\t属性\n…'
 */
export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_XML) throw new ExtractInputError('文档过大，无法读取', 'the document is too large to read');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ExtractInputError) throw e;
    throw new ExtractInputError('不是有效的 .docx 文件（无法解压）', 'not a valid .docx file (cannot unzip it)');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new ExtractInputError('不是 Word 文档：缺少 word/document.xml', 'not a Word document: word/document.xml is missing');
  return documentXmlText(new TextDecoder('utf-8').decode(xml));
}

/**
 * The text of a WordprocessingML body: paragraphs as lines, table rows as tab-separated lines.
 * @example
 * documentXmlText('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>到2025年</w:t></w:r></w:p></w:body></w:document>');
 * // '到2025年'
 */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  let para = '';
  let inText = false;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  try {
    saxWalk(xml, 'word/document.xml', {
      open: (t) => {
        if (t.uri !== W) return;
        if (t.local === 't') inText = true;
        else if (t.local === 'tab') para += '\t';
        else if (t.local === 'br' || t.local === 'cr') para += row ? ' ' : '\n';
        else if (t.local === 'p') para = '';
        else if (t.local === 'tbl') tableDepth++;
        else if (t.local === 'tr' && tableDepth === 1) row = [];
        else if (t.local === 'tc' && tableDepth === 1) cell = [];
      },
      close: (t) => {
        if (t.uri !== W) return;
        if (t.local === 't') inText = false;
        else if (t.local === 'p') {
          if (cell) cell.push(para.replace(/\t/g, ' ').trim());
          else lines.push(para);
          para = '';
        } else if (t.local === 'tc' && tableDepth === 1 && cell && row) {
          row.push(cell.filter(Boolean).join(' '));
          cell = null;
        } else if (t.local === 'tr' && tableDepth === 1 && row) {
          lines.push(row.join('\t'));
          row = null;
        } else if (t.local === 'tbl') tableDepth--;
      },
      text: (s) => {
        if (inText) para += s;
      },
    });
  } catch {
    throw new ExtractInputError('Word 文档的 XML 无法读取', "the Word document's XML cannot be read");
  }
  return lines.join('\n');
}
