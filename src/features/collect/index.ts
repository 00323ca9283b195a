/**
 * collect: the 汇总 of school returns into one county table, with the 逻辑校验 findings. Pure (bytes
 * in, rows and findings out), so the CLI, its worker threads and the task pane share it.
 */
import { duplicateFindings, rowFindings } from './checks';
import { readReturn } from './read-return';
import { mergeTeachingPoints } from './statistics/teaching-points';
import type { DeriveOptions } from './statistics/derive-parts';
import type { CollectResult } from './types';

export type { CollectedRow, CollectResult, Finding, FindingCheck, KindergartenRow } from './types';
export { readReturn } from './read-return';
export { countyStage, asNumber } from './checks';

/**
 * Merges already-read returns (in file order) and runs the checks.
 * @example
 * mergeReturns([readReturn(a, 'a.xlsx'), readReturn(b, 'b.xlsx')]).rows.length; // 2
 */
export function mergeReturns(reads: readonly ReturnType<typeof readReturn>[], o: CollectOptions = {}): CollectResult {
  const merged = mergeTeachingPoints(reads.flatMap((r) => r.rows), { minStudents: o.teachingPointMin });
  const rows = merged.rows;
  const findings = reads.flatMap((r) => r.findings);
  findings.push(...merged.findings);
  for (const r of rows) findings.push(...rowFindings(r));
  findings.push(...duplicateFindings(rows));
  return { rows, findings, kindergartens: reads.flatMap((r) => r.kindergartens ?? []) };
}

/** Options of collect: how statistics are derived, and the province's 教学点 threshold. */
export interface CollectOptions extends DeriveOptions {
  /** Leave out 教学点 with fewer students (a province profile may); default: keep all. */
  teachingPointMin?: number;
}

/**
 * Reads and merges returns.
 * @example
 * collectReturns([{ name: '一小.xlsx', bytes }]).findings; // []
 */
export function collectReturns(files: readonly { name: string; bytes: Uint8Array }[], o: CollectOptions = {}): CollectResult {
  return mergeReturns(files.map((f) => readReturn(f.bytes, f.name, o)), o);
}
