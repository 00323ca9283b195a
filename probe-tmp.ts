import * as fs from 'fs'; import * as path from 'path';
import { readWorkbook } from './src/xlsx/read'; import { openXlsx } from './src/xlsx/open';
const counts = new Map<string, Set<string>>();
function walk(d: string) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.xlsx$/.test(e.name)) { try { const wb = readWorkbook(openXlsx(fs.readFileSync(p))); for (const s of wb.sheets) for (const c of s.cells) if (c.formula) for (const m of c.formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Za-z_][A-Za-z0-9._]*)\s*\(/g)) { const n = m[1].toUpperCase().replace(/^_XLFN\.|^_XLWS\./, ''); if (!counts.has(n)) counts.set(n, new Set()); counts.get(n)!.add(path.relative('.', p)); } } catch {} } } }
for (const d of process.argv.slice(2)) walk(d);
console.log([...counts].sort((a, b) => b[1].size - a[1].size).map(([n, f]) => `${n}:${f.size}`).join(' '));
