/**
 * Text that may come from a user stays text in the files the product writes (issue 9):
 *  - .xlsx written with exceljs (src/features/templates/xlsx-writer.ts: `plan-metrics template`, the sample
 *    workbook): a JS string cell value is a string cell — a shared string (t="s"), no <f> — even
 *    when it begins with = + - @; only CellSpec.formula becomes a formula. Checked on the bytes.
 *  - the HTML report (src/features/report/html.ts): the title, the source (a file name) and the school names of
 *    the follow-up list are escaped, and no table cell begins with = + - @ (Excel, opening the .html,
 *    would take such a cell for a formula).
 * (The task pane's path, Range.values in Excel, is test/hosts/pane/cell-text.test.ts.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import type { SheetSpec } from '../../../src/features/templates/types';
import { esc, reportHtml } from '../../../src/features/report/html';
import { summarizeCounty } from '../../../src/features/verdict/county-summary';

const HOSTILE = ['=HYPERLINK("http://x","点击")', '+1', '-1', '@SUM(A1)', '=1+1', '-2+3', '\t=1', "'quoted"];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

/** The cells of the first sheet of an .xlsx: type attribute, <f> if any, and the text or value. */
function cells(xlsx: Buffer): Map<string, { t: string | null; f: string | null; text: string | null }> {
  const files = unzipSync(new Uint8Array(xlsx));
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      decode([...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')))
    : [];
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const out = new Map<string, { t: string | null; f: string | null; text: string | null }>();
  for (const m of sheet.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1];
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)![1];
    const t = /\bt="(\w+)"/.exec(attrs)?.[1] ?? null;
    const f = /<f[^>]*>([\s\S]*?)<\/f>|<f[^>]*\/>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const text = t === 's' && v !== undefined ? shared[Number(v)] : t === 'inlineStr' ? decode(is ?? '') : v !== undefined ? decode(v) : null;
    out.set(ref, { t, f: f ? (f[1] ?? '') : null, text });
  }
  return out;
}

test('.xlsx (exceljs): text beginning with = + - @ is a string cell, not a formula', async () => {
  const spec: SheetSpec = {
    name: '注入',
    cells: [
      ...HOSTILE.map((value, i) => ({ ref: `A${i + 1}`, value, style: 'text' as const })),
      { ref: 'B1', formula: 'SUM(1,2)' },
      { ref: 'B2', value: -1 },
    ],
    merges: [],
    columnWidths: { A: 20 },
  };
  const got = cells(await writeTemplateXlsx(spec));
  HOSTILE.forEach((text, i) => {
    const c = got.get(`A${i + 1}`)!;
    expect([text, c.f, ['s', 'str', 'inlineStr'].includes(c.t ?? ''), c.text]).toEqual([text, null, true, text]);
  });
  // The control: a CellSpec formula is a formula, a number a number.
  expect(got.get('B1')!.f).toBe('SUM(1,2)');
  expect([got.get('B2')!.t, got.get('B2')!.f, got.get('B2')!.text]).toEqual([null, null, '-1']);
});

test('HTML report: title and source escaped; no table cell begins with = + - @', () => {
  const rows = [{ name: '=HYPERLINK("http://x")', stage: 'primary' as const, students: 100, values: [4.2, 1, 0.9, 4, 7.5, 2000, 2.3] }];
  const title = '<img src=x onerror="alert(1)">=1+1';
  const source = '@SUM(A1)<script>.xlsx';
  const html = reportHtml(summarizeCounty(rows), { title, source });
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script');
  expect(html).toContain(esc(title));
  expect(html).toContain(esc(source));
  // The school misses 生均教学及辅助用房面积 (4 < 4.5), so its name is in the follow-up list: escaped,
  // and behind Excel's quote prefix, never as a cell that begins with =.
  expect(html).toContain(`<td>&#39;${esc(rows[0].name)}</td>`);
  const tds = [...html.matchAll(/<t[dh][^>]*>([^<]*)</g)].map((m) => m[1]);
  expect(tds.length).toBeGreaterThan(10);
  expect(tds.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
});
