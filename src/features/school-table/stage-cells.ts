/**
 * How a 学段 cell is read by a formula that must work without the add-in. EDU functions read a
 * stage through parseStage (width-, case- and space-insensitive); a plain Excel formula can only
 * compare text. So the highlight rules and the templates list the usual spellings and compare
 * TRIM(cell) with them — Excel's `=` ignores case — and checkMisses reads a stage cell the very
 * same way (stageOfCell), so a cell is marked in Excel exactly when the CLI reports it.
 */
import type { Stage } from '../../domain/catalog/types';

/**
 * The spellings a formula accepts per stage (简体, 繁體, English), lower case. Short on purpose: a
 * conditional-format formula should stay under 255 characters for older Excel and WPS.
 */
export const STAGE_SPELLINGS: Record<Stage, readonly string[]> = {
  primary: ['小学', '小學', 'primary'],
  junior: ['初中', 'junior'],
  senior: ['高中', 'senior'],
  preschool: ['幼儿园', '幼兒園', '学前', '學前', 'preschool'],
  nine_year: ['九年一贯制', '九年一貫制', 'nine-year'],
  twelve_year: ['十二年一贯制', '十二年一貫制', 'twelve-year'],
  compulsory: ['义务教育', '義務教育', 'compulsory'],
  special: ['特殊教育', '特教', 'special'],
  vocational: ['中职', '中職', 'vocational'],
  all: [],
};

/** The stages a 学段 cell can name, in the order rules list them. */
export const CELL_STAGES: readonly Stage[] = ['primary', 'junior', 'senior', 'preschool', 'nine_year', 'twelve_year', 'compulsory', 'special', 'vocational'];

/**
 * Excel's TRIM: strips ASCII spaces at both ends and folds inner runs to one space (it leaves the
 * full-width space U+3000 alone, and so does this).
 * @example excelTrim('  小学  '); // '小学'
 */
export function excelTrim(s: string): string {
  return s.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/**
 * The text Excel's TRIM(cell) gives for a cell value (numbers and booleans as Excel shows them).
 * @example cellText(true); // 'TRUE'
 */
export function cellText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return excelTrim(String(v));
}

/**
 * The stage a 学段 cell names as a highlight formula reads it (TRIM, case-insensitive, one of
 * STAGE_SPELLINGS), or null.
 * @example
 * stageOfCell(' Primary '); // 'primary'
 * stageOfCell('小學');      // 'primary'
 * stageOfCell('小学 ');     // 'primary'
 * stageOfCell('小学部');    // null
 */
export function stageOfCell(v: string | number | boolean | null): Stage | null {
  const t = cellText(v).toLowerCase();
  if (t === '') return null;
  for (const s of CELL_STAGES) if (STAGE_SPELLINGS[s].includes(t)) return s;
  return null;
}

/**
 * Excel text for "this 学段 cell names one of these stages": `OR(TRIM($B5)={"小学","小學",…})`.
 * @example
 * stageTest('$B5', ['junior']); // 'OR(TRIM($B5)={"初中","junior"})'
 */
export function stageTest(ref: string, stages: readonly Stage[]): string {
  const names = stages.flatMap((s) => STAGE_SPELLINGS[s]);
  return `OR(TRIM(${ref})={${names.map(excelString).join(',')}})`;
}

/**
 * An Excel string literal.
 * @example excelString('say "hi"'); // '"say ""hi"""'
 */
export function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
