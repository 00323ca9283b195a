/**
 * manifest.xml, checked here because `office-addin-manifest validate` needs Microsoft's web
 * service: it parses (saxes, namespace-aware), its top-level elements come in the schema's order,
 * every resid resolves and every resource is used, every URL is on https://localhost:3000/ and is
 * a file the build produces, the shared runtime and the custom functions are wired to the task
 * pane page, zh-CN overrides are present, there are no AppDomains, and the icons exist at their sizes.
 * Validity by Microsoft's XSDs is schemas.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';

const root = path.resolve(__dirname, '../../..');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const BASE = 'https://localhost:3000/';
const CJK = /[\u4e00-\u9fff]/;

/** A parsed element: namespace URI, local name, attributes by qualified name, children, text. */
interface El { ns: string; name: string; attrs: Record<string, string>; children: El[]; text: string; parent?: El }

function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let rootEl: El | undefined;
  parser.on('opentag', (t) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(t.attributes)) attrs[k] = typeof a === 'string' ? a : a.value;
    const e: El = { ns: t.uri ?? '', name: t.local ?? t.name, attrs, children: [], text: '', parent: stack[stack.length - 1] };
    if (stack.length) stack[stack.length - 1].children.push(e);
    else rootEl = e;
    stack.push(e);
  });
  parser.on('text', (x) => { if (stack.length) stack[stack.length - 1].text += x; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return rootEl!;
}

function all(e: El, pred: (x: El) => boolean, out: El[] = []): El[] {
  if (pred(e)) out.push(e);
  for (const c of e.children) all(c, pred, out);
  return out;
}
const named = (e: El, name: string) => all(e, (x) => x.name === name);
const child = (e: El, name: string) => e.children.find((c) => c.name === name);

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = parse(xml);
const resources = named(doc, 'Resources')[0];
const resourceById = new Map<string, El>();
for (const e of all(resources, (x) => x.ns === NS.bt && ['Image', 'Url', 'String'].includes(x.name) && !!x.attrs.id)) {
  expect(resourceById.has(e.attrs.id)).toBe(false); // ids are unique
  resourceById.set(e.attrs.id, e);
}
const resid = (e: El | undefined) => resourceById.get(e?.attrs.resid ?? '');

/** Every URL the manifest states: top-level DefaultValues and the Resources' images and URLs. */
function urls(): string[] {
  const out: string[] = [];
  for (const n of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const e of named(doc, n)) if (e.attrs.DefaultValue) out.push(e.attrs.DefaultValue);
  }
  for (const e of resourceById.values()) {
    if (e.name === 'String') continue;
    out.push(e.attrs.DefaultValue);
    for (const o of e.children.filter((c) => c.name === 'Override')) out.push(o.attrs.Value);
  }
  return out;
}

/** What the production build writes into dist/ that the manifest may point at. */
const BUILT = ['taskpane.html', 'functions.js', 'functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json', 'help.html', 'taskpane.js', 'taskpane.css'];

