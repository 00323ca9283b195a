/**
 * Microsoft's rules, not ours: manifest.xml, and the manifest the build writes for an intranet
 * base URL, validated by xmllint against Microsoft's add-in manifest XSDs
 * (../shared/office-schemas/OfficeAppManifestV1_1.xsd, README there); the custom-functions metadata
 * (functions.json and every localized copy) validated by ajv against cf-metadata.schema.json.
 * xmllint comes from Debian's libxml2-utils (.ci/run installs it); without it the test fails,
 * saying so, rather than passing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { manifestFor } from '../../../src/build/pane/manifest';
import { metadataFiles } from '../../../src/build/pane/zh-metadata';

const root = path.resolve(__dirname, '../../..');
const schemas = path.resolve(root, '../shared/office-schemas');
const XSD = path.join(schemas, 'OfficeAppManifestV1_1.xsd');
const INTRANET = 'https://jyj.example.cn/plan-metrics/';

/** xmllint's verdict on one file: exit status and its messages. */
function xmllint(file: string): { status: number | null; out: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint is missing (apt-get install -y libxml2-utils): ${r.error.message}`);
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-schemas-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the schemas are there (../shared/office-schemas)', () => {
  expect(fs.existsSync(XSD)).toBe(true);
});

test('manifest.xml is valid by Microsoft\'s add-in manifest schema', () => {
  const file = path.join(root, 'manifest.xml');
  expect(xmllint(file)).toEqual({ status: 0, out: `${file} validates` });
});

test('the schema check can fail: the two errors issue 14 found are reported', () => {
  // The manifest as it was: an empty <AppDomains/> and a 34-character resid (the limit is 32).
  const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8')
    .replace(/(<SupportUrl [^>]*\/>)/, '$1\n  <AppDomains/>')
    .split('PlanMetrics.Button.Tooltip').join('PlanMetrics.TaskpaneButton.Tooltip');
  const bad = path.join(tmp, 'bad.xml');
  fs.writeFileSync(bad, xml);
  const r = xmllint(bad);
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(/AppDomains': Missing child element\(s\)/);
  expect(r.out).toMatch(/'PlanMetrics\.TaskpaneButton\.Tooltip' has a length of '34'; this exceeds the allowed maximum length of '32'/);
});

test('the manifest the build writes for an intranet base URL is valid too', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const file = path.join(tmp, 'manifest.xml');
  fs.writeFileSync(file, manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), { baseUrl: INTRANET, version: pkg.version }));
  expect(xmllint(file)).toEqual({ status: 0, out: `${file} validates` });
});

// A real build's files, when there is one; otherwise a visible skip, never a silent pass (the
// generation above is checked either way, and test/browser builds and checks its own dist).
const DIST = path.join(root, 'dist');
const distBuilt = fs.existsSync(path.join(DIST, 'manifest.xml')) && fs.existsSync(path.join(DIST, 'functions.json'));
(distBuilt ? test : test.skip)(`dist/manifest.xml of the last build is valid${distBuilt ? '' : ' (skipped: dist/ not built — npm run build)'}`, () => {
  const built = path.join(DIST, 'manifest.xml');
  expect(xmllint(built)).toEqual({ status: 0, out: `${built} validates` });
});

describe('custom-functions metadata against cf-metadata.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // The schema's only format; what Excel opens from helpUrl must be an absolute URL.
  ajv.addFormat('uri', (s: string) => { try { return !!new URL(s).protocol; } catch { return false; } });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemas, 'cf-metadata.schema.json'), 'utf8')));
  const check = (name: string, json: unknown) => {
    const ok = validate(json);
    expect([name, ok ? [] : validate.errors]).toEqual([name, []]);
  };
  let en: string;
  beforeAll(async () => {
    // What custom-functions-metadata-plugin runs in the webpack build.
    const r = await generateCustomFunctionsMetadata([path.join(root, 'src/hosts/excel/functions.ts')], false);
    expect(r.errors).toEqual([]);
    en = r.metadataJson;
  }, 60000);

  test('functions.json, functions.zh-CN.json and functions.zh-TW.json as the build generates them (helpUrls under an intranet base)', () => {
    const files = metadataFiles(en, INTRANET);
    expect(Object.keys(files)).toHaveLength(3);
    for (const [name, text] of Object.entries(files)) check(name, JSON.parse(text));
  });

  (distBuilt ? test : test.skip)(`the files in dist/${distBuilt ? '' : ' (skipped: dist/ not built — npm run build)'}`, () => {
    const files = fs.readdirSync(DIST).filter((f) => /^functions(\.[\w-]+)?\.json$/.test(f));
    expect(files.sort()).toEqual(['functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json']);
    for (const f of files) check(f, JSON.parse(fs.readFileSync(path.join(DIST, f), 'utf8')));
  });

  test('the validator can fail: a parameter of unknown type, an id with a space', () => {
    const m = JSON.parse(en);
    m.functions[0].parameters[0].type = 'integer';
    m.functions[1].id = 'PER STUDENT';
    expect(validate(m)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/functions/0/parameters/0/type', '/functions/1/id']));
  });
});
