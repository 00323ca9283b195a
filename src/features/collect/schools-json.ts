/**
 * Every row collect wrote, as `--json` lists it: `schools: [{ file, school, stage, figures }]` — the
 * seven raw figures of a school part by name (shared ones already split), and a kindergarten's four.
 */
import { asNumber } from './checks';
import type { CollectResult } from './types';

/** The figure names of a school part, in RESOURCE_INDICATORS order after 学生数. */
export const FIGURE_KEYS = ['qualified_teachers', 'backbone_teachers', 'pe_art_teachers', 'teaching_space', 'sports_space', 'equipment_value', 'multimedia_rooms'] as const;

/** One listed row. */
export interface SchoolJson { file: string; school: string; stage: string; figures: Record<string, number | string | null> }

/**
 * The rows of a result.
 * @example schoolsJson({ rows: [row], findings: [] })[0].figures.students; // 480
 */
export function schoolsJson(r: CollectResult): SchoolJson[] {
  const fig = (v: number | string | null | undefined) => (v === undefined ? null : asNumber(v) ?? v);
  const out: SchoolJson[] = r.rows.map((s) => {
    const figures: Record<string, number | string | null> = { students: fig(s.students) };
    FIGURE_KEYS.forEach((k, i) => (figures[k] = fig(s.raw[i])));
    if (s.fullTime !== undefined) figures.full_time_teachers = fig(s.fullTime);
    return { file: s.file, school: s.name, stage: s.stage, figures };
  });
  for (const k of r.kindergartens ?? []) {
    out.push({ file: k.file, school: k.name, stage: '幼儿园', figures: { children: k.children, teachers: k.teachers, principals: k.principals, classes: k.classes } });
  }
  return out;
}
