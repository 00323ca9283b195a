/**
 * The import rules that keep the layers visible (docs/architecture.md), as a pure function over
 * source texts so that a test can run it on the real tree and on a tree with a planted mistake.
 *
 * Layers, lowest first: domain/core → domain/catalog → domain/edu → xlsx → engine → features →
 * hosts → build. A file may import its own layer or a lower one; never a higher one. No circle of
 * imports (type-only imports count: a circle of types is still a knot a reader must untie). Host
 * APIs — Office.js, the WPS/ET object model, the DOM, the process's argv and streams, worker
 * threads — are used only under src/hosts (and src/build, the generators).
 */
import * as path from 'path';

const RANK: [prefix: string, rank: number][] = [
  ['src/domain/core/', 0],
  ['src/domain/catalog/', 1],
  ['src/domain/edu/', 2],
  ['src/xlsx/', 3],
  ['src/engine/', 4],
  ['src/features/', 5],
  ['src/hosts/', 6],
  ['src/build/', 7],
];

/** The layer rank of a source path, or -1 for a path outside the known layers (itself a problem). */
export function layerOf(file: string): number {
  for (const [prefix, rank] of RANK) if (file.startsWith(prefix)) return rank;
  return -1;
}

/** Code with comments and string literals blanked, so a word in a comment or a string is not a use. */
export function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) => (m.startsWith('/') ? ' ' : "''"));
}

const HOST_API = /\b(?:Office|Excel|CustomFunctions|wps|Application)\s*\.\s*\w|\b(?:document|window|navigator)\s*\.\s*\w|\bprocess\s*\.\s*(?:argv|exit|stdout|stderr|stdin)\b|['"]worker_threads['"]/;

/** The relative imports of one file, resolved to repository paths that exist in `files`. */
function importsOf(file: string, text: string, files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]));
    const hit = [base + '.ts', base + '/index.ts', base].find((p) => files.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * Every breach of the rules in a tree of sources (repository path → text), one line each.
 * @example
 * importProblems(new Map([['src/domain/core/a.ts', "import { x } from '../../hosts/cli/main';"], ['src/hosts/cli/main.ts', '']]));
 * // ['upward import: src/domain/core/a.ts (domain/core) imports src/hosts/cli/main.ts (hosts)']
 */
export function importProblems(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const edges = new Map<string, string[]>();
  const name = (f: string) => f.split('/').slice(1, f.startsWith('src/domain/') ? 3 : 2).join('/');
  for (const [file, text] of files) {
    if (layerOf(file) < 0) { problems.push(`outside every layer: ${file}`); continue; }
    const targets = importsOf(file, text, files);
    edges.set(file, targets);
    for (const t of targets) {
      if (layerOf(t) > layerOf(file)) problems.push(`upward import: ${file} (${name(file)}) imports ${t} (${name(t)})`);
    }
    if (layerOf(file) < layerOf('src/hosts/') && HOST_API.test(codeOnly(text))) problems.push(`host API outside src/hosts: ${file} (${HOST_API.exec(codeOnly(text))![0]})`);
  }
  // Circles: Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) problems.push(`import circle: ${component.sort().join(' → ')}`);
    }
  };
  for (const f of edges.keys()) if (!idx.has(f)) visit(f);
  return problems;
}
