/**
 * `fill`: compute a user's workbook and write a copy in which every formula keeps its formula and
 * carries its value (or, with valuesOnly, plain values), plus the highlight rules for the indicator
 * columns it recognises. The workbook is patched part by part — everything else comes out byte for
 * byte — and the output is written atomically; the input is never touched.
 */
import { highlightRules } from '../school-table/highlight';
import type { RuleSpec } from '../school-table/types';
import { openXlsx, type XlsxLimits } from '../../xlsx/open';
import { readWorkbookBytes } from '../../xlsx/open-file';
import { dxfBaseId, hasStyles, nextCfPriority, patchWorkbook } from '../../xlsx/patch';
import { readWorkbook } from '../../xlsx/read';
import { evaluateWorkbook, type Evaluation } from '../../engine/evaluate';
import { cycleNote } from '../../engine/keep-cached';
import { missDxf, rulesXml } from '../school-table/highlight-xml';
import { writeAtomic } from '../../xlsx/safe-write';
import { findTables, type FoundTable } from './tables';
import { withCatalogLayer } from '../../domain/catalog/layer';
import { findingLines, isPlanSheetName } from '../../domain/catalog/user-plan';
import { userLayer } from '../own-plan/load';

/** How to fill, whatever the workbook's bytes come from (a file, a browser's upload). */
export interface FillBytesOptions {
  valuesOnly?: boolean;
  plan?: string;
  /** Plan files layered over the bundled catalog (`--catalog`: .xlsx with 「规划目标」 or seed-format YAML). */
  catalog?: string[];
  /** The province profile (`--profile`), else the 「规划目标」 sheet's 「适用省级标准」 setting. */
  profile?: string;
  limits?: XlsxLimits;
  /** Reports progress (0..1) and a stage label, for a progress bar. */
  progress?: (fraction: number, stage: string) => void;
}

/** fillWorkbook's options: fillBytes's, and the file to write. */
export interface FillOptions extends FillBytesOptions {
  out: string;
  force?: boolean;
}

export interface FillResult {
  formulas: number;
  rules: RuleSpec[];
  tables: FoundTable[];
  evaluation: Evaluation;
  bytes: number;
  /** Things the user should know (one line each, Chinese then English), e.g. rules left out. */
  notes: string[];
}

/** fillBytes's result: fillWorkbook's, and the filled workbook's bytes. */
export interface FilledBytes extends FillResult {
  output: Uint8Array;
}

/**
 * Fills `input` into `opts.out`: fillBytes between reading the file and writing it atomically.
 * @example
 * const r = fillWorkbook('county.xlsx', { out: 'out/county-filled.xlsx' });
 * r.formulas; // how many formulas were computed
 */
export function fillWorkbook(input: string, opts: FillOptions): FillResult {
  const { output, ...result } = fillBytes(readWorkbookBytes(input), opts);
  writeAtomic(opts.out, output, { input, force: opts.force });
  opts.progress?.(1, '完成 done');
  return result;
}

/**
 * The fill itself, bytes in and bytes out: no file is read or written (the CLI writes the bytes
 * atomically, the web page offers them as a download). Progress stops at 0.95 (written to memory);
 * the caller reports 1 once the bytes are where they go.
 * @example
 * const r = fillBytes(fs.readFileSync('county.xlsx'), { valuesOnly: true });
 * r.output; // the filled workbook's bytes; r.notes the kept-value note, if any
 */
export function fillBytes(input: Uint8Array, opts: FillBytesOptions = {}): FilledBytes {
  const p = opts.progress ?? (() => undefined);
  p(0, '读取 reading');
  const pkg = openXlsx(input, opts.limits);
  const wb = readWorkbook(pkg);
  p(0.2, '计算 computing');
  // The workbook's own 「规划目标」 (and --catalog files) layered over the bundled catalog for this
  // evaluation only.
  const layer = userLayer(wb, { catalog: opts.catalog, profile: opts.profile });
  const evaluation = withCatalogLayer(layer, () => evaluateWorkbook(wb));
  // The cells as read are not needed past this point (the patcher reads the parts again, and the
  // evaluation holds every value): let them go before the output is built — at 50,000 schools
  // that is 1.5 million objects the garbage collector would otherwise keep walking.
  for (const s of wb.sheets) s.cells = [];
  p(0.7, '写出 writing');
  const merges = new Map(wb.sheets.map((s) => [s.name, s.merges]));
  // The user's 「规划目标」 names indicators in a column: a plan, not a school table.
  const tables = findTables(evaluation.grids, merges).filter((t) => !isPlanSheetName(t.sheet));
  const rules: RuleSpec[] = [];
  const notes: string[] = [];
  if (layer) notes.push(...findingLines(layer.findings));
  if (evaluation.cycles) notes.push(cycleNote(evaluation.cycles, wb.iterate === true));
  const conditionalFormats = new Map<string, string>();
  // A workbook some tools write without a styles part has nowhere to keep the rules' red fill:
  // it is still computed and written, without rules, and the user is told.
  const styled = hasStyles(pkg);
  const dxfId = styled ? dxfBaseId(pkg) : 0;
  for (const t of tables) {
    const plan = withCatalogLayer(layer, () => highlightRules(t.detected, { plan: opts.plan, firstDataRow: t.firstDataRow, lastDataRow: t.lastDataRow, sheetName: t.sheet }));
    if (!plan.rules.length) continue;
    // A workbook filled before already carries our rules: add only those it lacks.
    const part = wb.sheets.find((s) => s.name === t.sheet)!.partPath;
    const existing = pkg.textAfterCells(part);
    const fresh = plan.rules.filter((r) => !existing.includes(`sqref="${r.range}"`) || !existing.includes(escapeXml(r.formula)));
    if (!fresh.length) continue;
    if (!styled) {
      notes.push(`工作簿没有样式部件（styles.xml），未添加「${t.sheet}」的未达标标记 / the workbook has no styles part, so no highlight rules were added to "${t.sheet}"`);
      continue;
    }
    rules.push(...fresh);
    conditionalFormats.set(t.sheet, rulesXml(fresh, dxfId, nextCfPriority(pkg, t.sheet)));
  }
  const bytes = patchWorkbook(
    pkg,
    { values: new Map(), keyedValues: evaluation.keyed, ...(conditionalFormats.size ? { conditionalFormats, dxfs: [missDxf()] } : {}) },
    { valuesOnly: opts.valuesOnly },
  );
  // Circular references have their own note above; the rest are named here.
  const onCycle = (k: { sheet: string; ref: string }) => evaluation.cycles?.get(k.sheet)?.includes(k.ref) === true;
  const kept = evaluation.kept.filter((k) => !onCycle(k));
  if (kept.length) {
    const first = kept.slice(0, 5);
    const zh = first.map((k) => `${k.sheet}!${k.ref}（${k.why.split(' / ')[0]}）`).join('，');
    const en = first.map((k) => `${k.sheet}!${k.ref} (${k.why.split(' / ')[1] ?? k.why})`).join(', ');
    const more = kept.length > first.length ? ` …` : '';
    const written = kept.filter((k) => k.written).length;
    notes.push(
      `${kept.length} 个公式无法如实计算，保留了 Excel 保存的值${written ? `（其中 ${written} 个没有保存的值，写入了错误值）` : ''}：${zh}${more} / ` +
        `${kept.length} formulas cannot be computed faithfully and keep the value Excel saved${written ? ` (${written} had none, so an error was written)` : ''}: ${en}${more}`,
    );
  }
  p(0.95, '写出 writing');
  return { formulas: evaluation.formulaCount, rules, tables, evaluation, bytes: bytes.length, notes, output: bytes };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
