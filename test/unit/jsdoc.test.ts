/**
 * The project's rule for newcomers: every exported function has JSDoc with an @example, and every
 * file opens with a comment saying what it is for. One check for every module it applies to.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const DIRS = ['src/domain/core', 'src/xlsx', 'src/features/school-table', 'src/features/templates', 'src/domain/catalog', 'src/domain/edu', 'src/engine', 'src/features/fill', 'src/features/verdict', 'src/hosts/cli', 'src/features/sample', 'src/hosts/wps', 'src/features/extract'];
const files = DIRS.flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`));

test.each(files)('%s: every exported function has an @example', (file) => {
  const src = fs.readFileSync(path.join(root, file), 'utf8');
  const exported = [...src.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
  for (const name of exported) {
    const at = src.search(new RegExp(`export (?:async )?function ${name}\\b`));
    const before = src.slice(0, at);
    const doc = before.slice(before.lastIndexOf('/**'));
    expect({ name, hasDoc: doc.includes('*/') && doc.includes('@example') }).toEqual({ name, hasDoc: true });
  }
});

test.each(files.filter((f) => f.startsWith('src/xlsx/')))('%s opens with a comment saying what it is for', (file) => {
  expect(fs.readFileSync(path.join(root, file), 'utf8').trimStart().startsWith('/**')).toBe(true);
});
