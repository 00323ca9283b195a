/**
 * The web page (dist-web/index.html): the toolkit for offices that can install nothing — templates,
 * fill, collect and the catalog, all computed in a worker on the user's own PC. Every text from a
 * workbook or the catalog goes into the DOM as a Text node (src/hosts/pane/dom.ts), never as HTML.
 */
import { catalog } from '../../domain/catalog/index';
import type { Stage } from '../../domain/catalog/types';
import { stageName } from '../../domain/core/stage';
import { listTemplates } from '../../features/templates/index';
import { FILTER_STAGES, renderCatalogResults } from '../pane/catalog-list';
import { append, clear, el, select, tabBar } from '../pane/dom';
import { t, type Lang } from '../pane/i18n';
import { w } from './i18n';
import { JobRunner } from './worker-client';

/** Misses listed in the page; past this many the workbook's red cells and report.html carry the rest (a table of 40,000 rows would stall the page). */
const MAX_MISSES = 500;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type TabId = 'templates' | 'fill' | 'collect' | 'catalog';

/** The page's language: ?lang=en, else what the user chose last, else Chinese. */
function startLang(): Lang {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  try {
    return localStorage.getItem('pm-lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh'; // storage refused (some file:// settings): Chinese
  }
}

/**
 * Builds the page into `root` in `lang`; `jobs` is the worker, kept across a language switch.
 * @example
 * mountPage(document.getElementById('app')!, 'zh', new JobRunner());
 */
export function mountPage(root: HTMLElement, lang: Lang, jobs: JobRunner): void {
  clear(root);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = lang === 'zh' ? '规划指标 Plan Metrics' : 'Plan Metrics 规划指标';
  const W = (k: Parameters<typeof w>[1], ...a: (string | number)[]) => w(lang, k, ...a);
  const L = (k: Parameters<typeof t>[1], ...a: (string | number)[]) => t(lang, k, ...a);
  const planOptions = (all: string): [string, string][] => [['', all], ...catalog.plans.map((p) => [p.id, lang === 'zh' ? p.name : p.name_en] as [string, string])];

  const switchLang = el('button', { type: 'button', class: 'secondary', id: 'lang', 'data-testid': 'lang-switch', onclick: () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem('pm-lang', next);
    } catch {
      /* not kept: the switch still works for this visit */
    }
    mountPage(root, next, jobs);
  } }, W('switchLang'));
  const tabs: [TabId, string][] = [['templates', W('tabTemplates')], ['fill', W('tabFill')], ['collect', W('tabCollect')], ['catalog', W('tabCatalog')]];
  const { nav, sections, show } = tabBar(tabs);
  append(root,
    el('header', {}, el('h1', {}, el('img', { src: 'assets/icon-32.png', alt: '' }), W('title')), switchLang),
    el('p', { class: 'privacy', 'data-testid': 'privacy' }, W('privacy')),
    nav, ...sections.values(),
    el('footer', {}, W('oldest')));

  /** A progress bar with its stage line, hidden until a job runs. */
  const progressBar = (parent: HTMLElement, testid: string) => {
    const bar = el('progress', { max: '1', value: '0', 'data-testid': testid });
    const label = el('span', { class: 'stage' });
    const box = el('div', { class: 'progress' }, bar, label);
    box.hidden = true;
    parent.appendChild(box);
    return {
      start: () => { box.hidden = false; bar.value = 0; label.textContent = W('working'); },
      set: (f: number, stage: string) => { bar.value = f; label.textContent = stage; },
      stop: () => { box.hidden = true; },
    };
  };
  const status = (parent: HTMLElement, testid: string) => {
    const s = el('div', { class: 'status', role: 'status', 'data-testid': testid });
    parent.appendChild(s);
    return s;
  };
  /** A download link for bytes or text (a blob: URL: nothing leaves the page). */
  const downloadLink = (data: Uint8Array | string, name: string, type: string, label: string, testid: string) => {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
    return el('a', { href: url, download: name, class: 'download', 'data-testid': testid }, label);
  };
  /** Accepts files dropped on `zone` as if chosen in `input`. */
  const dropZone = (zone: HTMLElement, take: (files: File[]) => void) => {
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      const files = Array.from((e as DragEvent).dataTransfer?.files ?? []);
      if (files.length) take(files);
    });
  };
  const bytesOf = async (f: File) => new Uint8Array(await f.arrayBuffer());
  const table = (head: string[], rows: (string | number)[][], testid: string) =>
    el('table', { 'data-testid': testid },
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))));

  // ---- 模板
  const tpl = sections.get('templates')!;
  const tplLang = select('template-lang', [['zh', '中文'], ['en', 'English']], lang);
  const tplPlan = select('template-plan', planOptions(L('allPlans')));
  const tplList = el('ul', { class: 'templates', 'data-testid': 'template-list' });
  const tplStatus = status(tpl, 'template-status');
  append(tpl, el('p', {}, W('templatesIntro')),
    el('div', { class: 'row' },
      el('div', {}, el('label', { for: 'template-lang' }, W('templateLang')), tplLang),
      el('div', {}, el('label', { for: 'template-plan' }, W('templatePlan')), tplPlan)),
    tplList, tplStatus);
  for (const info of listTemplates()) {
    const button = el('button', { type: 'button', class: 'primary', 'data-testid': `template-${info.name}` }, W('download'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      clear(tplStatus);
      try {
        const r = await jobs.template({ name: info.name, lang: tplLang.value === 'en' ? 'en' : 'zh', plan: tplPlan.value || undefined });
        const name = `${tplLang.value === 'en' ? info.en : info.zh}.xlsx`;
        const a = downloadLink(r.workbook, name, XLSX_TYPE, W('downloaded', name), `template-download-${info.name}`);
        append(tplStatus, a);
        a.click();
      } catch (e) {
        append(tplStatus, el('p', { class: 'err' }, W('error', (e as Error).message)));
      } finally {
        button.disabled = false;
      }
    });
    tplList.appendChild(el('li', { 'data-template': info.name },
      el('div', { class: 'name' }, lang === 'zh' ? info.zh : info.en),
      el('div', { class: 'meta' }, lang === 'zh' ? info.descriptionZh : info.descriptionEn),
      button));
  }

  // ---- 计算工作簿
  const fill = sections.get('fill')!;
  const fillInput = el('input', { type: 'file', id: 'fill-input', 'data-testid': 'fill-input', accept: '.xlsx,.xlsm' });
  const valuesOnly = el('input', { type: 'checkbox', id: 'values-only', 'data-testid': 'values-only' });
  const fillPlan = select('fill-plan', planOptions(lang === 'zh' ? '国家标准（默认）' : 'national (default)'));
  const fillZone = el('div', { class: 'drop' }, el('label', { for: 'fill-input' }, W('fillInput')), fillInput, el('span', { class: 'meta' }, W('dropHere')));
  append(fill, el('p', {}, W('fillIntro')), fillZone,
    el('label', { class: 'check' }, valuesOnly, W('valuesOnly')),
    el('div', {}, el('label', { for: 'fill-plan' }, L('plan')), fillPlan));
  const fillBar = progressBar(fill, 'fill-progress');
  const fillStatus = status(fill, 'fill-status');
  let lastFill: File | null = null;
  const runFill = async (file: File) => {
    lastFill = file;
    clear(fillStatus);
    fillBar.start();
    fillInput.disabled = true;
    const filledBox = el('div', {});
    const checkBox = el('div', {}, el('p', { class: 'meta' }, W('checking')));
    append(fillStatus, filledBox, checkBox);
    try {
      const r = await jobs.fill({ name: file.name, bytes: await bytesOf(file), valuesOnly: valuesOnly.checked, plan: fillPlan.value || undefined }, fillBar.set, (f) => {
        // The workbook is offered at once; the misses and report.html follow.
        append(filledBox,
          el('p', { class: 'ok' }, W('filled', f.formulas, f.rules)),
          el('p', {}, downloadLink(f.workbook, f.workbookName, XLSX_TYPE, W('downloadWorkbook', f.workbookName), 'fill-download')));
        if (f.notes.length) append(filledBox, el('h2', {}, W('notes')), el('ul', { 'data-testid': 'fill-notes' }, ...f.notes.map((n) => el('li', {}, n))));
      });
      clear(checkBox);
      append(checkBox,
        el('p', {}, downloadLink(r.report, 'report.html', 'text/html;charset=utf-8', W('downloadReport'), 'report-download')),
        el('h2', {}, W('checkTitle', r.check.checked, r.check.misses.length)));
      if (r.check.misses.length) {
        append(checkBox, table([W('colCell'), W('colIndicator'), W('colStage'), W('colValue'), W('colThreshold')],
          r.check.misses.slice(0, MAX_MISSES).map((m) => [`${m.sheet}!${m.cell}`, indicatorName(m.indicator, lang), m.stage ? (lang === 'zh' ? stageName(m.stage as Stage) : m.stage) : '', m.storedAsText ?? shown(m.value), m.threshold]), 'fill-misses'));
        if (r.check.misses.length > MAX_MISSES) append(checkBox, el('p', { class: 'meta' }, W('moreMisses', MAX_MISSES, r.check.misses.length)));
      } else append(checkBox, el('p', {}, W('noMisses')));
      if (r.check.textNumbers.length) append(checkBox, el('ul', {}, ...r.check.textNumbers.map((x) => el('li', {}, W('textNumber', `${x.sheet}!${x.cell}`, x.text)))));
    } catch (e) {
      clear(checkBox);
      append(checkBox, el('p', { class: 'err', 'data-testid': 'fill-error' }, W('error', (e as Error).message)));
    } finally {
      fillBar.stop();
      fillInput.disabled = false;
      fillInput.value = '';
    }
  };
  fillInput.addEventListener('change', () => { const f = fillInput.files?.[0]; if (f) void runFill(f); });
  valuesOnly.addEventListener('change', () => { if (lastFill && !fillInput.disabled) void runFill(lastFill); });
  dropZone(fillZone, (files) => void runFill(files[0]));

  // ---- 合并学校报表
  const col = sections.get('collect')!;
  const colInput = el('input', { type: 'file', id: 'collect-input', 'data-testid': 'collect-input', accept: '.xlsx,.xlsm', multiple: true });
  // A whole folder, as `plan-metrics collect 报表文件夹/` reads one (its .xlsx/.xlsm files, lock files left out).
  const colFolder = el('input', { type: 'file', id: 'collect-folder', 'data-testid': 'collect-folder-input', webkitdirectory: true, multiple: true });
  const colZone = el('div', { class: 'drop' }, el('label', { for: 'collect-input' }, W('collectInput')), colInput, el('span', { class: 'meta' }, W('dropHere')),
    el('label', { for: 'collect-folder' }, W('collectFolder')), colFolder);
  append(col, el('p', {}, W('collectIntro')), colZone);
  const colBar = progressBar(col, 'collect-progress');
  const colStatus = status(col, 'collect-status');
  const runCollect = async (picked: File[]) => {
    clear(colStatus);
    colBar.start();
    colInput.disabled = colFolder.disabled = true;
    try {
      const files = await Promise.all(picked.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })));
      const r = await jobs.collect({ files }, colBar.set);
      const name = lang === 'zh' ? '县域汇总.xlsx' : 'county.xlsx';
      append(colStatus,
        el('p', { class: r.findings.length ? 'warn' : 'ok' }, W('collected', r.files, r.rows, r.findings.length)),
        el('p', {}, downloadLink(r.workbook, name, XLSX_TYPE, W('downloadCounty', name), 'collect-download')));
      if (r.skipped.length) append(colStatus, el('p', { class: 'meta' }, W('skipped', r.skipped.join('、'))));
      if (r.findings.length) {
        append(colStatus, table([W('colFile'), W('colSheet'), W('colRow'), W('colSchool'), W('colMessage')],
          r.findings.map((f) => [f.file, f.sheet, f.row ?? '', f.school, f.message]), 'collect-findings'));
      } else append(colStatus, el('p', {}, W('noFindings')));
    } catch (e) {
      append(colStatus, el('p', { class: 'err', 'data-testid': 'collect-error' }, W('error', (e as Error).message)));
    } finally {
      colBar.stop();
      colInput.disabled = colFolder.disabled = false;
      colInput.value = colFolder.value = '';
    }
  };
  colInput.addEventListener('change', () => { const fs = Array.from(colInput.files ?? []); if (fs.length) void runCollect(fs); });
  colFolder.addEventListener('change', () => { const fs = Array.from(colFolder.files ?? []); if (fs.length) void runCollect(fs); });
  dropZone(colZone, (files) => void runCollect(files));

  // ---- 指标目录 (the pane's catalog view)
  const cat = sections.get('catalog')!;
  const search = el('input', { type: 'search', id: 'search', 'data-testid': 'catalog-search', placeholder: L('searchPlaceholder'), autocomplete: 'off', 'aria-label': L('search') });
  const catPlan = select('catalog-plan', planOptions(L('allPlans')));
  const catStage = select('catalog-stage', [['', L('allStages')], ...FILTER_STAGES.map((s) => [s, lang === 'zh' ? stageName(s) : s] as [string, string])]);
  const count = el('p', { class: 'count', id: 'catalog-count' });
  const list = el('ul', { class: 'results', id: 'catalog-results', 'data-testid': 'catalog-results' });
  append(cat,
    el('label', { for: 'search' }, L('search')), search,
    el('div', { class: 'row' },
      el('div', {}, el('label', { for: 'catalog-plan' }, L('plan')), catPlan),
      el('div', {}, el('label', { for: 'catalog-stage' }, L('stage')), catStage)),
    count, list);
  const renderCatalog = () =>
    renderCatalogResults(lang, { text: search.value, plan: catPlan.value, stage: catStage.value as Stage | '' }, list, count);
  search.addEventListener('input', renderCatalog);
  catPlan.addEventListener('change', renderCatalog);
  catStage.addEventListener('change', renderCatalog);
  renderCatalog();

  show('fill');
}

/** A computed value as the page lists it: at most 4 decimals (the workbook keeps them all). */
function shown(x: number): string {
  return String(Number(x.toFixed(4)));
}

function indicatorName(id: string, lang: Lang): string {
  const ind = catalog.indicators.find((i) => i.id === id);
  return ind ? (lang === 'zh' ? ind.name : ind.name_en) : id;
}

/**
 * Entry point: hides the "browser too old" notice (it stays when this script cannot even run)
 * and mounts the page.
 * @example start(); // called once, from the bundle
 */
export function start(): void {
  document.getElementById('old-browser')?.remove();
  mountPage(document.getElementById('app')!, startLang(), new JobRunner());
}

start();
