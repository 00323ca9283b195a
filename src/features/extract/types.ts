/**
 * A drafted row of a 「规划目标」 sheet: one number the plan document states, with the words that
 * state it. A draft is never a fact: every row is written 待确认 until a person confirms it.
 */
import type { Direction, Stage } from '../../domain/catalog/types';

/** target: a goal; baseline: a measured value the plan reports (2020 column, 十三五 review); standard: a norm without a year. */
export type DraftKind = 'target' | 'baseline' | 'standard';

/**
 * How the row got its year: `stated` in its own clause, `carried` from an earlier 到20XX年 of the
 * same sentence or paragraph, `period-end` the last year of the plan's period (no year in the text),
 * `review` the last year of the period before (a 十三五 review states 2020's figures without a year),
 * `table` a column of the 主要指标表; null for a standard.
 */
export type YearSource = 'stated' | 'carried' | 'period-end' | 'review' | 'table';

export interface DraftRow {
  indicator: string;
  stage: Stage;
  year: number | null;
  /** A number; a percentage as a fraction (95% → 0.95), 万/亿 multiplied out (1.52万人次 → 15200). */
  value: number;
  direction: Direction;
  unit: string;
  kind: DraftKind;
  /** Verbatim: a substring of the source text. */
  quote: string;
  /** Where the quote starts in the source text (for a reader that shows it in place). */
  at: number;
  yearSource: YearSource | null;
}

/** The plan's period: 2021-2025 from the title (十四五 → 2021-2025, 十五五 → 2026-2030). */
export interface Period { start: number; end: number }
