/**
 * A tiny DOM builder. Text — a catalog quote, a sheet's header, an error message — only ever
 * becomes a Text node (textContent), never HTML: a workbook is untrusted input, and the pane's CSP
 * forbids inline script anyway. There is deliberately no way to pass HTML through here.
 */

/** Attributes and properties for el(): strings become attributes; on* functions become listeners. */
export type Props = Record<string, string | boolean | number | undefined | ((ev: Event) => void)>;
/** A child: an element, or text (rendered as a Text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element with attributes, listeners and children; strings are text, never markup.
 * @example
 * el('p', { class: 'quote' }, '<b>不是标签</b>').textContent; // '<b>不是标签</b>'
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') e.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, String(v));
  }
  append(e, ...children);
  return e;
}

/** Appends children (text as Text nodes). @example append(ul, el('li', {}, 'x')); */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Removes every child. @example clear(list); */
export function clear(parent: Node): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
}

/**
 * A <select> with options [value, label]; `selected` picks one.
 * @example select('plan', [['national', '国家标准']], 'national');
 */
export function select(id: string, options: [string, string][], selected = ''): HTMLSelectElement {
  const s = el('select', { id });
  for (const [value, label] of options) {
    const o = el('option', { value }, label);
    if (value === selected) o.selected = true;
    s.appendChild(o);
  }
  return s;
}
