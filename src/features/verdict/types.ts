/**
 * The shapes the county's verdict, its summary and the follow-up list share: one school's figures
 * and one indicator's summary. Kept apart so that none of the three imports another in a circle.
 */
import type { Stage } from '../../domain/core/stage';

/** One school as the summary reads it: its stage, enrolment and seven indicator values. */
export interface SchoolFigures {
  name: string;
  stage: Stage;
  students: number | null;
  /** The seven resource indicators in the standard's order; null where not reported. */
  values: (number | null)[];
}

/** One indicator of one stage over the county: met / missed / blank and its 差异系数 against the limit. */
export interface IndicatorSummary {
  indicatorId: string;
  name: string;
  stage: 'primary' | 'junior';
  threshold: number;
  met: number;
  missed: number;
  blank: number;
  /** The student-weighted 差异系数 over schools with both a value and an enrolment; null if undefined. */
  diffCoef: number | null;
  limit: number;
  balanced: boolean | null;
}
