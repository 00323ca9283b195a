/**
 * workbook.xml and its relationships: the sheets in tab order with their names, visibility and
 * part names; the defined names; the date system; and where the shared strings and styles live.
 */
import { corrupt } from './errors';
import { XlsxPackage } from './open';
import { Relationship, parseRels, relType, relsPathOf } from './opc';
import { attrOf, saxWalk } from './sax';

/** Visibility of a sheet tab. */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** The kind of sheet, from the relationship type of its part. */
export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';

/** One `<sheet>` of workbook.xml, resolved to its part. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  state: SheetState;
  kind: SheetKind;
  /** Part name of the sheet, e.g. 'xl/worksheets/sheet1.xml'. */
  partPath: string;
}

/** A `<definedName>`: a named range or formula, global or local to one sheet. */
export interface DefinedName {
  name: string;
  /** 0-based index of the sheet it is local to (localSheetId); absent for a workbook-wide name. */
  localSheet?: number;
  /** The formula, without a leading '='. */
  formula: string;
  hidden?: boolean;
}

/** What workbook.xml and its relationships tell. */
export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  /** True when dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** `<calcPr iterate>`: Excel iterates circular references (iterateCount times, to iterateDelta). */
  iterate: boolean;
  /** The workbook's relationships. */
  rels: Relationship[];
  /** Part names of the shared strings and styles, when present. */
  sharedStringsPath?: string;
  stylesPath?: string;
  calcChainPath?: string;
}

/**
 * Reads workbook.xml and xl/_rels/workbook.xml.rels.
 * @example
 * readWorkbookPart(pkg).sheets.map((s) => s.name); // ['学校资源', '学位供需']
 */
export function readWorkbookPart(pkg: XlsxPackage): WorkbookPart {
  const wbPath = pkg.workbookPath;
  const relsPath = relsPathOf(wbPath);
  const rels = pkg.has(relsPath) ? parseRels(pkg.text(relsPath), wbPath) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let iterate = false;
  let current: { name: string; localSheet?: number; hidden?: boolean } | null = null;
  let formula = '';
  saxWalk(pkg.text(wbPath), wbPath, {
    open(t, depth) {
      if (t.local === 'workbookPr' && depth === 1) {
        const v = attrOf(t, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (t.local === 'calcPr' && depth === 1) {
        const v = attrOf(t, 'iterate');
        iterate = v === '1' || v === 'true';
      } else if (t.local === 'sheet' && depth === 2) {
        const name = attrOf(t, 'name') ?? '';
        const rid = attrOf(t, 'id', true) ?? '';
        // An Excel 5 VBA module sheet is listed with r:id="" and has no part: Excel opens the
        // workbook without it, and so does fill (it holds no cells).
        if (rid === '') return;
        const rel = byId.get(rid);
        if (!rel || !rel.partName) throw corrupt(wbPath, `工作表「${name}」没有对应的部件`, `sheet "${name}" has no part`);
        const st = attrOf(t, 'state');
        const type = relType(rel);
        sheets.push({
          name,
          sheetId: Number(attrOf(t, 'sheetId') ?? 0),
          state: st === 'hidden' || st === 'veryHidden' ? st : 'visible',
          kind: type === 'chartsheet' || type === 'dialogsheet' || type === 'macrosheet' ? type : type === 'xlMacrosheet' || type === 'xlIntlMacrosheet' ? 'macrosheet' : 'worksheet',
          partPath: canonical(pkg, rel.partName),
        });
      } else if (t.local === 'definedName' && depth === 2) {
        const local = attrOf(t, 'localSheetId');
        const hidden = attrOf(t, 'hidden');
        current = { name: attrOf(t, 'name') ?? '' };
        if (local !== undefined && /^\d+$/.test(local)) current.localSheet = Number(local);
        if (hidden === '1' || hidden === 'true') current.hidden = true;
        formula = '';
      }
    },
    text(x) {
      if (current) formula += x;
    },
    close(t) {
      if (t.local === 'definedName' && current) {
        definedNames.push({ ...current, formula: formula.startsWith('=') ? formula.slice(1) : formula });
        current = null;
      }
    },
  });
  const find = (type: string) => {
    const r = rels.find((x) => relType(x) === type && x.partName && pkg.has(x.partName));
    return r ? canonical(pkg, r.partName!) : undefined;
  };
  return {
    sheets,
    definedNames,
    date1904,
    iterate,
    rels,
    sharedStringsPath: find('sharedStrings'),
    stylesPath: find('styles'),
    calcChainPath: find('calcChain'),
  };
}

/** The part name as the zip spells it (relationship targets may differ in case). */
function canonical(pkg: XlsxPackage, part: string): string {
  return pkg.entry(part)?.name ?? part;
}
