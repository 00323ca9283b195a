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

/**
 * A tab bar and its panels (an ARIA tablist): a button and a section per [id, label]; `show(id)`
 * shows that section alone and marks its button selected. The pane and the web page use it.
 * @example
 * const t = tabBar([['fill', '标出未达标'], ['catalog', '指标目录']]);
 * t.show('catalog'); t.sections.get('fill')!.hidden; // true
 */
export function tabBar<T extends string>(tabs: readonly (readonly [T, string])[]): { nav: HTMLElement; sections: Map<T, HTMLElement>; show: (id: T) => void } {
  const nav = el('nav', { class: 'tabs', role: 'tablist' });
  const sections = new Map<T, HTMLElement>();
  const buttons = new Map<T, HTMLButtonElement>();
  const show = (id: T): void => {
    for (const [k, s] of sections) s.hidden = k !== id;
    for (const [k, b] of buttons) b.setAttribute('aria-selected', String(k === id));
  };
  for (const [id, label] of tabs) {
    const b = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'data-testid': `tab-${id}`, 'aria-controls': `panel-${id}`, onclick: () => show(id) }, label);
    buttons.set(id, b);
    nav.appendChild(b);
    sections.set(id, el('section', { id: `panel-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}` }));
  }
  return { nav, sections, show };
}
