/**
 * The lines of the plan tracker: which catalog rows of a plan make one tracked target, its
 * baseline, and whether the EDU functions can reach it. EDU.TARGET takes no stage and every EDU
 * lookup prefers an unscoped row, so some rows (a 试点镇 target, a second 小学 target, a stage-
 * dependent dated target) cannot be named by a formula; the tracker shows their catalog value as a
 * number instead and compares in plain Excel, and says so.
 */
import { allRows, getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold, targetForYear } from '../../domain/catalog/select';
import type { CatalogRow, Indicator, Plan, Stage } from '../../domain/catalog/types';

/** One tracked target or standard. */
export interface TrackerLine {
  indicator: Indicator;
  stage: Stage;
  scope: string | null;
  kind: 'standard' | 'target';
  /** The catalog rows of the line; several for a target stated for several years (ascending). */
  rows: CatalogRow[];
  /** The plan's latest baseline for the same indicator (same stage first), if any. */
  baseline: CatalogRow | null;
  /**
   * How 本年目标 is written: EDU.TARGET (whatever it reaches without a stage: dated targets and
   * standards of one stage), EDU.THRESHOLD with the stage (other standing standards), or the
   * catalog's number (a row no EDU lookup selects).
   */
  target: 'TARGET' | 'THRESHOLD' | 'literal';
  /** Whether met and gap use EDU.MEETS / EDU.GAP (the row is what they select) or plain Excel. */
  compare: 'edu' | 'plain';
}

/**
 * The tracked lines of a plan, in catalog order: each standing standard or target its own line, a
 * target stated for several years one line (its trajectory).
 * @example
 * const lines = trackerLines('national');
 * lines[0].indicator.id;      // 'qualified_teachers_per100'
 * lines[0].stage;             // 'primary'
 * lines[0].target;            // 'THRESHOLD'
 */
export function trackerLines(planName?: string): TrackerLine[] {
  const plan = resolvePlan(planName);
  const own = allRows().filter((r) => r.plan === plan.id);
  const groups: CatalogRow[][] = [];
  const dated = new Map<string, CatalogRow[]>();
  for (const r of own) {
    if (r.kind === 'baseline' || r.kind === 'forecast' || r.kind === 'assumption') continue;
    if (r.year === null) {
      groups.push([r]);
      continue;
    }
    const key = [r.indicator, r.stage, r.scope ?? '', r.kind].join('|');
    let g = dated.get(key);
    if (!g) {
      g = [];
      dated.set(key, g);
      groups.push(g);
    }
    g.push(r);
  }
  // A group whose years repeat is several targets that happen to share a key (one per item of a
  // list in the plan), not a trajectory: each becomes its own line.
  const lines: CatalogRow[][] = [];
  for (const g of groups) {
    const years = new Set(g.map((r) => r.year));
    if (years.size === g.length) lines.push([...g].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)));
    else for (const r of g) lines.push([r]);
  }
  return lines.map((rows) => line(plan, rows, own));
}

function line(plan: Plan, rows: CatalogRow[], own: CatalogRow[]): TrackerLine {
  const first = rows[0];
  const indicator = getIndicator(first.indicator)!;
  const stageArg = first.stage === 'all' ? undefined : first.stage;
  const ids = new Set(rows.map((r) => r.id));
  let target: TrackerLine['target'] = 'literal';
  let compare: TrackerLine['compare'] = 'plain';
  // EDU.TARGET first (it takes no stage, so it reaches only a stage-independent line); a standing
  // standard it cannot reach is EDU.THRESHOLD with the stage; else the catalog's number.
  try {
    const year = rows[rows.length - 1].year ?? 9999;
    const t = targetForYear(indicator, plan, year);
    if (!t.fallback && t.rows.every((r) => ids.has(r.id))) target = 'TARGET';
  } catch {
    // not reachable by EDU.TARGET
  }
  if (first.year === null) {
    try {
      const sel = selectThreshold(indicator, plan, stageArg);
      if (!sel.fallback && ids.has(sel.row.id)) {
        if (target === 'literal') target = 'THRESHOLD';
        compare = 'edu';
      }
    } catch {
      // not reachable: stays literal
    }
  }
  return {
    indicator,
    stage: first.stage,
    scope: first.scope,
    kind: first.kind === 'standard' ? 'standard' : 'target',
    rows,
    baseline: baselineOf(own, first),
    target,
    compare,
  };
}

function baselineOf(own: CatalogRow[], row: CatalogRow): CatalogRow | null {
  const bases = own.filter((r) => r.kind === 'baseline' && r.indicator === row.indicator);
  const tiers = [
    bases.filter((r) => r.stage === row.stage && (r.scope ?? null) === (row.scope ?? null)),
    bases.filter((r) => r.stage === row.stage),
    bases.filter((r) => r.stage === 'all'),
  ];
  for (const t of tiers) if (t.length) return [...t].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  return null;
}
