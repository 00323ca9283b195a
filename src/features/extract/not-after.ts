/**
 * A negative lookbehind for ES2017 engines. `(?<!…)` is ES2018; the WPS add-in's bundle is checked
 * for ES2017 (older WPS builds run an older Chromium), and the extract core runs in its task pane.
 */

/**
 * The matches of the global regular expression `re` in `text` whose preceding character is not
 * matched by `before` — what `(?<!before)re` finds: a rejected match is tried again one character on.
 * @example
 * [...notAfter('A12 34', /\d+/g, /[A-Za-z\d]/)].map((m) => m[0]); // ['34']
 */
export function* notAfter(text: string, re: RegExp, before: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    if (i > 0 && before.test(text[i - 1])) {
      re.lastIndex = i + 1;
      continue;
    }
    yield m;
    if (m[0] === '') re.lastIndex++;
  }
}
