/**
 * The project's rule for newcomers: every exported function of src/ has JSDoc with a worked
 * @example, every file opens with a comment saying what it is for — and the examples are true.
 *
 * Declarations are found with the TypeScript compiler (so a function is never credited with the
 * comment of the one above it), in every folder of src/. Each example line of the form
 * `expression; // value`, where the value is a literal (a number, a string, true/false/null, an
 * array or object of those), is run against the module's exports after the example's own `const`
 * lines, and must give that value (numbers to 1e-12 relative, as they are printed to 15 digits).
 * Examples that use names the module does not export, or whose comment is prose, are not run;
 * the test prints how many ran. Hosts and build scripts (Office.js, WPS, the DOM, files) are only
 * checked for the comment, not run.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const walk = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
const files = walk('src');
/** Layers whose examples are run: pure code, no host. */
const RUNNABLE = /^src\/(domain|engine|xlsx|features)\//;

interface Exported { name: string; examples: string[] }

/** Exported functions (declarations and `export const f = (…) =>`) with their @example texts. */
function exportedFunctions(file: string): Exported[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const out: Exported[] = [];
  const examplesOf = (node: ts.Node) =>
    ts.getJSDocTags(node).filter((t) => t.tagName.text === 'example').map((t) => (typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? ''));
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(st) && st.name) out.push({ name: st.name.text, examples: examplesOf(st) });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) out.push({ name: d.name.text, examples: examplesOf(st) });
      }
    }
  }
  return out;
}

// Generated from src/domain/edu/table.ts, whose rows carry the examples (docs/functions.md).
const GENERATED = new Set(['src/hosts/excel/functions.ts']);

test.each(files.filter((f) => !GENERATED.has(f)))('%s: every exported function has JSDoc with an @example', (file) => {
  // Overloads: one of the declarations carries the comment.
  const fns = exportedFunctions(file);
  const missing = [...new Set(fns.map((f) => f.name))].filter((n) => !fns.some((f) => f.name === n && f.examples.some((e) => e.trim())));
  expect(missing).toEqual([]);
});

test.each(files)('%s says what it is for: a comment before anything it exports', (file) => {
  // A file of one function (the simple-statistics model) may let that function's JSDoc say it.
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const firstExport = text.search(/^export /m);
  const head = firstExport < 0 ? text : text.slice(0, firstExport);
  expect(/\/\*\*[\s\S]*?\*\/|^\/\/ /m.test(head)).toBe(true);
});

/** A comment that is a literal value, or undefined when it is prose. */
function literal(comment: string): { value: unknown } | undefined {
  // The whole comment, or its head before a gloss: `// 4.2  (21 teachers …)`, `// 7200 — 玉泉区`.
  const whole = comment.trim();
  for (const c of [whole, whole.split(/\s{2,}| — | \(|（/)[0].trim()]) {
    if (!/^(-?[\d.]+(e[-+]?\d+)?|'[^']*'|"[^"]*"|true|false|null|\[.*\]|\{.*\})$/.test(c)) continue;
    try {
      return { value: new Function(`"use strict"; return (${c});`)() };
    } catch {
      // not a literal after all
    }
  }
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(b as object);
    return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  // An example may elide the end of a long text with '…': the value must start with what is shown.
  if (typeof a === 'string' && typeof b === 'string' && b.endsWith('…')) return a.startsWith(b.slice(0, -1));
  return a === b;
}

interface Doctest { file: string; fn: string; line: string; run: () => { ok: boolean; got?: unknown; want?: unknown; error?: string } | 'not runnable' }

/** Every runnable example line of the pure layers, as a thunk. */
function doctests(): Doctest[] {
  const out: Doctest[] = [];
  for (const file of files.filter((f) => RUNNABLE.test(f))) {
    for (const fn of exportedFunctions(file)) {
      for (const ex of fn.examples) {
        const lines = ex.split('\n').map((l) => l.replace(/^\s*\*?\s?/, '').trim()).filter(Boolean);
        // An example that names a file (a workbook, a plan document) shows a call, not a value to check here.
        if (/['"][^'"]*\.(xlsx|xlsm|docx|pdf|txt|ya?ml|json)['"]/.test(ex)) continue;
        const setup: string[] = [];
        for (const l of lines) {
          const m = /^(.+?);?\s*\/\/\s*(.+)$/.exec(l);
          const want = m ? literal(m[2]) : undefined;
          if (m && want && !/^(const|let|var)\s/.test(m[1])) {
            const body = [...setup, `return (${m[1].replace(/;\s*$/, '')});`].join('\n');
            out.push({
              file, fn: fn.name, line: l,
              run: () => {
                const mod = require(path.join(root, file)) as Record<string, unknown>;
                const names = Object.keys(mod).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
                let f: (...a: unknown[]) => unknown;
                try { f = new Function(...names, body) as typeof f; } catch { return 'not runnable'; }
                try {
                  const got = f(...names.map((n) => mod[n]));
                  if (got instanceof Promise) return 'not runnable';
                  return { ok: same(got, want.value), got, want: want.value };
                } catch (e) {
                  if (e instanceof ReferenceError || e instanceof SyntaxError) return 'not runnable';
                  return { ok: false, error: String((e as Error).message ?? e) };
                }
              },
            });
          } else if (/^(const|let)\s+[\w{}\s,[\]]+\s*=/.test(l) && !/\/\//.test(l.replace(/'[^']*'|"[^"]*"/g, ''))) {
            setup.push(l.endsWith(';') ? l : `${l};`);
          }
        }
      }
    }
  }
  return out;
}

test('the @examples of the pure layers are true where they state a value', () => {
  const all = doctests();
  const wrong: string[] = [];
  let ran = 0;
  for (const d of all) {
    const r = d.run();
    if (r === 'not runnable') continue;
    ran++;
    if (!r.ok) wrong.push(`${d.file} ${d.fn}: ${d.line}  →  ${r.error ?? JSON.stringify(r.got)}`);
  }
  console.log(`doctest: ${ran} example lines run of ${all.length} that state a value`);
  expect(wrong).toEqual([]);
  expect(ran).toBeGreaterThan(100);
});
