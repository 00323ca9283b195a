/**
 * dist/manifest.xml for an intranet: with PM_BASE_URL=https://jyj.example.cn/plan-metrics/ every URL
 * the manifest states (source locations, icons, support and learn-more URLs, the functions'
 * metadata, script and page, every locale override) lies under that base and no localhost is left;
 * without it the build targets https://localhost:3000/ as the committed manifest does; <Version>
 * follows package.json. (Schema validity of the same output: schemas.test.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { baseUrlFrom, DEV_BASE_URL, manifestFor, manifestVersion } from '../../../src/build/pane/manifest';

const root = path.resolve(__dirname, '../../..');
const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const INTRANET = 'https://jyj.example.cn/plan-metrics/';
const SCHEMA_NS = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;

/** Every address in the text, comments included, except the XML namespaces. */
const addresses = (xml: string) => [...xml.matchAll(/[a-z]+:\/\/[^\s"'<>]+/gi)].map((m) => m[0]).filter((u) => !SCHEMA_NS.test(u));

test('PM_BASE_URL: every address is under the base, no localhost left, as many as the source has', () => {
  const out = manifestFor(source, { baseUrl: INTRANET, version: pkg.version });
  const before = addresses(source);
  const after = addresses(out);
  // Every address of the source is a dev-server one (12 URL attributes in manifest.xml).
  expect(before.length).toBe(source.split(DEV_BASE_URL).length - 1);
  expect(before.length).toBeGreaterThanOrEqual(12);
  expect(after).toHaveLength(before.length);
  for (const u of after) expect([u, u.startsWith(INTRANET)]).toEqual([u, true]);
  expect(out).not.toMatch(/localhost/i);
  // Path by path the same files: only the base changed.
  expect(after.map((u) => u.slice(INTRANET.length))).toEqual(before.map((u) => u.slice(DEV_BASE_URL.length)));
  expect(out).toContain(`<bt:Override Locale="zh-CN" Value="${INTRANET}functions.zh-CN.json"/>`);
});

test('without PM_BASE_URL the build targets https://localhost:3000/ (the committed manifest, version from package.json)', () => {
  expect(baseUrlFrom(undefined)).toBe('https://localhost:3000/');
  expect(baseUrlFrom('')).toBe('https://localhost:3000/');
  expect(manifestFor(source, { baseUrl: baseUrlFrom(undefined), version: pkg.version })).toBe(source);
});

test('<Version> follows package.json in four parts', () => {
  expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
  expect(manifestVersion('2.10.3-rc.1')).toBe('2.10.3.0');
  expect(manifestFor(source, { baseUrl: INTRANET, version: '3.4.5' })).toContain('<Version>3.4.5.0</Version>');
  expect(() => manifestVersion('next')).toThrow(/版本号.*version/);
});

test('the base gets a trailing slash; http://, a query or a bad URL is refused in Chinese then English', () => {
  expect(baseUrlFrom('https://jyj.example.cn/plan-metrics')).toBe(INTRANET);
  expect(baseUrlFrom('https://10.1.2.3:8443')).toBe('https://10.1.2.3:8443/');
  expect(() => baseUrlFrom('http://jyj.example.cn/')).toThrow(/^PM_BASE_URL 必须是 https:\/\/.* \/ PM_BASE_URL must be an https:\/\//);
  expect(() => baseUrlFrom('https://jyj.example.cn/?a=1')).toThrow(/must be an https/);
  expect(() => baseUrlFrom('jyj.example.cn')).toThrow(/^PM_BASE_URL 不是有效的网址.* \/ PM_BASE_URL is not a valid URL/);
});
