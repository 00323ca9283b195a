/**
 * Test helpers for issue 9's "no eval in any bundle" and "a strict CSP on every page":
 *  - codeFromStrings(js): every place a script compiles a string into code, found on the syntax tree
 *    (acorn, the parser webpack itself uses), so "eval(" inside a string, a comment, a regular
 *    expression or a template's text is not a hit, and eval reached through a property, a comma
 *    expression or an alias is;
 *  - htmlPolicy(html): a page's Content-Security-Policy meta, its <script> tags and any inline
 *    event handler or javascript: URL, read with a small tag scanner that takes unquoted attributes
 *    (html-webpack-plugin minifies them).
 */
import * as acorn from 'acorn';

/** One string-to-code site: what it is and the source text (first 80 characters). */
export interface CodeSite { kind: string; text: string; start: number }

type Node = acorn.Node & Record<string, unknown>;

/** The name a callee reads: x, a.x, a['x'], (0, x) — else null. */
function calleeName(n: Node): string | null {
  if (n.type === 'Identifier') return n.name as string;
  if (n.type === 'SequenceExpression') {
    const list = n.expressions as Node[];
    return calleeName(list[list.length - 1]);
  }
  if (n.type === 'MemberExpression' || n.type === 'ChainExpression') {
    const m = (n.type === 'ChainExpression' ? n.expression : n) as Node;
    const p = m.property as Node;
    if (!m.computed && p.type === 'Identifier') return p.name as string;
    if (m.computed && p.type === 'Literal' && typeof p.value === 'string') return p.value;
  }
  return null;
}

/** A string literal, a template or a string concatenation: source text for a code site. */
const isString = (n: Node): boolean => (n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateLiteral' ||
  (n.type === 'BinaryExpression' && n.operator === '+' && (isString(n.left as Node) || isString(n.right as Node)));

/** Is an Identifier named `eval` here a reference (not a property name or an object key)? */
function isReference(parent: Node | null, key: string): boolean {
  if (!parent) return true;
  if ((parent.type === 'MemberExpression') && key === 'property' && !parent.computed) return false;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && key === 'key' && !parent.computed) return false;
  return true;
}

/**
 * Every site in a script that turns a string into code: any reference to eval — a call, an alias,
 * window.eval, window['eval'], (0, eval) — Function(…) and new Function(…) (also as a property,
 * e.g. globalThis.Function), x.constructor("…") given a string (Function by another name), and
 * setTimeout / setInterval given a string.
 * @example codeFromStrings('var s = "eval(1)"; // new Function()'); // []
 * @example codeFromStrings('(0, eval)("1")').map((s) => s.kind); // ['eval']
 */
export function codeFromStrings(js: string, sourceType: 'script' | 'module' = 'script'): CodeSite[] {
  const ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: true }) as unknown as Node;
  const out: CodeSite[] = [];
  const site = (kind: string, n: Node) => out.push({ kind, text: js.slice(n.start, Math.min(n.end, n.start + 80)), start: n.start });
  const visit = (n: Node, parent: Node | null, key: string) => {
    if (n.type === 'Identifier' && n.name === 'eval' && isReference(parent, key)) site('eval', n);
    if (n.type === 'MemberExpression' && calleeName(n) === 'eval') site('eval', n);
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = n.callee as Node;
      const name = calleeName(callee);
      const args = n.arguments as Node[];
      const stringArg = !!args[0] && isString(args[0]);
      if (name === 'Function') site(n.type === 'NewExpression' ? 'new Function' : 'Function call', n);
      else if (name === 'constructor' && callee.type !== 'Identifier' && args.some(isString)) site('constructor call', n);
      else if ((name === 'setTimeout' || name === 'setInterval') && stringArg) site(`${name} with a string`, n);
    }
    for (const [k, v] of Object.entries(n)) {
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c === 'object' && typeof (c as Node).type === 'string') visit(c as Node, n, k);
      } else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') visit(v as Node, n, k);
    }
  };
  visit(ast, null, '');
  return out;
}

/** One HTML start tag: its name and attributes (names lower-cased, values unquoted). */
export interface Tag { name: string; attrs: Record<string, string>; start: number; end: number }

/** The start tags of an HTML text (comments skipped). */
export function tags(html: string): Tag[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
  const out: Tag[] = [];
  for (const m of text.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    }
    out.push({ name: m[1].toLowerCase(), attrs, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** A page's policy and what in it would run as inline code. */
export interface PagePolicy {
  /** The CSP meta's directives: name → source list. Null when the page has none. */
  csp: Map<string, string[]> | null;
  /** src of every <script>; '' for an inline one. */
  scripts: string[];
  /** Inline scripts' text (a <script> without src, or with a body). */
  inline: string[];
  /** on… attributes and javascript: URLs, as 'tag attr'. */
  handlers: string[];
}

/**
 * Reads a built page's CSP meta, scripts and inline handlers.
 * @example htmlPolicy('<meta http-equiv=Content-Security-Policy content="script-src \'self\'"><script src=a.js></script>').scripts; // ['a.js']
 */
export function htmlPolicy(html: string): PagePolicy {
  const all = tags(html);
  const meta = all.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (meta.length > 1) throw new Error('more than one CSP meta');
  const csp = meta.length
    ? new Map(meta[0].attrs.content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0].toLowerCase(), d.slice(1)] as [string, string[]]))
    : null;
  const scripts: string[] = [];
  const inline: string[] = [];
  for (const t of all.filter((x) => x.name === 'script')) {
    scripts.push(t.attrs.src ?? '');
    const close = html.toLowerCase().indexOf('</script', t.end);
    const body = close < 0 ? html.slice(t.end) : html.slice(t.end, close);
    if (!t.attrs.src || body.trim()) inline.push(body.trim());
  }
  const handlers = all.flatMap((t) => Object.entries(t.attrs)
    .filter(([k, v]) => /^on/.test(k) || /^\s*javascript:/i.test(v))
    .map(([k]) => `${t.name} ${k}`));
  return { csp, scripts, inline, handlers };
}

/**
 * Why a page's CSP is not strict, one line each; [] when it is: scripts from this origin only (no
 * 'unsafe-inline', 'unsafe-eval', 'wasm-unsafe-eval', nonce/hash, data: or blob:), and no source
 * anywhere in the policy that names another origin (a scheme such as https:, a host, or *).
 * @example cspProblems(new Map([['script-src', ["'self'", 'https:']]])); // ["script-src allows https:"]
 */
export function cspProblems(csp: Map<string, string[]> | null): string[] {
  if (!csp) return ['no Content-Security-Policy'];
  const out: string[] = [];
  const script = csp.get('script-src') ?? csp.get('default-src');
  if (!script) out.push('neither script-src nor default-src: scripts unrestricted');
  for (const s of script ?? []) {
    if (s !== "'self'" && s !== "'none'") out.push(`script-src allows ${s}`);
  }
  for (const [d, list] of csp) {
    for (const s of list) {
      const keyword = /^'[a-z-]+'$/.test(s);
      if (s.includes('*') || /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(https?|wss?|ftp):$/i.test(s) || (!keyword && !/^(data|blob):$/i.test(s))) out.push(`${d} allows another origin: ${s}`);
      if (/^'unsafe-eval'$|^'wasm-unsafe-eval'$/.test(s)) out.push(`${d} allows ${s}`);
    }
  }
  return [...new Set(out)];
}
