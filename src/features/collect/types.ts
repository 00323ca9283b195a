/** The shapes of collect (汇总 of school returns). */

/** One school row of the county table. Raw figures in RESOURCE_INDICATORS order; null = blank. */
export interface CollectedRow {
  name: string;
  /** 小学 or 初中 when recognised, else the stage text as the school wrote it. */
  stage: string;
  students: number | string | null;
  raw: (number | string | null)[];
  /** 专任教师数, when the return has the column. */
  fullTime?: number | string | null;
  /** Where it came from. */
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

/** The kinds of finding. */
export type FindingCheck = 'unreadable' | 'no-table' | 'students' | 'non-numeric' | 'part-whole' | 'range' | 'duplicate' | 'stage' | 'total-row';

/** One finding of the 逻辑校验. */
export interface Finding {
  file: string;
  sheet: string;
  /** 1-based sheet row; null for a whole-file finding. */
  row: number | null;
  school: string;
  check: FindingCheck;
  value: string;
  /** Chinese, then English. */
  message: string;
}

/** What collect returns. */
export interface CollectResult { rows: CollectedRow[]; findings: Finding[] }