test('the root is a task pane add-in for Excel with a GUID id and a four-part version', () => {
  expect([doc.ns, doc.name, doc.attrs['xsi:type']]).toEqual([NS.app, 'OfficeApp', 'TaskPaneApp']);
  expect(child(doc, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(child(doc, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(child(doc, 'Hosts')!.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
  expect(child(doc, 'Permissions')!.text).toBe('ReadWriteDocument');
});

test('top-level elements follow the schema\'s sequence', () => {
  const order = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'];
  const seen = doc.children.map((c) => c.name);
  for (const n of seen) expect(order).toContain(n);
  expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
});

test('no AppDomains: the add-in never leaves its own origin (an empty <AppDomains/> is invalid by the schema)', () => {
  expect(child(doc, 'AppDomains')).toBeUndefined();
  expect(named(doc, 'AppDomain')).toEqual([]);
});

test('<Version> is package.json\'s version in four parts, so Excel\'s metadata cache sees a new release', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  expect(child(doc, 'Version')!.text).toBe(`${pkg.version}.0`);
});

test('resource ids are at most 32 characters (the schema\'s limit)', () => {
  for (const id of resourceById.keys()) expect([id, id.length <= 32]).toEqual([id, true]);
});

test('the shared runtime: SharedRuntime 1.1 required, one long-lived runtime on the task pane page', () => {
  const sets = named(child(doc, 'Requirements')!, 'Set');
  expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['SharedRuntime', '1.1']]);
  const runtimes = named(doc, 'Runtime');
  expect(runtimes).toHaveLength(1);
  expect(runtimes[0].attrs.lifetime).toBe('long');
  expect(runtimes[0].attrs.resid).toBe('Taskpane.Url');
  expect(resid(runtimes[0])!.attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
  expect(child(doc, 'DefaultSettings')!.children[0].attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
});

test('custom functions: namespace EDU, page = the task pane page, script functions.js, metadata functions.json (+ zh-CN)', () => {
  const cf = named(doc, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
  expect(cf).toBeDefined();
  const loc = (n: string) => resid(named(child(cf, n)!, 'SourceLocation')[0]);
  expect(loc('Page')!.attrs.id).toBe('Taskpane.Url');
  expect(loc('Script')!.attrs.DefaultValue).toBe(`${BASE}functions.js`);
  const meta = loc('Metadata')!;
  expect(meta.attrs.DefaultValue).toBe(`${BASE}functions.json`);
  expect(meta.children.map((o) => [o.ns, o.name, o.attrs.Locale, o.attrs.Value])).toEqual([
    [NS.bt, 'Override', 'zh-CN', `${BASE}functions.zh-CN.json`],
    [NS.bt, 'Override', 'zh-TW', `${BASE}functions.zh-TW.json`],
    [NS.bt, 'Override', 'zh-HK', `${BASE}functions.zh-TW.json`],
  ]);
  const ns = resid(child(cf, 'Namespace'))!;
  expect(ns.attrs.DefaultValue).toBe('EDU');
  expect(ns.children).toEqual([]); // the namespace is in every formula: never localised
});

test('a ribbon button on Home opens the task pane', () => {
  const button = named(doc, 'Control').find((c) => c.attrs['xsi:type'] === 'Button')!;
  expect(button.parent!.parent!.attrs.id).toBe('TabHome');
  const action = child(button, 'Action')!;
  expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
  expect(resid(child(action, 'SourceLocation'))!.attrs.id).toBe('Taskpane.Url');
  expect(named(button, 'Image').map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
});

test('every resid resolves, every resource is used, VersionOverrides in its namespace', () => {
  const vo = child(doc, 'VersionOverrides')!;
  expect([vo.ns, vo.attrs['xsi:type']]).toEqual([NS.ov, 'VersionOverridesV1_0']);
  const refs = all(doc, (x) => !!x.attrs.resid).map((x) => x.attrs.resid);
  for (const r of refs) expect(resourceById.has(r)).toBe(true);
  for (const id of resourceById.keys()) expect(refs).toContain(id);
});

test('every URL is on https://localhost:3000/ and names a file the build produces', () => {
  const list = urls();
  expect(list.length).toBeGreaterThan(8);
  for (const u of list) {
    expect(u.startsWith(BASE)).toBe(true);
    const rel = u.slice(BASE.length);
    if (rel.startsWith('assets/')) expect(fs.existsSync(path.join(root, rel))).toBe(true);
    else expect(BUILT).toContain(rel);
  }
  // No address anywhere in the file points elsewhere (comments included).
  for (const m of xml.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    if (m[0].startsWith('http://schemas.microsoft.com/') || m[0].startsWith('http://www.w3.org/')) continue;
    expect(m[0].startsWith(BASE)).toBe(true);
  }
});

test('zh-CN overrides: name 规划指标, description, ribbon and help strings in Chinese', () => {
  const ov = (e: El | undefined) => e?.children.find((c) => c.name === 'Override' && c.attrs.Locale === 'zh-CN')?.attrs.Value;
  expect(child(doc, 'DefaultLocale')!.text).toBe('en-US');
  expect(child(doc, 'DisplayName')!.attrs.DefaultValue).toBe('Plan Metrics');
  expect(ov(child(doc, 'DisplayName'))).toBe('规划指标');
  expect(ov(child(doc, 'Description'))).toMatch(CJK);
  for (const s of resourceById.values()) {
    if (s.name !== 'String' || s.attrs.id === 'Functions.Namespace') continue;
    expect([s.attrs.id, ov(s)]).toEqual([s.attrs.id, expect.stringMatching(CJK)]);
    expect(s.children.every((c) => c.ns === NS.bt)).toBe(true); // bt:Override inside Resources
  }
  expect(ov(resourceById.get('PlanMetrics.Group.Label'))).toBe('规划指标');
});

test('zh-TW and zh-HK overrides: every zh-CN text in Traditional, as OpenCC converts it (tw / hk)', () => {
  const OpenCC = require('opencc-js');
  const conv = { 'zh-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }), 'zh-HK': OpenCC.Converter({ from: 'cn', to: 'hk' }) };
  const withCn = all(doc, (x) => x.children.some((c) => c.name === 'Override' && c.attrs.Locale === 'zh-CN'));
  expect(withCn.length).toBe(8); // DisplayName, Description, the metadata URL, 3 short and 2 long strings
  for (const e of withCn) {
    const cn = e.children.find((c) => c.attrs.Locale === 'zh-CN')!.attrs.Value;
    for (const loc of ['zh-TW', 'zh-HK'] as const) {
      const v = e.children.find((c) => c.name === 'Override' && c.attrs.Locale === loc)?.attrs.Value;
      const want = cn.endsWith('functions.zh-CN.json') ? cn.replace('zh-CN', 'zh-TW') : conv[loc](cn);
      expect([e.attrs.id ?? e.name, loc, v]).toEqual([e.attrs.id ?? e.name, loc, want]);
    }
  }
  expect(child(doc, 'DisplayName')!.children.find((c) => c.attrs.Locale === 'zh-TW')!.attrs.Value).toBe('規劃指標');
});

test('short strings fit the 125-character limit, long strings 250', () => {
  for (const s of resourceById.values()) {
    if (s.name !== 'String') continue;
    const limit = s.parent!.name === 'ShortStrings' ? 125 : 250;
    for (const v of [s.attrs.DefaultValue, ...s.children.map((c) => c.attrs.Value)]) expect(v.length).toBeLessThanOrEqual(limit);
  }
});

test('the icons exist as PNGs of their stated sizes', () => {
  const file = (u: string) => path.join(root, u.slice(BASE.length));
  for (const e of resourceById.values()) {
    if (e.name !== 'Image') continue;
    const n = Number(/^Icon\.(\d+)x\1$/.exec(e.attrs.id)![1]);
    expect(pngSize(file(e.attrs.DefaultValue))).toEqual({ width: n, height: n });
  }
  expect(pngSize(file(child(doc, 'IconUrl')!.attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
  expect(pngSize(file(child(doc, 'HighResolutionIconUrl')!.attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  for (const n of [16, 32, 64, 80]) expect(pngSize(path.join(root, `assets/icon-${n}.png`))).toEqual({ width: n, height: n });
});
