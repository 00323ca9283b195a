/**
 * fill over the real-workbook corpus (test/fixtures/corpus, sources in its SOURCES.md): no crash,
 * the input untouched, every part fill does not patch byte-identical, non-formula cells unchanged
 * (the cells a legacy array formula covers included), and a refusal is one
 * bilingual line. Spoiled cached values are checked against LibreOffice in
 * test/cross-engine/corpus-libreoffice.test.ts.
 */
import { checkFile, corpusFiles, CI_FILES } from './corpus-check';

const files = corpusFiles();

test('the corpus holds at least 500 workbooks from at least 4 sources, and CI takes files from each', () => {
  expect(files.length).toBeGreaterThanOrEqual(500);
  const sources = new Set(files.map((f) => f.split(/[/\\]/)[0]));
  expect(sources.size).toBeGreaterThanOrEqual(4);
  for (const f of CI_FILES) expect(files).toContain(f);
  expect(new Set(CI_FILES.map((f) => f.split('/')[0]))).toEqual(sources);
});

// The whole corpus is `npm run corpus` (bench/corpus.ts); CI runs these.
test.each(CI_FILES)('%s', (file) => {
  const o = checkFile(file);
  expect(o.crashed).toBeUndefined();
  if (o.refused) expect(o.refused).toMatch(/^[^\n]+ \/ [^\n]+$/);
  expect(o.changedParts).toEqual([]);
  // Cells covered by a legacy array formula are computed by fill too (a scalar result fills every
  // cell, as in Excel): they count as the formula's, and their saved values are held by the
  // LibreOffice test (test/cross-engine/corpus-libreoffice.test.ts).
  expect(o.changedValues).toEqual([]);
  // A formula kept with Excel's value keeps it (only one with no value saved gets the engine's error).
  expect(o.changedKept.filter((c) => !/ null → /.test(c))).toEqual([]);
  expect(o.unreadable).toBeUndefined();
});
