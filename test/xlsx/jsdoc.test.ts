/** Every exported function of src/xlsx has JSDoc with an @example (the project's rule for newcomers). */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.resolve(__dirname, '../../src/xlsx');

test.each(fs.readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s: every exported function has an @example', (file) => {
  const src = fs.readFileSync(path.join(dir, file), 'utf8');
  // Each file starts with a comment saying what it is for.
  expect(src.trimStart().startsWith('/**')).toBe(true);
  const exported = [...src.matchAll(/export function (\w+)/g)].map((m) => m[1]);
  for (const name of exported) {
    const at = src.indexOf(`export function ${name}`);
    const before = src.slice(0, at);
    const doc = before.slice(before.lastIndexOf('/**'));
    expect({ name, hasDoc: doc.includes('*/') && doc.includes('@example') }).toEqual({ name, hasDoc: true });
  }
});
