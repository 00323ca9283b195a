/**
 * Scoring `extract` against a seed's hand-made catalog rows (the answer key): recall and precision of
 * (indicator, year, value) on the target and baseline rows that carry a year and a number.
 *
 * How a drafted name and a catalog name are matched (docs/extract.md says the same): both are folded
 * with the catalog's own normalizeKey (half-width, no spaces or punctuation, lower case), then they
 * agree when (1) they are equal, (2) the draft's name is a key of the catalog (name, 繁體, alias) for
 * the row's indicator, (3) one contains the other (the plan says 全区学前三年毛入园率, the catalog
 * 学前三年毛入园率), or (4) their character bigrams overlap with a Dice coefficient ≥ 0.5 (建设思政课程
 * 创新示范学校 / 思政课程创新示范学校数), or (5) whatever the names, the draft's quote and the catalog
 * row's quote overlap in the document: the same number read from the same words (「全市各学校配备保
 * 安344名」 drafted as 各学校配备保安, catalogued as 学校保安人数). Year must be equal and value equal
 * to 1e-9 — never near. The score counts how many matches needed rule (5) (`byPlace`).
 * Rows the build expanded from a rule (每年提升2个百分点, `derived`) are not in the key: the text
 * states no number for those years.
 */
import * as OpenCC from 'opencc-js';
import { catalog } from '../../../src/domain/catalog';
import type { CatalogRow } from '../../../src/domain/catalog/types';
import { normalizeKey } from '../../../src/domain/core/text';
import type { DraftRow } from '../../../src/features/extract/types';
import type { CatalogGap } from './catalog-gaps';

export interface Score { keys: number; drafts: number; matched: number; byPlace: number; gaps: number; strictPrecision: number; recall: number; precision: number; missed: CatalogRow[]; extra: DraftRow[] }

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) { common++; pool.splice(i, 1); }
  }
  return (2 * common) / (x.length + y.length);
}

/** True when a drafted name and a catalog row name the same thing (the four rules above). */
// 塔城's text is in 繁體 and the catalog's row names in 简体: the draft keeps the document's own
// wording, and the comparison reads both in 简体 (OpenCC, as the catalog build does the other way).
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function namesAgree(draft: string, row: CatalogRow): boolean {
  const d = normalizeKey(toSimplified(draft));
  if (!d) return false;
  if (catalog.keys[d] === row.indicator) return true;
  const ind = catalog.indicators.find((i) => i.id === row.indicator);
  const names = [row.name, ind?.name ?? '', ...(ind?.aliases ?? [])].map(normalizeKey).filter((n) => n.length >= 2);
  return names.some((n) => n === d || (d.length >= 2 && (n.includes(d) || d.includes(n))) || dice(n, d) >= 0.5);
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The answer key of one plan: its dated target and baseline rows, stated in the text. */
export function answerKey(plan: string): CatalogRow[] {
  return catalog.rows.filter((r) => r.plan === plan && (r.kind === 'target' || r.kind === 'baseline') && r.year !== null && !r.derived);
}

// Where a quote sits in the document, compared as the catalog build compares them (NFKC, no white space).
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
function spans(text: string, quote: string): [number, number][] {
  const q = squeeze(quote);
  const out: [number, number][] = [];
  if (!q) return out;
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) out.push([i, i + q.length]);
  return out;
}

/** True when the two quotes share words of the document (rule 5). */
function samePlace(text: string, draftQuote: string, keyQuote: string): boolean {
  const a = spans(text, draftQuote);
  const b = spans(text, keyQuote);
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/**
 * Recall and precision of `drafts` against `key`, matching one draft to at most one key row: first
 * by name (rules 1-4), then, for the rows left, by place (rule 5) when `source` is given.
 */
export function score(drafts: DraftRow[], key: CatalogRow[], source?: string, gaps: readonly CatalogGap[] = []): Score {
  const scored = drafts.filter((d) => (d.kind === 'target' || d.kind === 'baseline') && d.year !== null);
  const used = new Set<number>();
  const matchedKeys = new Set<CatalogRow>();
  const text = source ? squeeze(source) : '';
  let byPlace = 0;
  const pass = (agree: (d: DraftRow, k: CatalogRow) => boolean) => {
    for (const k of key) {
      if (matchedKeys.has(k)) continue;
      const i = scored.findIndex((d, n) => !used.has(n) && d.year === k.year && sameValue(d.value, k.value) && agree(d, k));
      if (i >= 0) { used.add(i); matchedKeys.add(k); }
    }
  };
  pass((d, k) => namesAgree(d.indicator, k));
  if (source) {
    const before = matchedKeys.size;
    pass((d, k) => samePlace(text, d.quote, k.source.quote));
    byPlace = matchedKeys.size - before;
  }
  // A draft the catalog lacks but a person found right (catalog-gaps.ts) counts as right.
  const gapRows = scored.filter((d, n) => !used.has(n) && gaps.some((g) => g.year === d.year && sameValue(g.value, d.value) && d.quote.includes(g.quote)));
  return {
    keys: key.length, drafts: scored.length, matched: matchedKeys.size, byPlace, gaps: gapRows.length,
    recall: key.length ? matchedKeys.size / key.length : 1,
    precision: scored.length ? (used.size + gapRows.length) / scored.length : 1,
    strictPrecision: scored.length ? used.size / scored.length : 1,
    missed: key.filter((k) => !matchedKeys.has(k)),
    extra: scored.filter((d, n) => !used.has(n) && !gapRows.includes(d)),
  };
}
