/**
 * The workbooks a user has after typing her schools into our own templates (issue 17): the
 * template as `plan-metrics template` builds it (its formulas, highlight rules, 差异系数 block),
 * with `rows` set to the number of schools, the inputs typed in from the seeded PRNG, written by
 * the template writer (src/features/templates/xlsx-writer.ts, exceljs: a new workbook).
 */
import * as fs from 'fs';
import { buildSchoolResources, SCHOOL_ROWS } from '../src/features/templates/school-resources';
import { buildPlacePlanning } from '../src/features/templates/place-planning';
import { writeTemplateXlsx } from '../src/features/templates/xlsx-writer';
import { cellRef } from '../src/xlsx/refs';
import type { SheetSpec } from '../src/features/templates/types';
import { rng, school } from './gen';
import { writeTwin } from './twin';

export type TemplateWorkload = 'school-resources' | 'place-planning';

/** Types rows of values into a spec from (row, col 0) on, as a user would; returns the formula count. */
function typeRows(spec: SheetSpec, firstRow: number, rows: (string | number)[][]): number {
  const at = new Map(spec.cells.map((c, i) => [c.ref, i]));
  rows.forEach((values, k) => values.forEach((v, col) => {
    const ref = cellRef(firstRow + k, col);
    const i = at.get(ref);
    if (i === undefined) spec.cells.push({ ref, value: v });
    else if (spec.cells[i].formula !== undefined) throw new Error(`${ref} holds a formula`);
    else spec.cells[i] = { ...spec.cells[i], value: v };
  }));
  return spec.cells.filter((c) => c.formula !== undefined).length;
}

const GRADES = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'];

/**
 * One place-planning line (a school's grade): 学段, 年级, demand 20–600 children, places
 * 80–120 % of it (so about half the lines have a shortfall).
 */
export function gradeLine(next: () => number): (string | number)[] {
  const g = Math.floor(next() * 9);
  const demand = 20 + Math.floor(next() * 581);
  return [g < 6 ? '小学' : '初中', GRADES[g], demand, Math.round(demand * (0.8 + next() * 0.4))];
}

/**
 * The template spec with n typed rows: school-resources (n schools) or place-planning (n grade
 * lines, e.g. n / 9 schools of nine grades), and its number of formulas.
 * @example templateWithRows('place-planning', 200).formulas; // 200 × 3 + 18
 */
export function templateWithRows(kind: TemplateWorkload, n: number, seed = 20261202): { spec: SheetSpec; formulas: number } {
  const next = rng(seed);
  if (kind === 'school-resources') {
    const spec = buildSchoolResources({ rows: n });
    return { spec, formulas: typeRows(spec, SCHOOL_ROWS.firstData, Array.from({ length: n }, (_, i) => school(next, i))) };
  }
  const spec = buildPlacePlanning({ rows: n });
  return { spec, formulas: typeRows(spec, 3, Array.from({ length: n }, () => gradeLine(next))) };
}

/**
 * Writes a template with n typed rows (see templateWithRows). Resolves to the number of formulas.
 * @example await writeTemplateWorkload('/tmp/sr.xlsx', 'school-resources', 300); // 300 × 9 + 46 formulas
 */
export async function writeTemplateWorkload(file: string, kind: TemplateWorkload, n: number, seed = 20261202): Promise<number> {
  const { spec, formulas } = templateWithRows(kind, n, seed);
  fs.writeFileSync(file, await writeTemplateXlsx(spec));
  return formulas;
}

/**
 * Writes the built-in twin (bench/twin.ts) of the same template with the same rows, for LibreOffice.
 * @example await writeTemplateTwin('/tmp/sr-twin.xlsx', 'school-resources', 300);
 */
export async function writeTemplateTwin(file: string, kind: TemplateWorkload, n: number, seed = 20261202): Promise<number> {
  const { spec, formulas } = templateWithRows(kind, n, seed);
  await writeTwin(file, spec);
  return formulas;
}

/** The sheet a template workload's values are on. @example templateSheet('place-planning'); // '学位供需' */
export const templateSheet = (kind: TemplateWorkload): string => (kind === 'school-resources' ? '学校资源配置' : '学位供需');
