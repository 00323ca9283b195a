/**
 * The Chinese custom-functions metadata (functions.zh-CN.json, referenced by the manifest's zh-CN
 * override of Functions.Metadata.Url) against the English functions.json, both generated as the
 * build generates them: the same functions, ids, names, parameters and types, nothing missing, and
 * every description non-empty Chinese taken from src/edu/table.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS } from '../../src/edu/table';
import { localizeMetadata, zhMetadataText, type FunctionsMetadata } from '../../src/taskpane/build/zh-metadata';

const root = path.resolve(__dirname, '../..');
const CJK = /[\u4e00-\u9fff]/;
let en: FunctionsMetadata;
let zh: FunctionsMetadata;

beforeAll(async () => {
  // What custom-functions-metadata-plugin runs in the webpack build.
  const r = await generateCustomFunctionsMetadata([path.join(root, 'src/functions/functions.ts')], false);
  expect(r.errors).toEqual([]);
  en = JSON.parse(r.metadataJson);
  zh = JSON.parse(zhMetadataText(r.metadataJson));
}, 60000);

test('the same functions, in the same order, with the same ids and names (names stay EDU.MEETS in Chinese Excel)', () => {
  expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
  expect(en.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
  for (const f of zh.functions) expect(f.name.length).toBeGreaterThanOrEqual(3);
});

test('only descriptions differ: parameters, types, optionality, results, options are identical', () => {
  const strip = (m: FunctionsMetadata) => JSON.parse(JSON.stringify(m, (k, v) => (k === 'description' ? undefined : v)));
  expect(strip(zh)).toEqual(strip(en));
});

test('every function and parameter description is non-empty Chinese, and is the table\'s', () => {
  for (const f of zh.functions) {
    const spec = FUNCTIONS.find((s) => s.name === f.id)!;
    expect(f.description).toBe(spec.zh);
    expect(f.description).toMatch(CJK);
    expect(f.parameters.length).toBe(spec.params.length);
    for (const p of f.parameters) {
      expect(typeof p.description).toBe('string');
      expect((p.description as string).trim()).not.toBe('');
      expect(p.description).toMatch(CJK);
      expect(p.description).toBe(spec.params.find((x) => x.name === p.name)!.zh);
    }
  }
  // …and the English file keeps English.
  for (const f of en.functions) expect(f.description).not.toMatch(/^[\u4e00-\u9fff]/);
});

test('a function or parameter the table does not describe fails the build', () => {
  const extra = { functions: [...en.functions, { id: 'NOSUCH', name: 'NOSUCH', parameters: [] }] };
  expect(() => localizeMetadata(extra)).toThrow(/NOSUCH/);
  const renamed = JSON.parse(JSON.stringify(en)) as FunctionsMetadata;
  renamed.functions[0].parameters[0].name = 'renamed';
  expect(() => localizeMetadata(renamed)).toThrow(/renamed/);
});

test('a built dist/ (when there is one) holds the pair as generated here', () => {
  const dist = path.join(root, 'dist');
  const a = path.join(dist, 'functions.json');
  const b = path.join(dist, 'functions.zh-CN.json');
  if (!fs.existsSync(a) || !fs.existsSync(b)) return; // not built yet: the generation above is the check
  const builtEn = JSON.parse(fs.readFileSync(a, 'utf8'));
  expect(JSON.parse(fs.readFileSync(b, 'utf8'))).toEqual(localizeMetadata(builtEn));
});
