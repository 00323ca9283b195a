/**
 * What an indicator counts, read from its catalog unit: a "per 100 students" indicator (人/百名学生,
 * 间/百名学生) counts whole things — teachers, rooms — and a "per student" one (m²/生, 元/生) an
 * amount. EDU.NEED, EDU.PASSPLAN and EDU.CVNEED turn a shortfall of the indicator into the things a
 * school must get with it: whole teachers and rooms rounded up, square metres and yuan as computed.
 */
export interface Measure {
  /** 100 for an indicator per 100 students, 1 for one per student. */
  per: 100 | 1;
  /** Whole things (a teacher, a room): an addition is rounded up. */
  whole: boolean;
}

/**
 * The measure of a catalog unit, or null when the indicator is no count per student (a rate, a
 * coefficient), which cannot be raised by adding something to one school.
 * @example
 * measureOf('人/百名学生'); // { per: 100, whole: true }
 * measureOf('m²/生');       // { per: 1, whole: false }
 * measureOf('%');           // null
 */
export function measureOf(unit: string): Measure | null {
  const u = unit.replace(/\s/g, '');
  if (/\/(每)?百名?学生$/.test(u)) return { per: 100, whole: true };
  if (/\/(生|学生|名学生)$/.test(u)) return { per: 1, whole: false };
  return null;
}
