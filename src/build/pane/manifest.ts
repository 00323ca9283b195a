/**
 * dist/manifest.xml: the committed manifest.xml rewritten for where dist/ will be hosted. An
 * education bureau hosts dist/ once on its intranet HTTPS server (docs/deploy.md), so every URL in
 * the manifest must point there; and Excel caches an add-in's metadata by <Version>, so the version
 * follows package.json and a new release is seen.
 *
 * The committed manifest.xml keeps https://localhost:3000/ (the development server); the build
 * replaces that prefix, everywhere it occurs, with PM_BASE_URL.
 */

/** The base URL of manifest.xml as committed (the development server). */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The base URL the build targets: PM_BASE_URL with a trailing slash, or the development server.
 * Refuses anything but an absolute https URL without query or fragment (Office loads add-ins over
 * HTTPS only), in Chinese then English.
 * @example
 * baseUrlFrom('https://jyj.example.cn/plan-metrics'); // 'https://jyj.example.cn/plan-metrics/'
 * baseUrlFrom(undefined);                              // 'https://localhost:3000/'
 */
export function baseUrlFrom(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (v === '') return DEV_BASE_URL;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new Error(`PM_BASE_URL 不是有效的网址：${v} / PM_BASE_URL is not a valid URL: ${v}`);
  }
  if (u.protocol !== 'https:' || u.search || u.hash || u.username || u.password) {
    throw new Error(`PM_BASE_URL 必须是 https:// 开头、不带 ? 或 # 的网址：${v} / PM_BASE_URL must be an https:// URL without ? or #: ${v}`);
  }
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/**
 * The four-part manifest version of a package.json version (Office wants n.n.n.n).
 * @example
 * manifestVersion('0.1.0');       // '0.1.0.0'
 * manifestVersion('1.2.3-beta.4'); // '1.2.3.0'
 */
export function manifestVersion(pkgVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(pkgVersion);
  if (!m) throw new Error(`package.json 的版本号无法识别：${pkgVersion} / package.json version not understood: ${pkgVersion}`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * manifest.xml for a base URL and a package version: every https://localhost:3000/ replaced by
 * the base, <Version> set. Throws if the committed manifest has no <Version> to set.
 * @example
 * manifestFor('<Version>0.0.1.0</Version><SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
 *   { baseUrl: 'https://jyj.example.cn/pm/', version: '0.2.0' });
 * // '<Version>0.2.0.0</Version><SupportUrl DefaultValue="https://jyj.example.cn/pm/help.html"/>'
 */
export function manifestFor(xml: string, opts: { baseUrl: string; version: string }): string {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error('manifest.xml 没有 <Version> / manifest.xml has no <Version>');
  const base = baseUrlFrom(opts.baseUrl);
  // The base goes into XML attributes: escape what XML would otherwise read as markup.
  const escaped = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return xml
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(opts.version)}</Version>`)
    .split(DEV_BASE_URL).join(escaped);
}
