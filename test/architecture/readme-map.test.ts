/**
 * The README's map of src/ names every folder that holds code, and no folder that is gone: a
 * newcomer reading it finds the house as it is.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

/** Folders of src/ that hold .ts files directly, as 'src/a/b/'. */
function codeFolders(dir = 'src'): string[] {
  const entries = fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name.endsWith('.ts')) ? [`${dir}/`] : [];
  return [...here, ...entries.filter((e) => e.isDirectory()).flatMap((e) => codeFolders(`${dir}/${e.name}`))];
}

test('the README map lists exactly the folders of src/ that hold code', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- map -->([\s\S]*?)<!-- \/map -->/.exec(readme);
  expect(block).not.toBeNull();
  const listed = [...block![1].matchAll(/^(src\/\S+\/)\s/gm)].map((m) => m[1]).sort();
  expect(listed).toEqual(codeFolders().sort());
});
