/**
 * Validating every XML part of a workbook against the ECMA-376 transitional schemas
 * (test/fixtures/ecma-376, see SOURCES.md there) with xmllint, after the Markup Compatibility
 * preprocessing that ECMA-376 Part 3 asks of every consumer: attributes and elements in a namespace
 * the part lists in mc:Ignorable are dropped, and mc:AlternateContent is replaced by its
 * mc:Fallback. Without that step every file Excel or exceljs writes fails on x14ac:dyDescent,
 * which the standard says a reader must ignore.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';

const SCHEMAS = path.resolve(__dirname, '../../fixtures/ecma-376');

/** The schema each part is checked against, by part name; parts not listed are not checked (and said so). */
function schemaFor(part: string): string | null {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (part === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd';
  if (/^xl\/theme\/.*\.xml$/.test(part)) return 'dml-main.xsd';
  if (/^xl\/drawings\/drawing\d*\.xml$/.test(part)) return 'dml-spreadsheetDrawing.xsd';
  if (/^xl\/charts\/chart\d*\.xml$/.test(part)) return 'dml-chart.xsd';
  // workbook, worksheets, styles, sharedStrings, calcChain, comments, tables: all SpreadsheetML.
  if (/^xl\/(workbook|styles|sharedStrings|calcChain)\.xml$/.test(part)) return 'sml.xsd';
  if (/^xl\/(worksheets|chartsheets|tables|comments\d*|pivotTables|pivotCache)\b.*\.xml$/.test(part) || /^xl\/comments\d*\.xml$/.test(part)) return 'sml.xsd';
  return null;
}

/**
 * ECMA-376 Part 3 §10 preprocessing, for the cases workbooks carry: ignorable attributes and
 * elements removed, mc:AlternateContent resolved to its Fallback (or nothing).
 * @example
 * mcePreprocess('<a xmlns:mc="…" mc:Ignorable="x14ac" x14ac:dy="1"/>'); // '<a xmlns:mc="…"/>'
 */
export function mcePreprocess(xml: string): string {
  const m = /\bmc:Ignorable="([^"]*)"/.exec(xml);
  let out = xml;
  if (m) {
    const prefixes = m[1].split(/\s+/).filter(Boolean);
    out = out.replace(/\s+mc:Ignorable="[^"]*"/g, '');
    for (const p of prefixes) {
      const e = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(`\\s+${e}:[\\w.-]+="[^"]*"`, 'g'), '');
      // Elements: self-closing, then paired (innermost first, repeated for nesting).
      out = out.replace(new RegExp(`<${e}:[\\w.-]+\\b[^>]*/>`, 'g'), '');
      const paired = new RegExp(`<(${e}:[\\w.-]+)\\b[^>]*>(?:(?!<\\1\\b)[\\s\\S])*?</\\1>`, 'g');
      for (let prev = ''; prev !== out; ) { prev = out; out = out.replace(paired, ''); }
    }
  }
  // xml:space belongs to XML itself (XML 1.0 §2.10: it may be attached to any element); Excel writes
  // it on every <t> that keeps spaces, and the schemas, which never declare it, are read with it allowed.
  out = out.replace(/\s+xml:space="[^"]*"/g, '');
  out = out.replace(/<mc:AlternateContent\b[^>]*>[\s\S]*?<\/mc:AlternateContent>/g, (block) => {
    const fb = /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(block);
    return fb ? fb[1] : '';
  });
  return out;
}

export interface SchemaReport {
  /** One line per schema error: `part: message`. */
  errors: string[];
  /** Parts that were checked. */
  checked: string[];
  /** XML parts no schema here covers (e.g. docProps/core.xml, whose schema imports Dublin Core from the web). */
  unchecked: string[];
}

/** True when xmllint is on the PATH. @example if (!hasXmllint()) test.skip(…) */
export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Checks every XML part of an .xlsx against the ECMA-376 transitional schemas.
 * @example
 * const r = checkSpreadsheetML(fs.readFileSync('out.xlsx'));
 * r.errors; // [] when every part is valid
 */
export function checkSpreadsheetML(bytes: Uint8Array): SchemaReport {
  return checkSpreadsheetMLMany([bytes])[0];
}

/**
 * The same for many workbooks at once: one xmllint per schema for all of them, since loading
 * sml.xsd is most of xmllint's time.
 * @example
 * checkSpreadsheetMLMany([a, b]).map((r) => r.errors.length); // [0, 0]
 */
export function checkSpreadsheetMLMany(workbooks: readonly Uint8Array[]): SchemaReport[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sml-'));
  const reports: SchemaReport[] = workbooks.map(() => ({ errors: [], checked: [], unchecked: [] }));
  const bySchema = new Map<string, { wb: number; part: string; file: string }[]>();
  try {
    workbooks.forEach((bytes, wb) => {
      let parts: ReturnType<typeof unzipSync>;
      try {
        parts = unzipSync(bytes);
      } catch {
        // An encrypted workbook (a CFB file) or not a workbook at all: nothing to validate.
        reports[wb].errors.push('(package): not a zip package');
        return;
      }
      Object.keys(parts).forEach((part, i) => {
        if (!/\.(xml|rels)$/.test(part)) return;
        const schema = schemaFor(part);
        if (!schema) { reports[wb].unchecked.push(part); return; }
        const file = path.join(dir, `${wb}-${i}.xml`);
        fs.writeFileSync(file, mcePreprocess(Buffer.from(parts[part]).toString('utf8')));
        const list = bySchema.get(schema) ?? [];
        list.push({ wb, part, file });
        bySchema.set(schema, list);
        reports[wb].checked.push(part);
      });
    });
    for (const [schema, list] of bySchema) {
      const of = new Map(list.map((x) => [x.file, x]));
      // A few hundred files a call keeps the command line well inside the kernel's limit.
      for (let i = 0; i < list.length; i += 300) {
        const chunk = list.slice(i, i + 300);
        const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schema), ...chunk.map((x) => x.file)], { encoding: 'utf8', maxBuffer: 256 << 20 });
        for (const line of r.stderr.split('\n')) {
          if (!line.trim() || / validates$/.test(line) || / fails to validate$/.test(line)) continue;
          const file = line.split(':')[0];
          const x = of.get(file);
          if (x) reports[x.wb].errors.push(`${x.part}: ${line.slice(file.length + 1).trim()}`);
          // Other lines are xmllint echoing the XML around a parse error it has just reported.
          else if (/failed to compile|Schemas parser error|failed to load/.test(line)) throw new Error(`xmllint: ${line}`);
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}

/** The Python with Debian's python3-openpyxl, or null. @example openpyxlPython(); // '/usr/bin/python3' */
export function openpyxlPython(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(py, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0) return py;
  }
  return null;
}

/**
 * Opens workbooks with openpyxl (a strict reader nobody here wrote), all in one Python process;
 * returns each file's error, or null where it opened and every sheet could be walked.
 * @example
 * openWithOpenpyxl('/usr/bin/python3', ['a.xlsx', 'b.xlsx']); // [null, "ValueError: Value must be one of {…}"]
 */
export function openWithOpenpyxl(python: string, files: readonly string[]): (string | null)[] {
  const script = [
    'import sys, json, openpyxl',
    'out = []',
    'for f in sys.argv[1:]:',
    '    try:',
    '        wb = openpyxl.load_workbook(f)',
    '        for ws in wb.worksheets: ws.max_row',
    '        out.append(None)',
    '    except Exception as e:',
    '        out.append(type(e).__name__ + ": " + str(e))',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync(python, ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
  return JSON.parse(r.stdout) as (string | null)[];
}
