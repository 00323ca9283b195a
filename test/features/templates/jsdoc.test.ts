/** src/features/school-table and src/features/templates stay pure: the task pane and the CLI both use them. (JSDoc: test/unit/jsdoc.test.ts.) */
import * as fs from 'fs';
import * as path from 'path';

const dirs = ['../../../src/features/school-table', '../../../src/features/templates'].map((d) => path.resolve(__dirname, d));
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));

test('no Office.js and no Node fs in the pure modules (the pane and the CLI both use them)', () => {
  for (const f of files) {
    // Code only: comments may well mention Office.js.
    const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect({ f, office: /\bOffice\.\w|\bExcel\.run|from '(fs|path)'|require\('(fs|path)'\)/.test(code) }).toEqual({ f, office: false });
  }
});
