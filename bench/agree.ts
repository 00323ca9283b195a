/**
 * Agreement between two engines' results: every formula cell's value, numbers to 1e-9 relative
 * (of max(1, |v|)), booleans, text and errors exactly. Used by bench/run.ts and its test.
 */
import * as fs from 'fs';
import { openXlsx } from '../src/xlsx/open';
import { readWorkbook } from '../src/xlsx/read';

/** A sheet's formula values by A1 reference. */
export type Grid = Map<string, unknown>;
/** @example values("out.xlsx").get("K2"); // 4.2 */
export function values(file: string, sheet?: string): Grid {
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  const s = wb.sheets.find((x: any) => x.name === (sheet ?? 'schools')) ?? wb.sheets[0];
  return new Map(s.cells.filter((c: any) => c.formula !== undefined).map((c: any) => [c.ref, c.value]));
}

/**
 * The largest difference between two engines' formula values (numbers to 1e-9 relative, others exactly).
 * @example compare(new Map([["A1", 1]]), new Map([["A1", 1 + 1e-12]])).over1e9; // 0
 */
export function compare(a: Grid, b: Grid): { compared: number; maxAbsDiff: number; maxRelDiff: number; over1e9: number; nonNumericMismatches: number; stale999: number; examples: string[] } {
  let compared = 0, maxAbsDiff = 0, maxRelDiff = 0, over = 0, other = 0, stale = 0;
  const examples: string[] = [];
  for (const [ref, v] of a) {
    const w = b.get(ref);
    compared++;
    if (w === 999 || v === 999) stale++;
    if (typeof v === 'number' && typeof w === 'number') {
      const d = Math.abs(v - w);
      maxAbsDiff = Math.max(maxAbsDiff, d);
      maxRelDiff = Math.max(maxRelDiff, d / Math.max(1, Math.abs(v)));
      if (d > 1e-9 * Math.max(1, Math.abs(v))) { over++; if (examples.length < 5) examples.push(`${ref}: ${v} vs ${w}`); }
    } else if (JSON.stringify(v) !== JSON.stringify(w)) {
      other++;
      if (examples.length < 5) examples.push(`${ref}: ${JSON.stringify(v)} vs ${JSON.stringify(w)}`);
    }
  }
  return { compared, maxAbsDiff, maxRelDiff, over1e9: over, nonNumericMismatches: other, stale999: stale, examples };
}

