/** Every exported function of src/sheet and src/templates has JSDoc with an @example. */
import * as fs from 'fs';
import * as path from 'path';

const dirs = ['../../src/sheet', '../../src/templates'].map((d) => path.resolve(__dirname, d));
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));

test.each(files.map((f) => [path.relative(path.resolve(__dirname, '../..'), f), f]))('%s: every exported function has an @example', (_name, file) => {
  const src = fs.readFileSync(file, 'utf8');
  const exported = [...src.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
  for (const name of exported) {
    const at = src.search(new RegExp(`export (?:async )?function ${name}\\b`));
    const before = src.slice(0, at);
    const doc = before.slice(before.lastIndexOf('/**'));
    expect({ name, hasDoc: doc.includes('*/') && doc.includes('@example') }).toEqual({ name, hasDoc: true });
  }
});

test('no Office.js and no Node fs in the pure modules (the pane and the CLI both use them)', () => {
  for (const f of files) {
    // Code only: comments may well mention Office.js.
    const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect({ f, office: /\bOffice\.\w|\bExcel\.run|from '(fs|path)'|require\('(fs|path)'\)/.test(code) }).toEqual({ f, office: false });
  }
});
