/**
 * Generated files must be what their generators write today: the Excel wrappers (read by the
 * custom-functions metadata plugin) and docs/functions.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import { functionsSource } from '../../scripts/gen-functions';
import { functionsDoc } from '../../scripts/gen-docs';

const root = path.resolve(__dirname, '../..');

test('src/hosts/excel/functions.ts matches src/domain/edu/table.ts (run scripts/gen-functions.ts)', () => {
  expect(fs.readFileSync(path.join(root, 'src/hosts/excel/functions.ts'), 'utf8')).toBe(functionsSource());
});

test('docs/functions.md matches the table and the conformance rows (run npm run docs)', () => {
  expect(fs.readFileSync(path.join(root, 'docs/functions.md'), 'utf8')).toBe(functionsDoc());
});
