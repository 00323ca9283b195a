/**
 * The county workbook of collect: our school-resources template (its formulas and highlight rules)
 * with the collected rows typed into its input cells, and a 「校验」 sheet of every finding.
 * Sheet specs only — the CLI writes them with the template writer, the pane with its own renderer.
 */
import { cellRef } from '../../xlsx/refs';
import { buildSchoolResources, SCHOOL_COLS, SCHOOL_ROWS } from '../templates/school-resources';
import type { CellSpec, SheetSpec } from '../templates/types';
import { asNumber, countyStage } from './checks';
import { preschoolSheets } from './preschool-sheets';
import { reviewSheet, type ReviewFinding } from './previous';
import type { CollectResult } from './types';

/** Headers of the 校验 sheet. */
export const FINDING_HEADERS = ['文件 File', '工作表 Sheet', '行 Row', '学校 School', '校验 Check', '值 Value', '说明 Message'];

/**
 * The sheets: 学校资源配置 with one row per collected school, and 校验; with kindergartens 幼儿园 and
 * 普及普惠自评; with last year's table 核查.
 * @example
 * const [county, checks] = countySheets({ rows, findings });
 * county.cells.find((c) => c.ref === 'A5')?.value; // the first school's name
 */
export function countySheets(r: CollectResult, opts: { plan?: string; review?: readonly ReviewFinding[] } = {}): SheetSpec[] {
  const spec = buildSchoolResources({ rows: Math.max(1, r.rows.length), plan: opts.plan });
  const byRef = new Map(spec.cells.map((c) => [c.ref, c]));
  const put = (row: number, col: number, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    const ref = cellRef(row, col);
    const c = byRef.get(ref);
    if (c) c.value = value;
    else spec.cells.push({ ref, value });
  };
  // A number typed as text goes in as the number (the EDU functions read it so); other text stays
  // as written, so the cell shows what the school sent and the formula shows its error.
  const fig = (v: number | string | null) => asNumber(v) ?? v;
  r.rows.forEach((s, i) => {
    const row = SCHOOL_ROWS.firstData + i;
    put(row, SCHOOL_COLS.name, s.name);
    put(row, SCHOOL_COLS.stage, countyStage(s.stage) ?? s.stage);
    put(row, SCHOOL_COLS.students, fig(s.students));
    s.raw.forEach((v, k) => put(row, SCHOOL_COLS.raw + k, fig(v)));
  });
  const cells: CellSpec[] = FINDING_HEADERS.map((h, c) => ({ ref: cellRef(0, c), value: h, style: 'header' }));
  r.findings.forEach((f, i) => {
    const vals = [f.file, f.sheet, f.row ?? '', f.school, f.info ? `${f.check}（说明）` : f.check, f.value, f.message];
    vals.forEach((v, c) => {
      if (v !== '') cells.push({ ref: cellRef(i + 1, c), value: v, style: 'text' });
    });
  });
  const checks: SheetSpec = {
    name: '校验',
    cells,
    merges: [],
    columnWidths: { A: 24, B: 16, C: 6, D: 20, E: 12, F: 14, G: 80 },
    frozen: { rows: 1, cols: 0 },
  };
  // Kindergartens (statistics exports) go to their own sheet and the preschool assessment; last
  // year's comparison (--previous) to 「核查」.
  return [spec, checks, ...preschoolSheets(r.kindergartens ?? []), ...(opts.review ? [reviewSheet(opts.review)] : [])];
}
