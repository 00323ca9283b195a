/**
 * The catalog's search results drawn into a list — one renderer for the task pane's 指标目录 and the
 * web page's, which had copied it line for line. Each host may add its own control to a row (the
 * pane's 用于公式 button); the page shows the rows alone.
 */
import type { CatalogRow, Stage } from '../../domain/catalog/types';
import { rowView, searchCatalog, type CatalogQuery } from './catalog-view';
import { clear, el, type Child } from './dom';
import { t, type Lang } from './i18n';

/** The stages the catalog can be filtered by (all of them but 'all'). */
export const FILTER_STAGES: Stage[] = ['preschool', 'primary', 'junior', 'compulsory', 'senior', 'nine_year', 'twelve_year', 'special', 'vocational'];

/** Rows drawn at once (the whole catalog is ≈ 450 rows; typing narrows it); the count says how many more matched. */
export const MAX_ROWS = 60;

/**
 * Searches the catalog and draws the matching rows into `list`, the count into `count`.
 * @example
 * renderCatalogResults('zh', { text: '巩固率', plan: '', stage: '' }, list, count); // count: '找到 N 条'
 */
export function renderCatalogResults(lang: Lang, q: CatalogQuery, list: HTMLElement, count: HTMLElement, extra?: (r: CatalogRow) => Child): void {
  const L = (k: Parameters<typeof t>[1], ...a: (string | number)[]) => t(lang, k, ...a);
  const rows = searchCatalog(q);
  clear(list);
  count.textContent = rows.length ? L('results', rows.length) + (rows.length > MAX_ROWS ? ` · ${L('moreResults', MAX_ROWS)}` : '') : L('noResults');
  for (const r of rows.slice(0, MAX_ROWS)) {
    const v = rowView(r, lang);
    list.appendChild(el('li', { 'data-row': r.id },
      el('div', { class: 'name' }, v.name),
      el('div', { class: 'meta' }, [v.plan, v.stage, v.kind, `${L('year')} ${v.year}`].join(' · ')),
      el('div', {}, el('span', { class: 'value' }, v.threshold), lang === 'zh' ? `（${v.direction}）` : ` (${v.direction})`),
      el('div', { class: 'meta' }, `${L('source')}：${v.source}`),
      el('p', { class: 'quote' }, v.quote),
      extra?.(r)));
  }
}
