/**
 * Open Packaging Conventions: where a part's relationships live, how a relationship target (often
 * relative: 'worksheets/sheet1.xml', sometimes absolute: '/xl/worksheets/sheet1.xml') becomes a
 * part name, and reading a .rels part.
 */
import { attrOf, saxWalk } from './sax';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** The full type URI; compare with `relType(r) === 'worksheet'`. */
  type: string;
  /** The target as written. */
  target: string;
  /** The part name it resolves to (no leading '/'), or null for an external target. */
  partName: string | null;
}

/**
 * The .rels part holding the relationships of `part`.
 * @example
 * relsPathOf('xl/workbook.xml'); // 'xl/_rels/workbook.xml.rels'
 * relsPathOf('');                // '_rels/.rels' (the package itself)
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the part that owns the relationship.
 * @example
 * resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml');  // 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/workbook.xml', '/xl/styles.xml');         // 'xl/styles.xml'
 * resolveTarget('xl/worksheets/sheet1.xml', '../media/a.png'); // 'xl/media/a.png'
 */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split('#')[0];
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // A stray '%' that is not an escape: use the target as written.
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/**
 * The last segment of a relationship type URI ('worksheet', 'sharedStrings', 'officeDocument' …),
 * the same for transitional and strict OOXML.
 * @example
 * relType({ type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' } as Relationship); // 'worksheet'
 */
export function relType(r: Pick<Relationship, 'type'>): string {
  return r.type.slice(r.type.lastIndexOf('/') + 1);
}

/**
 * Parses a .rels part. `source` is the part the relationships belong to ('' for the package).
 * @example
 * parseRels(xml, 'xl/workbook.xml').find((r) => r.id === 'rId1')?.partName; // 'xl/worksheets/sheet1.xml'
 */
export function parseRels(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  saxWalk(xml, relsPathOf(source), {
    open(t) {
      if (t.local !== 'Relationship') return;
      const id = attrOf(t, 'Id') ?? '';
      const type = attrOf(t, 'Type') ?? '';
      const target = attrOf(t, 'Target') ?? '';
      const external = attrOf(t, 'TargetMode') === 'External';
      out.push({ id, type, target, partName: external ? null : resolveTarget(source, target) });
    },
  });
  return out;
}
