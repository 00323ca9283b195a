/**
 * Scoring `extract` against a seed's hand-made catalog rows (the answer key): recall and precision of
 * (indicator, year, value) on the target and baseline rows that carry a year and a number.
 *
 * How a drafted name and a catalog name are matched (docs/extract.md says the same): both are folded
 * with the catalog's own normalizeKey (half-width, no spaces or punctuation, lower case), then they
 * agree when (1) they are equal, (2) the draft's name is a key of the catalog (name, 繁體, alias) for
 * the row's indicator, (3) one contains the other (the plan says 全区学前三年毛入园率, the catalog
 * 学前三年毛入园率), or (4) their character bigrams overlap with a Dice coefficient ≥ 0.5 (建设思政课程
 * 创新示范学校 / 思政课程创新示范学校数). Year must be equal and value equal to 1e-9 — never near.
 * Rows the build expanded from a rule (每年提升2个百分点, `derived`) are not in the key: the text
 * states no number for those years.
 */
import * as OpenCC from 'opencc-js';
import { catalog } from '../../../src/domain/catalog';
import type { CatalogRow } from '../../../src/domain/catalog/types';
import { normalizeKey } from '../../../src/domain/core/text';
import type { DraftRow } from '../../../src/features/extract/types';

export interface Score { keys: number; drafts: number; matched: number; recall: number; precision: number; missed: CatalogRow[]; extra: DraftRow[] }

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

/** Recall and precision of `drafts` against `key`, matching one draft to at most one key row. */
export function score(drafts: DraftRow[], key: CatalogRow[]): Score {
  const scored = drafts.filter((d) => (d.kind === 'target' || d.kind === 'baseline') && d.year !== null);
  const used = new Set<number>();
  const matchedKeys = new Set<CatalogRow>();
  for (const k of key) {
    const i = scored.findIndex((d, n) => !used.has(n) && d.year === k.year && sameValue(d.value, k.value) && namesAgree(d.indicator, k));
    if (i >= 0) { used.add(i); matchedKeys.add(k); }
  }
  return {
    keys: key.length, drafts: scored.length, matched: matchedKeys.size,
    recall: key.length ? matchedKeys.size / key.length : 1,
    precision: scored.length ? used.size / scored.length : 1,
    missed: key.filter((k) => !matchedKeys.has(k)),
    extra: scored.filter((_, n) => !used.has(n)),
  };
}
