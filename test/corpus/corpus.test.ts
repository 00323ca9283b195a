/**
 * fill over the real-workbook corpus (test/fixtures/corpus, sources in its SOURCES.md): no crash,
 * the input untouched, every part fill does not patch byte-identical, non-formula cells unchanged
 * (the cells a legacy array formula covers included), and a refusal is one
 * bilingual line. Spoiled cached values are checked against LibreOffice in
 * test/cross-engine/corpus-libreoffice.test.ts.
 */
import { checkFile, corpusFiles } from './corpus-check';

const files = corpusFiles();

test('the corpus holds at least 150 workbooks', () => {
  expect(files.length).toBeGreaterThanOrEqual(150);
});

test.each(files)('%s', (file) => {
  const o = checkFile(file);
  expect(o.crashed).toBeUndefined();
  if (o.refused) expect(o.refused).toMatch(/^[^\n]+ \/ [^\n]+$/);
  expect(o.changedParts).toEqual([]);
  // Cells covered by a legacy array formula are computed by fill too: a scalar result fills every
  // cell, as in Excel, so these files' covered cells keep the values Excel saved.
  expect(o.changedValues).toEqual([]);
});
