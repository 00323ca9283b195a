/**
 * The user's own plan for the EDU functions in WPS (docs/own-plan.md). WPS runs the functions in
 * the add-in's page (index.html), not in the pane's, and its object model is synchronous: so the
 * functions themselves read the active workbook's 「规划目标」 sheet — no pane needed, and a workbook
 * reopened alone finds its plan on its first calculation. One read serves a whole recalculation:
 * it is kept for READ_AGAIN_MS, then read again (an edit of the sheet shows at the next
 * recalculation after that).
 */
import type { CatalogLayer } from '../../domain/catalog/layer';
import { applyProfile, isTrackerNotPlan, PLAN_SHEET_NAMES, readPlanSheet, type PlanCell } from '../../domain/catalog/user-plan';
import { etSheetByName, etValues, type EtApplication } from './et-io';

/** How long one reading of the sheet serves (a recalculation of a county table is well within). */
export const READ_AGAIN_MS = 2000;

/**
 * A source of the layer for the active workbook, reading the sheet at most once per READ_AGAIN_MS
 * per workbook; null when there is no plan sheet or no workbook. Never throws: a host that
 * refuses the read leaves the bundled catalog.
 * @example
 * const layerNow = etPlanLayer(() => window.Application);
 * layerNow()?.plans[0].name; // '某某县'
 */
export function etPlanLayer(app: () => EtApplication, now: () => number = Date.now): () => CatalogLayer | null {
  let kept: { book: string; at: number; layer: CatalogLayer | null } | null = null;
  return () => {
    try {
      const a = app();
      const book = String(a?.ActiveWorkbook?.FullName ?? a?.ActiveWorkbook?.Name ?? '');
      const t = now();
      if (kept && kept.book === book && t - kept.at < READ_AGAIN_MS) return kept.layer;
      const ws = etSheetByName(a, PLAN_SHEET_NAMES);
      let layer: CatalogLayer | null = null;
      if (ws) {
        const used = ws.UsedRange;
        const top = Number(used.Row) - 1;
        const left = Number(used.Column) - 1;
        const rows: PlanCell[][] = etValues(used).map((r) => [...Array(left).fill(null), ...r]);
        const read = readPlanSheet(String(ws.Name), [...Array.from({ length: top }, () => [] as PlanCell[]), ...rows]);
        layer = isTrackerNotPlan(String(ws.Name), read) ? null : applyProfile(read);
      }
      kept = { book, at: t, layer };
      return layer;
    } catch {
      return null;
    }
  };
}
