/**
 * The task pane's one rule of structure: every Office.js call lives in src/hosts/pane/excel-io.ts.
 * Other pane modules may name the types (Excel.Range in a signature is erased at compile time) but
 * must not touch the Office, Excel or CustomFunctions globals. And nothing in the pane renders
 * text as HTML.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { officeReady } from '../../../src/hosts/pane/excel-io';

const dir = path.resolve(__dirname, '../../../src/hosts/pane');
const files = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []);

/** Identifiers used as values (not in type positions) in a TypeScript file. */
function valueUses(file: string, names: string[]): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isTypeNode(n)) return; // Excel.Range as a type is fine
    if (ts.isIdentifier(n) && names.includes(n.text)) {
      const { line } = src.getLineAndCharacterOfPosition(n.getStart());
      out.push(`${path.relative(dir, file)}:${line + 1} ${n.text}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

test('Office, Excel and CustomFunctions are used in excel-io.ts only', () => {
  const uses = files(dir).filter((f) => path.basename(f) !== 'excel-io.ts').flatMap((f) => valueUses(f, ['Office', 'Excel', 'CustomFunctions']));
  expect(uses).toEqual([]);
  expect(valueUses(path.join(dir, 'excel-io.ts'), ['Excel']).length).toBeGreaterThan(0);
});

test('no innerHTML, outerHTML, insertAdjacentHTML or document.write anywhere in the pane', () => {
  for (const f of files(dir)) {
    const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect([path.relative(dir, f), /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/.test(code)]).toEqual([path.relative(dir, f), false]);
  }
});

test('the HTML page has no inline script and a strict CSP', () => {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

describe('officeReady', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => { delete g.Office; });

  test('in Excel: an IO and the display language', async () => {
    g.Office = { HostType: { Excel: 'Excel' }, context: { displayLanguage: 'zh-CN' }, onReady: () => Promise.resolve({ host: 'Excel' }) };
    const h = await officeReady();
    expect(h.io).not.toBeNull();
    expect(h.displayLanguage).toBe('zh-CN');
  });

  test('in another host, or without office.js: no IO', async () => {
    g.Office = { HostType: { Excel: 'Excel' }, context: { displayLanguage: 'en-US' }, onReady: () => Promise.resolve({ host: 'Word' }) };
    expect((await officeReady()).io).toBeNull();
    delete g.Office;
    expect((await officeReady()).io).toBeNull();
  });
});
