/**
 * `runHF` for many cases at once. Building a HyperFormula instance costs ~18 ms, evaluating one EDU
 * formula well under 1 ms; so the fuzz test lays a whole chunk of cases out in ONE instance.
 *
 * Each case gets what `runHF` gives it, only renamed: its own data sheet `Data_k` (the `Data`
 * sheet of `toWorkbook`, same cells, same text/blank/boolean mapping) and its own formula sheet
 * `Out_k` with the formula in A1 (the `Sheet1` of `runHF`). All data sheets come before all formula
 * sheets, as `Data` comes before `Sheet1`, so the plugin's parse-time spill prediction reads the
 * same cells. A matrix result spills on its own sheet and is read back like `runHF` reads it, so no
 * case can collide with another. If an instance cannot even be built (HyperFormula aborts a whole
 * workbook on some spill failures), the chunk is halved until the culprit runs alone through
 * `runHF` itself.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { createEngine } from '../../src/engine/hf/engine';
import type { Case } from '../conformance/case';
import { readOutcome, runHF, toWorkbook, type Outcome } from '../conformance/run';

/**
 * A `toWorkbook` formula pointed at another data sheet. Its string literals never contain a quote
 * (`toWorkbook` puts such text in a cell), so splitting on `"…"` finds them exactly and only the
 * references outside them are renamed.
 */
export function onSheet(formula: string, sheet: string): string {
  return formula
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/\bData!/g, `'${sheet}'!`)))
    .join('');
}

/** How the cases of one batch were evaluated: in the shared instance, or alone through `runHF`. */
export interface BatchStats {
  batched: number;
  alone: number;
}

/**
 * Every case through HyperFormula, `chunk` cases per instance; the same outcomes as `cases.map(runHF)`.
 * @example
 * runHFBatch([{ fn: 'PER100', args: [21, 500], expect: 4.2, why: '' }]); // [{ value: 4.2 }]
 */
export function runHFBatch(cases: Case[], chunk = 1000, stats: BatchStats = { batched: 0, alone: 0 }): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < cases.length; i += chunk) out.push(...runChunk(cases.slice(i, i + chunk), stats));
  return out;
}

function runChunk(cases: Case[], stats: BatchStats): Outcome[] {
  if (cases.length === 0) return [];
  const sheets: Record<string, RawCellContent[][]> = {};
  const books = cases.map(toWorkbook);
  books.forEach((b, k) => {
    sheets[`Data_${k}`] = b.data.length ? b.data : [[]];
  });
  books.forEach((b, k) => {
    sheets[`Out_${k}`] = [[onSheet(b.formula, `Data_${k}`)]];
  });
  let hf: HyperFormula;
  try {
    hf = createEngine(sheets);
  } catch (e) {
    if (cases.length === 1) {
      stats.alone++;
      return [runHF(cases[0])]; // throws too if the case really breaks HyperFormula: the test sees it
    }
    const half = Math.ceil(cases.length / 2);
    return [...runChunk(cases.slice(0, half), stats), ...runChunk(cases.slice(half), stats)];
  }
  try {
    const res = cases.map((c, k) => readOutcome(hf, hf.getSheetId(`Out_${k}`)!, c.fn));
    stats.batched += cases.length;
    return res;
  } finally {
    hf.destroy();
  }
}
