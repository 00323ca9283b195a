/**
 * The Chinese custom-functions metadata (functions.zh-CN.json, referenced by the manifest's zh-CN
 * override of Functions.Metadata.Url) against the English functions.json, both generated as the
 * build generates them: the same functions, ids, names, parameters and types, nothing missing, and
 * every description non-empty Chinese taken from src/domain/edu/table.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS } from '../../../src/domain/edu/table';
import { helpPage } from '../../../src/build/pane/help-page';
import { localizeMetadata, metadataFiles, PARAM_ZH, traditionalMetadata, zhMetadataText, type FunctionsMetadata } from '../../../src/build/pane/zh-metadata';

const root = path.resolve(__dirname, '../../..');
const CJK = /[\u4e00-\u9fff]/;
let en: FunctionsMetadata;
let zh: FunctionsMetadata;
let enJson: string;

beforeAll(async () => {
  // What custom-functions-metadata-plugin runs in the webpack build.
  const r = await generateCustomFunctionsMetadata([path.join(root, 'src/hosts/excel/functions.ts')], false);
  expect(r.errors).toEqual([]);
  enJson = r.metadataJson;
  en = JSON.parse(r.metadataJson);
  zh = JSON.parse(zhMetadataText(r.metadataJson));
}, 60000);

test('the same functions, in the same order, with the same ids and names (names stay EDU.MEETS in Chinese Excel)', () => {
  expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
  expect(en.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
  for (const f of zh.functions) expect(f.name.length).toBeGreaterThanOrEqual(3);
});

test('only descriptions and parameter names differ: parameters, types, optionality, results, options are identical', () => {
  const strip = (m: FunctionsMetadata) => JSON.parse(JSON.stringify(m, (k, v) => (k === 'description' ? undefined : v)));
  const unnamed = (m: FunctionsMetadata) => { const c = strip(m); for (const f of c.functions) for (const p of f.parameters) delete p.name; return c; };
  expect(unnamed(zh)).toEqual(unnamed(en));
});

test('parameter names are Chinese, distinct within a function, and mapped from the English ones', () => {
  for (const [i, f] of zh.functions.entries()) {
    expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
    for (const [j, p] of f.parameters.entries()) {
      expect(p.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(p.name).toBe(PARAM_ZH[en.functions[i].parameters[j].name]);
    }
  }
  expect(zh.functions.find((f) => f.id === 'MEETS')!.parameters.map((p) => p.name)).toEqual(['指标', '指标值', '学段', '规划']);
});

test('every function has a helpUrl at its anchor of help.html, under the base URL, in every file', () => {
  const files = metadataFiles(enJson, 'https://jyj.example.cn/plan-metrics/');
  expect(Object.keys(files)).toEqual(['functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json']);
  const help = helpPage();
  for (const text of Object.values(files)) {
    for (const f of (JSON.parse(text) as FunctionsMetadata).functions) {
      expect(f.helpUrl).toBe(`https://jyj.example.cn/plan-metrics/help.html#${f.id}`);
      expect(help).toContain(`<section id="${f.id}">`);
    }
  }
});

test('functions.zh-TW.json: the zh-CN file in Traditional (OpenCC tw), same ids and names', () => {
  const files = metadataFiles(enJson, 'https://localhost:3000/');
  const tw = JSON.parse(files['functions.zh-TW.json']) as FunctionsMetadata;
  const cn = JSON.parse(files['functions.zh-CN.json']) as FunctionsMetadata;
  expect(tw.functions.map((f) => [f.id, f.name])).toEqual(cn.functions.map((f) => [f.id, f.name]));
  const per100 = tw.functions.find((f) => f.id === 'PER100')!;
  expect(per100.description).toBe('每百名學生擁有數：數量 ÷ 學生數 × 100'); // 学→學, 拥→擁, 数→數
  expect(per100.parameters.map((p) => p.name)).toEqual(['數量', '學生數']);
  expect(tw.functions.find((f) => f.id === 'MEETS')!.parameters.map((p) => p.name)).toEqual(['指標', '指標值', '學段', '規劃']);
});

test('every function and parameter description is non-empty Chinese, and is the table\'s', () => {
  for (const f of zh.functions) {
    const spec = FUNCTIONS.find((s) => s.name === f.id)!;
    expect(f.description).toBe(spec.zh);
    expect(f.description).toMatch(CJK);
    expect(f.parameters.length).toBe(spec.params.length);
    for (const [j, p] of f.parameters.entries()) {
      expect(typeof p.description).toBe('string');
      expect((p.description as string).trim()).not.toBe('');
      expect(p.description).toMatch(CJK);
      expect(p.description).toBe(spec.params[j].zh);
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

// A real build's pair, when there is one; otherwise a visible skip (the generation above is the check).
const dist = path.join(root, 'dist');
const distBuilt = fs.existsSync(path.join(dist, 'functions.json')) && fs.existsSync(path.join(dist, 'functions.zh-CN.json'));
(distBuilt ? test : test.skip)(`a built dist/ holds the pair as generated here${distBuilt ? '' : ' (skipped: dist/ not built — npm run build)'}`, () => {
  const a = path.join(dist, 'functions.json');
  const b = path.join(dist, 'functions.zh-CN.json');
  const builtEn = JSON.parse(fs.readFileSync(a, 'utf8'));
  expect(JSON.parse(fs.readFileSync(b, 'utf8'))).toEqual(localizeMetadata(builtEn));
  const c = path.join(dist, 'functions.zh-TW.json');
  expect(fs.existsSync(c)).toBe(true);
  expect(JSON.parse(fs.readFileSync(c, 'utf8'))).toEqual(traditionalMetadata(localizeMetadata(builtEn)));
});
