/**
 * Registers every EDU function with WPS under the namespace EDU, so cells call `EDU.SHORTFALL(…)`
 * and 插入函数 → 用户定义 lists them. `wps.AddCustomFunction` exists from WPS 12.1.0.20540 on; an
 * older WPS has none, and the add-in says so instead of failing (see taskpane.ts).
 */
import { FUNCTIONS } from '../../domain/edu/table';
import { wpsMeta } from './metadata';
import { wpsFunction } from './wps-call';
import type { CatalogLayer } from '../../domain/catalog/layer';

/** The WPS version that brings add-in custom functions (kdocs: wps-addin-custome-function). */
export const WPS_FUNCTIONS_VERSION = '12.1.0.20540';
/** The namespace the functions are called under. */
export const NAMESPACE = 'EDU';

/** The part of `window.wps` used here. */
export interface WpsHost {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, meta?: unknown) => unknown;
}

/**
 * True when this WPS can register worksheet functions.
 * @example
 * canRegister({ AddCustomFunction() {} }); // true
 * canRegister({});                         // false
 */
export function canRegister(wps: WpsHost | undefined | null): boolean {
  return !!wps && typeof wps.AddCustomFunction === 'function';
}

/**
 * Registers every EDU function; returns how many were registered (0 when WPS cannot). A function
 * WPS refuses (it throws) is reported by name, the others are still registered.
 * @example
 * registerAll(window.wps); // { registered: 25, failed: [] }
 * registerAll(window.wps, etPlanLayer(() => window.Application)); // the same, reading the workbook's 「规划目标」
 */
export function registerAll(wps: WpsHost | undefined | null, layer?: () => CatalogLayer | null): { registered: number; failed: string[] } {
  if (!canRegister(wps)) return { registered: 0, failed: [] };
  const failed: string[] = [];
  let registered = 0;
  for (const spec of FUNCTIONS) {
    try {
      wps!.AddCustomFunction!(NAMESPACE, spec.name, wpsFunction(spec.name, layer), wpsMeta(spec));
      registered++;
    } catch {
      failed.push(spec.name);
    }
  }
  return { registered, failed };
}
