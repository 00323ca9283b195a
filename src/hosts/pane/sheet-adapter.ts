/**
 * The pane's use of src/features/school-table (header recognition, highlight rules): a block read from Excel in,
 * the recognised table, the conditional-format rules and the summary's school rows out. The
 * recognition and the rules are src/features/school-table's — the same ones `plan-metrics check` uses — so a cell
 * the pane marks in Excel is a cell the CLI reports.
 */
import type { Stage } from '../../domain/catalog/types';
import { parseStage } from '../../domain/core/stage';
import { detectColumns } from '../../features/school-table/headers';
import { highlightRules } from '../../features/school-table/highlight';
import { dxfMiss, type DetectedTable, type HighlightPlan } from '../../features/school-table/types';
import type { Lang } from './i18n';
import type { CfRule, SheetBlock } from './io';
import type { SchoolCells } from './summary-sheet';

/** A recognised table in a block: what detectColumns found, and its data rows (0-based grid rows). */
export interface BlockTable { detected: DetectedTable; firstDataRow: number; lastDataRow: number }

/**
 * The indicator table of a block (merged header cells spread first), or null when no header names
 * an indicator.
 * @example
 * findTable({ sheet: 'S', address: 'A1:B2', row: 0, col: 0, merges: [],
 *   values: [['学段', '生均教学及辅助用房面积'], ['小学', 4.2]] })?.detected.columns[0].indicatorId;
 * // 'teaching_space_per_student'
 */
export function findTable(block: SheetBlock): BlockTable | null {
  const detected = detectColumns(block.values, { merges: block.merges, origin: { row: block.row, col: block.col } });
  if (!detected) return null;
  return { detected, firstDataRow: detected.headerRow + 1, lastDataRow: Math.max(detected.headerRow + 1, block.values.length - 1) };
}

/**
 * A selection with the indicator the user chose for it: every selected column is that indicator,
 * every selected row is data. The 学段 column, when the sheet has one, is taken from the used range
 * (`context`), so a stage-dependent standard is applied per row.
 * @example
 * selectionTable(sel, 'teaching_space_per_student', usedBlock).detected.columns.length; // columns selected
 */
export function selectionTable(selection: SheetBlock, indicatorId: string, context: SheetBlock | null): BlockTable {
  const width = Math.max(1, ...selection.values.map((r) => r.length));
  let stageCol: number | null = null;
  const around = context ? findTable(context) : null;
  if (context && around && around.detected.stageCol !== null) {
    // As a column index relative to the selection's origin (negative when left of it).
    stageCol = context.col + around.detected.stageCol - selection.col;
  }
  const columns = Array.from({ length: width }, (_, j) => ({ col: j, indicatorId, header: '', match: 'name' as const }));
  return { detected: { headerRow: -1, stageCol, studentsCol: null, columns }, firstDataRow: 0, lastDataRow: selection.values.length - 1 };
}

/** The rules to add and the columns left without one (with the reason, in the pane's language). */
export interface PaneRules { rules: CfRule[]; skipped: string[] }

/**
 * The conditional-format rules for a table, in the one look of a miss (dxfMiss), with sheet
 * addresses; plus, for each column left without a rule, its header and why.
 * @example
 * missRules(block, findTable(block)!, 'national', 'zh').rules[0].range; // 'K3:K52'
 */
export function missRules(block: SheetBlock, table: BlockTable, plan: string, lang: Lang): PaneRules {
  const p: HighlightPlan = highlightRules(table.detected, {
    plan,
    firstDataRow: table.firstDataRow,
    lastDataRow: table.lastDataRow,
    origin: { row: block.row, col: block.col },
    sheetName: block.sheet,
  });
  return {
    rules: p.rules.map((r) => ({
      range: r.range,
      formula: r.formula,
      fill: dxfMiss.fill,
      font: dxfMiss.font,
      description: lang === 'zh' ? r.description : r.descriptionEn,
    })),
    skipped: p.skipped.map((s) => `${s.header || s.indicatorId}: ${lang === 'zh' ? s.reason : s.reasonEn}`),
  };
}

/**
 * The summary's school rows: one per data row that has any indicator value. A row's stage is read
 * from the 学段 column as the EDU functions read a stage (parseStage); without a 学段 column every
 * row takes `defaultStage`. Rows whose stage cannot be read (a 合计 row) are left out and counted.
 * @example
 * schoolRows(block, findTable(block)!, 'primary').rows.length; // the schools
 */
export function schoolRows(block: SheetBlock, table: BlockTable, defaultStage: Stage | null): { rows: SchoolCells[]; noStage: number } {
  const { detected } = table;
  const rows: SchoolCells[] = [];
  let noStage = 0;
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const line = block.values[r] ?? [];
    const values: SchoolCells['values'] = {};
    for (const c of detected.columns) values[c.indicatorId] = line[c.col] ?? null;
    if (Object.values(values).every((v) => v === null)) continue; // a blank or separator row
    let stage: Stage | null = defaultStage;
    if (detected.stageCol !== null) {
      const cell = line[detected.stageCol];
      stage = null;
      if (typeof cell === 'string' && cell.trim()) {
        try {
          stage = parseStage(cell);
        } catch {
          stage = null;
        }
      }
    }
    if (stage === null) {
      noStage++;
      continue;
    }
    const name = line.find((v) => typeof v === 'string' && v.trim() !== '');
    rows.push({
      name: typeof name === 'string' ? name : `${block.row + r + 1}`,
      stage,
      students: detected.studentsCol === null ? null : line[detected.studentsCol] ?? null,
      values,
    });
  }
  return { rows, noStage };
}
