/**
 * The schools of a table fill recognised, as the county summary (and so report.html) reads them:
 * shared by the CLI's demo and the web page, which make the same report of a filled workbook.
 */
import { parseNumber } from '../../domain/core/parse';
import { parseStage } from '../../domain/core/stage';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { isMetricError } from '../../domain/core/errors';
import type { FoundTable } from '../fill/tables';
import type { SchoolFigures } from './types';

/**
 * The schools of a recognised table, as the county summary reads them.
 * @example
 * schoolRows(fill.tables[0]).length; // 50 for the sample county
 */
export function schoolRows(t: FoundTable): SchoolFigures[] {
  const colOf = new Map<string, number>();
  for (const c of t.detected.columns) if (!colOf.has(c.indicatorId) || c.match === 'name') colOf.set(c.indicatorId, c.col);
  const num = (v: unknown): number | null => {
    try {
      return typeof v === 'number' || typeof v === 'string' ? parseNumber(v) : null;
    } catch (e) {
      if (isMetricError(e)) return null; // an error value or text: not a figure
      throw e;
    }
  };
  const rows: SchoolFigures[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const line = t.grid[r] ?? [];
    const stageText = t.detected.stageCol === null ? null : line[t.detected.stageCol];
    if (typeof stageText !== 'string') continue;
    let stage;
    try {
      stage = parseStage(stageText);
    } catch {
      continue;
    }
    rows.push({
      name: String(line[0] ?? ''),
      stage,
      students: t.detected.studentsCol === null ? null : num(line[t.detected.studentsCol]),
      values: RESOURCE_INDICATORS.map((id) => (colOf.has(id) ? num(line[colOf.get(id)!]) : null)),
    });
  }
  return rows;
}
