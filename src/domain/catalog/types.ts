/**
 * The catalog's shape. The catalog is data (seeds/*.yaml → src/domain/catalog/data/catalog.json); these
 * types describe it for every surface: the EDU functions, the task pane, the CLI and the templates.
 */
// Stage and Direction are the core's words (src/domain/core); the catalog's rows use them.
import type { Stage } from '../core/stage';
import type { Direction } from '../core/compare';
export { STAGES, type Stage } from '../core/stage';
export { DIRECTIONS, type Direction } from '../core/compare';

/** standard: a fixed requirement; target: a goal for a year; baseline: a measured, reported value. */
/**
 * `forecast`: what the plan expects will happen (预计, 拟培养), and `assumption`: a figure a
 * calculation is based on (按…50%计算) — neither is a goal, so neither enters THRESHOLD/TARGET.
 */
export type Kind = 'standard' | 'target' | 'baseline' | 'forecast' | 'assumption';
export const KINDS: readonly Kind[] = ['standard', 'target', 'baseline', 'forecast', 'assumption'];
/** Each kind's label, Chinese then English: one table for the CLI, EDU.INDICATORS and the task pane. */
export const KIND_LABELS: Readonly<Record<Kind, readonly [string, string]>> = {
  standard: ['标准', 'standard'],
  target: ['目标', 'target'],
  baseline: ['基线', 'baseline'],
  forecast: ['预计', 'forecast'],
  assumption: ['测算假设', 'assumption'],
};
/** Kinds a threshold or a target trajectory is chosen from (issue 16: a forecast is not a goal). @example isGoalKind('forecast'); // false */
export const isGoalKind = (k: Kind): boolean => k === 'standard' || k === 'target';

/** A measurable quantity. Several rows (plans, stages, years) refer to one indicator. */
export interface Indicator {
  id: string;
  name: string;
  name_hant: string;
  name_en: string;
  aliases: string[];
  /** '%' means values are fractions (0.96 for 96%). */
  unit: string;
  direction: Direction;
}

/** Where a row's number was read. */
export interface Source {
  /** The seed text file (absent for national rows, whose documents are not bundled). */
  file?: string;
  /** The document's title. */
  document: string;
  /** For national rows: the clause cited. */
  clause?: string;
  /** The words of the document that state the number. */
  quote: string;
}

/** One number from one document: a standard, a target or a baseline. */
export interface CatalogRow {
  id: string;
  plan: string;
  indicator: string;
  name: string;
  name_hant: string;
  name_en: string;
  stage: Stage;
  kind: Kind;
  year: number | null;
  value: number;
  unit: string;
  direction: Direction;
  scope: string | null;
  source: Source;
  note?: string;
  /** Set on rows the build expanded from a stated rule (每年提升2个百分点). */
  derived?: { rule: string };
}

/** A plan document (or `national`, the national standards). */
export interface Plan {
  id: string;
  name: string;
  name_hant: string;
  name_en: string;
  document: string;
  issuer: string;
  date: string;
  file?: string;
  /** Set on a plan the user brought (a workbook's 「规划目标」 sheet, `--catalog FILE`), not bundled. */
  user?: boolean;
}

/** The bundled catalog. `keys` maps a normalised name (简/繁/English/alias/id) to an indicator id. */
export interface Catalog {
  plans: Plan[];
  indicators: Indicator[];
  rows: CatalogRow[];
  keys: Record<string, string>;
}
