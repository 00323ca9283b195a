/**
 * A user's own plans, layered over the bundled catalog for one evaluation. The bundled catalog
 * never changes; a workbook's 「规划目标」 sheet (or `--catalog FILE`) becomes a CatalogLayer, and
 * every lookup (getPlan, rowsOf, resolvePlan, resolveIndicator, selectThreshold …) sees the bundled
 * rows plus the layer's while `withCatalogLayer` runs — so two workbooks filled one after the other
 * never see each other's plans. The Excel and WPS runtimes hold one workbook each: the pane sets
 * that workbook's layer with `setHostLayer`.
 */
import type { CatalogRow, Indicator, Plan } from './types';

/** A bad row of a user's plan: where it is, and what is wrong, Chinese then English. */
export interface PlanFinding {
  sheet: string;
  /** 1-based row number as Excel shows it (0 for a finding about the whole sheet or file). */
  row: number;
  zh: string;
  en: string;
}

/** A province profile: the plan whose 标准 rows override the national ones, and its school scope. */
export interface ProvinceProfile {
  /** The id of the plan (in the layer) whose rows override the national standards. */
  plan: string;
  /**
   * 教学点 with fewer students than this are left out of DIFFCOEF, the school rule and the verdict
   * (河北省's 具体办法 uses 50); null when the profile states no such scope.
   */
  minStudents: number | null;
}

/** What a user brings: plans, the indicators the catalog does not know, rows, and what is wrong. */
export interface CatalogLayer {
  plans: Plan[];
  indicators: Indicator[];
  rows: CatalogRow[];
  findings: PlanFinding[];
  /** The province profile the workbook names (「适用省级标准：河北省」 or `--profile`). */
  profile: ProvinceProfile | null;
  /** The profile's name as the workbook or the command line gave it (kept for messages). */
  profileName?: string;
}

/** The empty layer. @example emptyLayer().rows.length; // 0 */
export function emptyLayer(): CatalogLayer {
  return { plans: [], indicators: [], rows: [], findings: [], profile: null };
}

let scoped: CatalogLayer | null = null;
let host: CatalogLayer | null = null;

/**
 * The layer in force: the one `withCatalogLayer` set for this evaluation, else the host's.
 * @example
 * activeLayer(); // null outside withCatalogLayer in the CLI
 */
export function activeLayer(): CatalogLayer | null {
  return scoped ?? host;
}

/**
 * Runs `fn` (synchronous: an evaluation) with `layer` over the bundled catalog, and restores what
 * was in force before — also when `fn` throws.
 * @example
 * withCatalogLayer(layer, () => TARGET('毛入园率', 2025, '某某县')); // the value of the user's row
 */
export function withCatalogLayer<T>(layer: CatalogLayer | null, fn: () => T): T {
  const before = scoped;
  scoped = layer;
  try {
    return fn();
  } finally {
    scoped = before;
  }
}

/**
 * Sets the layer of the workbook an Excel or WPS runtime serves (one workbook per runtime); null
 * takes it away. The pane calls it when it reads the workbook's 「规划目标」 sheet.
 * @example
 * setHostLayer(readPlanSheet('规划目标', grid)); // EDU.TARGET(…, "某某县") now finds the sheet's rows
 */
export function setHostLayer(layer: CatalogLayer | null): void {
  host = layer;
}

/**
 * Two layers as one (the workbook's sheet and `--catalog FILE`): plans, rows and findings of both;
 * the later profile wins.
 * @example
 * mergeLayers(a, b).rows.length; // a.rows.length + b.rows.length
 */
export function mergeLayers(...layers: (CatalogLayer | null | undefined)[]): CatalogLayer {
  const out = emptyLayer();
  for (const l of layers) {
    if (!l) continue;
    out.plans.push(...l.plans.filter((p) => !out.plans.some((q) => q.id === p.id)));
    out.indicators.push(...l.indicators.filter((i) => !out.indicators.some((j) => j.id === i.id)));
    out.rows.push(...l.rows);
    out.findings.push(...l.findings);
    if (l.profile) out.profile = l.profile;
    if (l.profileName) out.profileName = l.profileName;
  }
  return out;
}

/**
 * A memo that is per layer: answers worked out from the catalog (a stage's seven standards …) are
 * kept once for the bundled catalog and once for each layer, never mixed.
 * @example
 * const memo = layeredMemo<string, number>();
 * memo().set('primary', 4.5); // kept for the layer in force (or the bundled catalog)
 */
export function layeredMemo<K, V>(): () => Map<K, V> {
  const bundled = new Map<K, V>();
  const byLayer = new WeakMap<CatalogLayer, Map<K, V>>();
  return () => {
    const l = activeLayer();
    if (!l) return bundled;
    let m = byLayer.get(l);
    if (!m) byLayer.set(l, (m = new Map()));
    return m;
  };
}

/**
 * The province profile's school scope in force: 教学点 with fewer students than this are left out;
 * null with no profile or a profile without that rule.
 * @example
 * profileMinStudents(); // null outside a workbook that names a profile
 */
export function profileMinStudents(): number | null {
  return activeLayer()?.profile?.minStudents ?? null;
}
