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
  /** A 教学点 / 分校 (是否计校数 = 否): the school it is merged into. */
  parent?: string;
}

/** A kindergarten's four figures (from its statistics), for the preschool sheet. */
export interface KindergartenRow {
  name: string;
  children: number | null;
  teachers: number | null;
  principals: number | null;
  classes: number | null;
  file: string;
  sheet: string;
  row: number;
}

/** The kinds of finding. */
export type FindingCheck = 'unreadable' | 'no-table' | 'students' | 'non-numeric' | 'part-whole' | 'range' | 'duplicate' | 'stage' | 'total-row'
  // Statistics exports (issue 24): a table the export lacks, a figure the layout cannot find, a `*`
  // cell holding a number, 在校生 = 0, a 教学点 merged into its school, a split made.
  | 'missing-table' | 'layout' | 'star-number' | 'zero-students' | 'teaching-point' | 'split';

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
  /** A note of what collect did (a split, a merge), not a problem: it does not make the exit code 1. */
  info?: boolean;
}

/** What collect returns. */
export interface CollectResult { rows: CollectedRow[]; findings: Finding[]; kindergartens?: KindergartenRow[] }
