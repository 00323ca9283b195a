/**
 * `extract` measured against the five seed documents: their hand-made catalog rows (seeds/*.yaml)
 * are the answer key. Recall and precision of (indicator, year, value) on the target and baseline
 * rows that carry a year and a number, per document; how names are matched is in ./score.ts and
 * docs/extract.md. The issue asks for recall ≥ 90 % and precision ≥ 85 % per document, and that is
 * what is asserted (docs/extract.md has the table and what is still missed). Every quote must be a
 * verbatim substring of its document.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalog } from '../../../src/domain/catalog';
import { extractRows } from '../../../src/features/extract/extract';
import { answerKey, score } from './score';
import { CATALOG_GAPS } from './catalog-gaps';

// The issue's bar, per document: recall ≥ 0.90, precision ≥ 0.85 (a hand-checked catalog gap counts
// as right; catalog-gaps.ts). Measured 2026-12-07 in docs/extract.md.
const FLOOR: Record<string, { recall: number; precision: number }> = {
  yuquan: { recall: 0.9, precision: 0.85 },
  anqiu: { recall: 0.9, precision: 0.85 },
  dongcheng: { recall: 0.9, precision: 0.85 },
  tacheng: { recall: 0.9, precision: 0.85 },
  nanxiong: { recall: 0.9, precision: 0.85 },
};

const plans = catalog.plans.filter((p) => p.file);
const table: string[] = [];
afterAll(() => console.log(['plan     keys drafts matched (by place) gaps recall precision (strict)', ...table].join('\n')));

test.each(plans.map((p) => [p.id, p.file!]))('%s: recall and precision against the catalog, quotes verbatim', (id, file) => {
  const text = fs.readFileSync(path.join(__dirname, '../../../seeds', file), 'utf8');
  const { rows } = extractRows(text);
  for (const r of rows) {
    expect(text.includes(r.quote)).toBe(true);
    expect(text.slice(r.at, r.at + r.quote.length)).toBe(r.quote);
  }
  const s = score(rows, answerKey(id), text, CATALOG_GAPS.filter((g) => g.plan === id));
  table.push(`${id.padEnd(9)}${String(s.keys).padStart(4)} ${String(s.drafts).padStart(6)} ${String(s.matched).padStart(7)} ${String(`(${s.byPlace})`).padStart(10)} ${String(s.gaps).padStart(4)} ${(s.recall * 100).toFixed(1).padStart(6)} ${(s.precision * 100).toFixed(1).padStart(9)} ${`(${(s.strictPrecision * 100).toFixed(1)})`.padStart(8)}`);
  expect(s.recall).toBeGreaterThanOrEqual(FLOOR[id].recall);
  expect(s.precision).toBeGreaterThanOrEqual(FLOOR[id].precision);
});
