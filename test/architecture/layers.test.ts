/**
 * The layers of src/ hold (docs/architecture.md): no upward import, no circle, no host API outside
 * src/hosts. The same check is run on the real tree plus a planted mistake, to show it can fail.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importProblems } from './import-rules';

const ROOT = path.resolve(__dirname, '../..');

function sourceTree(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) files.set(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8'));
    }
  };
  walk('src');
  return files;
}

test('src/ keeps its layers: no upward import, no import circle, host APIs only under src/hosts', () => {
  const tree = sourceTree();
  expect(tree.size).toBeGreaterThan(150);
  expect(importProblems(tree)).toEqual([]);
});

test('every folder of src/ sits in a layer a newcomer can name from its path', () => {
  const top = fs.readdirSync(path.join(ROOT, 'src')).sort();
  expect(top).toEqual(['build', 'domain', 'engine', 'features', 'hosts', 'xlsx']);
});

/** What a planted file adds to the problems of the real tree. */
function added(plant: Record<string, string>): string[] {
  const tree = sourceTree();
  const before = new Set(importProblems(tree));
  for (const [f, text] of Object.entries(plant)) tree.set(f, text);
  return importProblems(tree).filter((p) => !before.has(p));
}

describe('the check fails on a planted mistake', () => {
  test('an upward import (the core reaching for the CLI)', () => {
    expect(added({ 'src/domain/core/planted.ts': "import { main } from '../../hosts/cli/main';\nexport const x = main;\n" })).toEqual(['upward import: src/domain/core/planted.ts (domain/core) imports src/hosts/cli/main.ts (hosts)']);
  });

  test('a circle, even of types only', () => {
    expect(added({
      'src/features/fill/planted-a.ts': "import type { B } from './planted-b';\nexport type A = B[];\n",
      'src/features/fill/planted-b.ts': "import type { A } from './planted-a';\nexport type B = A | number;\n",
    })).toEqual(['import circle: src/features/fill/planted-a.ts → src/features/fill/planted-b.ts']);
  });

  test('host code outside src/hosts (the DOM in a feature), but not a word in a comment or string', () => {
    expect(added({ 'src/features/report/planted.ts': "// document.title is the pane's\nexport const s = 'word/document.xml';\nexport function f() { return document.title; }\n" })).toEqual(['host API outside src/hosts: src/features/report/planted.ts (document.t)']);
  });
});
