/**
 * Pinning catalog rows to the sentence of their seed document — shared by the seed-NNN tests.
 * Texts are compared as the catalog build compares quotes: NFKC, no white space.
 */
import * as fs from 'fs';
import * as path from 'path';
import catalog from '../../../src/domain/catalog/data/catalog.json';

export type Row = (typeof catalog.rows)[number];

/** As the build compares: NFKC (full-width → half-width), no white space. */
export const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Helpers for one seed document: `row(id)` finds a built row; `pinned(id, sentence)` also checks
 * that the sentence is in the document, the row comes from this plan and file, and its quote is
 * part of the sentence.
 */
export function pinner(plan: string, file: string) {
  const text = norm(fs.readFileSync(path.resolve(__dirname, '../../../seeds', file), 'utf8'));
  const row = (id: string): Row => {
    const r = catalog.rows.find((x) => x.id === id);
    if (!r) throw new Error(`no catalog row ${id}`);
    return r;
  };
  const pinned = (id: string, sentence: string): Row => {
    expect(text).toContain(norm(sentence));
    const r = row(id);
    expect(r.plan).toBe(plan);
    expect((r.source as { file?: string }).file).toBe(file);
    expect(norm(sentence)).toContain(norm(r.source.quote));
    return r;
  };
  return { text, row, pinned };
}
