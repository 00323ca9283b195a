/**
 * The scanners the browser test runs over the build (js-scan.ts) find what they must and nothing
 * else: eval and the Function constructor however reached, not the words in strings or comments;
 * a CSP with an inline, eval or remote source is reported, a strict one is not.
 */
import { codeFromStrings, cspProblems, htmlPolicy } from './js-scan';

test('string-to-code sites are found however they are spelled', () => {
  const found = (js: string) => codeFromStrings(js).map((s) => s.kind);
  expect(found('eval("1+1")')).toEqual(['eval']);
  expect(found('window.eval(x)')).toEqual(['eval']);
  expect(found('globalThis["eval"](x)')).toEqual(['eval']);
  expect(found('(0, eval)("x")')).toEqual(['eval']);
  expect(found('var e = eval; e("x")')).toEqual(['eval']);
  expect(found('new Function("a", "return a")')).toEqual(['new Function']);
  expect(found('Function("return this")()')).toEqual(['Function call']);
  expect(found('new window.Function("x")')).toEqual(['new Function']);
  expect(found('self["Function"]("x")')).toEqual(['Function call']);
  expect(found('(function(){}).constructor("return this")()')).toEqual(['constructor call']);
  expect(found('setTimeout("alert(1)", 10)')).toEqual(['setTimeout with a string']);
  expect(found('setInterval(`tick()`, 10)')).toEqual(['setInterval with a string']);
  expect(found('a=1,new Function("x")')).toEqual(['new Function']);
  // Any .eval is taken for window.eval (a minifier may have renamed window): conservative.
  expect(found('w.eval')).toEqual(['eval']);
});

test('…and not in strings, comments, regular expressions, property names or look-alikes', () => {
  const js = [
    'var s = "eval(1); new Function(\'x\')";',
    "var t = 'Function(1)';",
    '// eval(1) new Function()',
    '/* new Function("x") eval(2) */',
    'var r = /eval\\(|new Function\\(/;',
    'var u = `eval(${1}) new Function(x)`;',
    'var o = { eval: 1, Function: 2 }; o.evaluate(); x.Function;',
    'class A { eval() {} }',
    'f instanceof Function; typeof Function;',
    'setTimeout(function () {}, 10); setTimeout(() => 1);',
    'new Foo.constructor(); new this.constructor(o);',
  ].join('\n');
  expect(codeFromStrings(js)).toEqual([]);
});

test('the CSP checker passes a strict policy and names every loosening', () => {
  const page = (csp: string, body = '<script src=a.js></script>') => htmlPolicy(`<meta http-equiv=Content-Security-Policy content="${csp}">${body}`);
  expect(cspProblems(page("default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'").csp)).toEqual([]);
  expect(cspProblems(page("default-src 'none'; style-src 'self'").csp)).toEqual([]);
  expect(cspProblems(page("script-src 'self' 'unsafe-inline'").csp)).toEqual(["script-src allows 'unsafe-inline'"]);
  expect(cspProblems(page("script-src 'self' 'unsafe-eval'").csp)).toEqual(["script-src allows 'unsafe-eval'"]);
  expect(cspProblems(page("default-src 'self'; style-src 'self' 'unsafe-eval'").csp)).toEqual(["style-src allows 'unsafe-eval'"]);
  expect(cspProblems(page("script-src 'self' https:").csp)).toEqual(['script-src allows https:', 'script-src allows another origin: https:']);
  expect(cspProblems(page("default-src 'self'; img-src *").csp)).toEqual(['img-src allows another origin: *']);
  expect(cspProblems(page("default-src 'self'; connect-src https://appsforoffice.microsoft.com").csp)).toEqual(['connect-src allows another origin: https://appsforoffice.microsoft.com']);
  expect(cspProblems(page("default-src 'self'; style-src 'self' cdn.example.com").csp)).toEqual(['style-src allows another origin: cdn.example.com']);
  expect(cspProblems(page("img-src 'self'").csp)).toEqual(['neither script-src nor default-src: scripts unrestricted']);
  expect(cspProblems(htmlPolicy('<p>no policy</p>').csp)).toEqual(['no Content-Security-Policy']);
});

test('inline scripts, handlers and javascript: URLs are found in minified HTML', () => {
  const p = htmlPolicy('<!-- <script>x()</script> --><script src=office/office.js></script><script>alert(1)</script>' +
    '<img src=x onerror="a()"><body onload=b()><a href="javascript:c()">x</a><script defer src=t.js></script>');
  expect(p.scripts).toEqual(['office/office.js', '', 't.js']);
  expect(p.inline).toEqual(['alert(1)']);
  expect(p.handlers).toEqual(['img onerror', 'body onload', 'a href']);
});
