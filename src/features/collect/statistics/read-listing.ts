/**
 * Reading a county listing (过录表): one row per school under two or three rows of merged headers.
 * Each column is matched by its header path (在校生数 › 小学, across the merged rows) against
 * LISTING_COLUMNS; each row gives a school's figures, as a per-school workbook does.
 */
import type { Grid } from '../../school-table/types';
import type { SheetData } from '../../../xlsx/types';
import { asNumber } from '../checks';
import { sheetGrid } from '../grid';
import type { Finding } from '../types';
import type { FiguresRead, SchoolFigures } from './figures';
import { KINDERGARTEN_SOURCES, LISTING_COLUMNS, SCHOOL_KINDS, type KindergartenFigure, type SchoolStage, type SharedFigure, type StageFigure } from './layout';
import { pathMatches, unmerge } from './table-grid';

const squash = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ''));

/** Where a listing's columns are. */
export interface ListingColumns { headerTop: number; firstData: number; cols: Map<string, number>; paths: string[][] }

/**
 * Finds a listing's header block (from the row naming 学校名称 down to the first school) and its columns.
 * @example
 * listingColumns([['学校名称', '在校生数', null], [null, '小学', '初中'], ['一小', 480, 0]], ['A1:A2', 'B1:C1'])?.cols.get('junior.students'); // 2
 */
export function listingColumns(grid: Grid, merges: readonly string[]): ListingColumns | null {
  const full = unmerge(grid, merges);
  let top = -1;
  let nameCol = -1;
  for (let r = 0; r < Math.min(full.length, 12) && top < 0; r++) {
    (full[r] ?? []).forEach((v, c) => {
      if (top < 0 && LISTING_COLUMNS.school.some((p) => squash(v) === p[0])) {
        top = r;
        nameCol = c;
      }
    });
  }
  if (top < 0) return null;
  const head = squash(full[top][nameCol]);
  // Header rows continue while the name column still holds the merged header (or a 甲 code row).
  let first = top + 1;
  while (first < full.length && (squash(full[first]?.[nameCol]) === head || squash(full[first]?.[nameCol]) === '' || squash(full[first]?.[nameCol]) === '甲')) {
    if (squash(full[first]?.[nameCol]) === '' && (full[first] ?? []).some((v) => asNumber(v as number | string) !== null)) break;
    first++;
  }
  const headerRows = [];
  for (let r = top; r < first; r++) if (squash(full[r]?.[nameCol]) !== '甲') headerRows.push(r);
  const width = Math.max(0, ...headerRows.map((r) => full[r]?.length ?? 0));
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const p: string[] = [];
    for (const r of headerRows) {
      const t = squash(full[r]?.[c]);
      if (t && p[p.length - 1] !== t) p.push(t);
    }
    paths.push(p);
  }
  const cols = new Map<string, number>();
  const taken = new Set<number>();
  for (const [key, alts] of Object.entries(LISTING_COLUMNS)) {
    for (const alt of alts) {
      const c = paths.findIndex((p, i) => !taken.has(i) && pathMatches(p, alt));
      if (c >= 0) {
        cols.set(key, c);
        taken.add(c);
        break;
      }
    }
  }
  if (!cols.has('school') || ![...cols.keys()].some((k) => k.endsWith('.students') || k === 'kindergarten.children')) return null;
  return { headerTop: top, firstData: first, cols, paths };
}

/**
 * Reads the schools of a listing sheet; null when the sheet is no listing.
 * @example readListing(sheet, '全县过录表.xlsx')?.schools.length; // 12
 */
export function readListing(s: SheetData, file: string): FiguresRead | null {
  const g = sheetGrid(s);
  const lc = listingColumns(g, s.merges);
  if (!lc) return null;
  const findings: Finding[] = [];
  const schools: SchoolFigures[] = [];
  for (let r = lc.firstData; r < g.length; r++) {
    const line = g[r] ?? [];
    const name = squash(line[lc.cols.get('school')!]);
    if (name === '' || /^(合计|总计|小计)$/.test(name)) continue;
    const text = (k: string) => (lc.cols.has(k) ? squash(line[lc.cols.get(k)!]) : '');
    const num = (k: string): number | null | undefined => {
      const c = lc.cols.get(k);
      if (c === undefined) return undefined;
      const v = line[c];
      if (v === null || v === undefined || squash(v) === '' || squash(v) === '*') return 0;
      const n = asNumber(v as number | string);
      if (n === null) {
        findings.push({ file, sheet: s.name, row: r + 1, school: name, check: 'non-numeric', value: String(v), message: `「${lc.paths[c].join('›')}」的「${String(v)}」不是数字 / not a number` });
        return null;
      }
      // A header in 万元 (教学仪器设备值（万元）) is turned into 元, the template's unit.
      return lc.paths[c].some((p) => p.includes('万元')) ? n * 10000 : n;
    };
    const kind = text('kind');
    const known = SCHOOL_KINDS.find((k) => k.match.test(kind));
    const counted = text('counted');
    const out: SchoolFigures = { file, sheet: s.name, row: r + 1, school: name, kind, parent: text('parent'), counted: counted === '' ? (known?.teachingPoint ? false : null) : !/^否|^0$/.test(counted), stages: {}, shared: {} };
    if (known?.stages === 'kindergarten' || (!known && num('kindergarten.children') && !num('primary.students') && !num('junior.students'))) {
      out.kindergarten = {};
      for (const f of Object.keys(KINDERGARTEN_SOURCES) as KindergartenFigure[]) out.kindergarten[f] = num(`kindergarten.${f}`) ?? null;
    } else {
      const stages: readonly SchoolStage[] = known && Array.isArray(known.stages) ? (known.stages as readonly SchoolStage[]) : (['primary', 'junior', 'senior'] as const).filter((st) => (num(`${st}.students`) ?? 0) > 0);
      for (const st of stages) {
        const f: Partial<Record<StageFigure, number | null>> = {};
        for (const k of ['students', 'fullTime', 'qualified', 'backbone', 'peArt'] as StageFigure[]) {
          const v = num(`${st}.${k}`);
          if (v !== undefined) f[k] = v;
        }
        out.stages[st] = f;
      }
      for (const k of ['space', 'gym', 'ground', 'equipment', 'multimedia'] as SharedFigure[]) {
        const v = num(k);
        if (v !== undefined) out.shared[k] = v;
      }
    }
    schools.push(out);
  }
  // A column the figures need that the listing lacks: said once, so a blank figure is not taken for a 0.
  const used = new Set(schools.flatMap((x) => Object.keys(x.stages)));
  const need = [
    ...(['primary', 'junior'] as const).filter((st) => used.has(st)).flatMap((st) => ['students', 'qualified', 'backbone', 'peArt'].map((f) => `${st}.${f}`)),
    ...(used.has('primary') || used.has('junior') ? ['space', 'ground', 'equipment', 'multimedia'] : []),
  ];
  const lacking = need.filter((k) => !lc.cols.has(k));
  if (lacking.length) {
    findings.push({ file, sheet: s.name, row: null, school: '', check: 'layout', value: lacking.join(','), message: `过录表中找不到这些列：${lacking.map((k) => (LISTING_COLUMNS[k] ?? [[k]])[0].join('›')).join('、')}，相应数据留空 / the listing lacks these columns` });
  }
  return { schools, findings };
}
