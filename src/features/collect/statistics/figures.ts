/**
 * The raw figures of one school as the statistics record them — by stage where the forms record
 * them by 学段 (students, teachers), once for the school where they are shared (floor space, sports
 * grounds, equipment, multimedia rooms). Both the per-school workbook and the county listing give
 * this shape; derive-parts turns it into county rows.
 */
import type { KindergartenFigure, SchoolStage, SharedFigure, StageFigure } from './layout';
import type { Finding } from '../types';

/** A school's figures (null: not found / not a number; a finding says why). */
export interface SchoolFigures {
  file: string;
  sheet: string;
  /** 1-based row (of the listing, or of the students in the workbook). */
  row: number;
  school: string;
  /** 办学类型 as written ('' when the export does not say). */
  kind: string;
  /** 所属学校 of a 教学点 / 分校. */
  parent: string;
  /** 是否计校数: false for a 教学点 or 分校. */
  counted: boolean | null;
  stages: Partial<Record<SchoolStage, Partial<Record<StageFigure, number | null>>>>;
  shared: Partial<Record<SharedFigure, number | null>>;
  kindergarten?: Partial<Record<KindergartenFigure, number | null>>;
}

/** What reading a statistics source gives before deriving parts. */
export interface FiguresRead { schools: SchoolFigures[]; findings: Finding[] }
