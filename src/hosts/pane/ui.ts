/**
 * The task pane's DOM: five tabs (指标目录, 插入公式, 插入模板, 标出未达标, 达标汇总). It reads the
 * form, calls an action (actions.ts) with the ExcelIO it was given and shows the outcome. Every
 * text from the catalog or a workbook goes through dom.ts as a Text node, never as HTML.
 */
import { allPlans, catalog } from '../../domain/catalog/index';
import type { Stage } from '../../domain/catalog/types';
import { stageName } from '../../domain/core/stage';
import {
  buildSummary,
  clearHighlights,
  collectIntoWorkbook,
  highlightMisses,
  insertFormula,
  insertTemplate,
  selectedCell,
  templateChoices,
  type Outcome,
} from './actions';
import { FILTER_STAGES, renderCatalogResults } from './catalog-list';
import { append, clear, el, select, tabBar } from './dom';
import { extractIntoWorkbook } from './extract-action';
import { buildFormula, checkFormula, INSERTABLE, type FormulaChoice, type InsertableFn } from './formula';
import { t, type Lang } from './i18n';
import type { ExcelIO } from './io';
import { loadWorkbookPlan } from './plan-load';

const FORMULA_STAGES: Stage[] = ['primary', 'junior', 'senior', 'preschool', 'nine_year', 'twelve_year', 'compulsory'];
const TABLE_STAGES: Stage[] = ['primary', 'junior'];

/** The mounted pane, for the entry point and the browser test. */
export interface Pane {
  /** Shows a tab: 'catalog' | 'formula' | 'template' | 'highlight' | 'summary'. */
  show(tab: TabId): void;
}
export type TabId = 'catalog' | 'formula' | 'template' | 'highlight' | 'summary';

/**
 * Builds the pane into `root`. `io` is null outside Excel: the catalog still works, the Excel
 * buttons are disabled and say why.
 * @example
 * mountTaskpane(document.getElementById('app')!, officeExcelIO(), 'zh');
 */
export function mountTaskpane(root: HTMLElement, io: ExcelIO | null, lang: Lang): Pane {
  clear(root);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const L = (k: Parameters<typeof t>[1], ...a: (string | number)[]) => t(lang, k, ...a);
  const stageLabel = (s: Stage) => (lang === 'zh' ? stageName(s) : s);
  const planOptions = (all: boolean): [string, string][] => [
    ...(all ? [['', L('allPlans')] as [string, string]] : []),
    ...catalog.plans.map((p) => [p.id, lang === 'zh' ? p.name : p.name_en] as [string, string]),
  ];
  const stageOptions = (stages: Stage[], none: string): [string, string][] => [['', none], ...stages.map((s) => [s, stageLabel(s)] as [string, string])];

  // ---- header and tabs
  const tabs: [TabId, string][] = [
    ['catalog', L('tabCatalog')], ['formula', L('tabFormula')], ['template', L('tabTemplate')],
    ['highlight', L('tabHighlight')], ['summary', L('tabSummary')],
  ];
  const { nav, sections, show } = tabBar(tabs);
  append(root, el('h1', {}, el('img', { src: 'assets/icon-32.png', alt: '' }), L('title')), nav, ...sections.values());
  if (!io) append(root, el('p', { class: 'status info' }, L('noHost')));

  // The workbook's own 「规划目标」 (docs/own-plan.md): read when the pane starts and on request; its
  // plans serve the EDU functions of this runtime, its bad rows are listed here.
  if (io?.readSheetByName) {
    const planStatus = el('div', { class: 'status', role: 'status', id: 'plan-status', hidden: true });
    const reload = el('button', { type: 'button', id: 'plan-reload', class: 'secondary' }, L('planReload'));
    const showPlan = async () => {
      try {
        const { layer, lines, sheet } = await loadWorkbookPlan(io);
        clear(planStatus);
        planStatus.hidden = !layer;
        if (!layer) return;
        planStatus.className = `status ${lines.length ? 'err' : 'ok'}`;
        append(planStatus, L('planLoaded', sheet ?? '', layer.plans.length, layer.rows.length));
        if (layer.profile) append(planStatus, el('p', {}, L('planProfile', layer.profileName ?? '')));
        if (lines.length) append(planStatus, el('p', {}, L('planFindings', lines.length)), el('ul', {}, ...lines.map((d) => el('li', {}, d))));
        root.dispatchEvent(new CustomEvent('pm-plan-loaded'));
      } catch (e) {
        planStatus.hidden = false;
        planStatus.className = 'status err';
        clear(planStatus);
        append(planStatus, L('error', e instanceof Error ? e.message : String(e)));
      }
    };
    reload.addEventListener('click', () => void showPlan());
    root.insertBefore(planStatus, nav.nextSibling);
    // Always at hand in 指标目录: a plan sheet added or edited after the pane started.
    sections.get('catalog')!.appendChild(el('p', {}, reload));
    void showPlan();
  }

  const status = (parent: HTMLElement) => {
    const s = el('div', { class: 'status', role: 'status' });
    parent.appendChild(s);
    return (o: Outcome | { ok: null; message: string }) => {
      clear(s);
      s.className = `status ${o.ok === null ? 'info' : o.ok ? 'ok' : 'err'}`;
      append(s, o.message);
      if ('details' in o && o.details?.length) append(s, el('ul', {}, ...o.details.map((d) => el('li', {}, d))));
    };
  };
  /** Runs an action with the button disabled, showing "working" then the outcome. */
  const runAction = async (button: HTMLButtonElement, show: ReturnType<typeof status>, action: () => Promise<Outcome>) => {
    button.disabled = true;
    show({ ok: null, message: L('working') });
    try {
      show(await action());
    } catch (e) {
      show({ ok: false, message: L('error', e instanceof Error ? e.message : String(e)) });
    } finally {
      button.disabled = false;
    }
  };
  const excelButton = (id: string, label: string, cls = 'primary') => el('button', { type: 'button', id, class: cls, disabled: !io }, label);

  // ---- 指标目录
  const cat = sections.get('catalog')!;
  const search = el('input', { type: 'search', id: 'search', placeholder: L('searchPlaceholder'), autocomplete: 'off', 'aria-label': L('search') });
  const catPlan = select('catalog-plan', planOptions(true));
  const catStage = select('catalog-stage', stageOptions(FILTER_STAGES, L('allStages')));
  const count = el('p', { class: 'count', id: 'catalog-count' });
  const list = el('ul', { class: 'results', id: 'catalog-results' });
  append(cat,
    el('label', { for: 'search' }, L('search')), search,
    el('div', { class: 'row' },
      el('div', {}, el('label', { for: 'catalog-plan' }, L('plan')), catPlan),
      el('div', {}, el('label', { for: 'catalog-stage' }, L('stage')), catStage)),
    count, list);
  const renderCatalog = () =>
    renderCatalogResults(lang, { text: search.value, plan: catPlan.value, stage: catStage.value as Stage | '' }, list, count,
      (r) => el('button', { type: 'button', class: 'link', onclick: () => useInFormula(r.indicator, r.stage, r.plan) }, L('useInFormula')));
  search.addEventListener('input', renderCatalog);
  catPlan.addEventListener('change', renderCatalog);
  // The workbook's own plans join the plan lists once the pane has read them.
  root.addEventListener('pm-plan-loaded', () => {
    for (const sel of [catPlan, fxPlan, tplPlan, hlPlan]) {
      for (const p of allPlans().filter((x) => x.user)) {
        if (Array.from(sel.options).some((o) => o.value === p.id)) continue;
        sel.appendChild(el('option', { value: p.id }, `${p.name}${lang === 'zh' ? '（本工作簿）' : ' (this workbook)'}`));
      }
    }
    if (search.value || catPlan.value) renderCatalog();
  });
  catStage.addEventListener('change', renderCatalog);

  // ---- 插入公式
  const fx = sections.get('formula')!;
  const fnSel = select('formula-fn', INSERTABLE.map((f) => [f, L(`fn${f}` as Parameters<typeof t>[1])]), 'MEETS');
  const indSel = select('formula-indicator', [['', L('chooseIndicator')], ...catalog.indicators.map((i) => [i.id, lang === 'zh' ? i.name : i.name_en] as [string, string])]);
  const fxStage = select('formula-stage', stageOptions(FORMULA_STAGES, L('noStage')));
  const fxPlan = select('formula-plan', planOptions(false), 'national');
  const cellIn = el('input', { type: 'text', id: 'formula-cell', placeholder: L('valueCellPlaceholder'), autocomplete: 'off' });
  const useSel = excelButton('formula-use-selection', L('useSelection'), 'secondary');
  const preview = el('code', { class: 'formula', id: 'formula-preview' });
  const check = el('p', { class: 'meta', id: 'formula-check' });
  const insertBtn = excelButton('formula-insert', L('insertFormula'));
  let cellSheet: string | undefined;
  append(fx,
    el('label', { for: 'formula-fn' }, L('fn')), fnSel,
    el('label', { for: 'formula-indicator' }, L('indicator')), indSel,
    el('div', { class: 'row' },
      el('div', {}, el('label', { for: 'formula-stage' }, L('stage')), fxStage),
      el('div', {}, el('label', { for: 'formula-plan' }, L('plan')), fxPlan)),
    el('label', { for: 'formula-cell' }, L('valueCell')),
    el('div', { class: 'row' }, cellIn, useSel),
    el('label', {}, L('preview')), preview, check, insertBtn);
  const fxStatus = status(fx);
  const choice = (): FormulaChoice => ({
    fn: fnSel.value as InsertableFn, indicatorId: indSel.value, cell: cellIn.value, cellSheet,
    stage: fxStage.value as Stage | '', plan: fxPlan.value,
  });
  const renderFormula = () => {
    const c = choice();
    cellIn.disabled = c.fn === 'THRESHOLD';
    if (!c.indicatorId) {
      preview.textContent = '';
      check.textContent = L('chooseIndicator');
      return;
    }
    const shown = { ...c, cell: c.cell || (lang === 'zh' ? '单元格' : 'cell') };
    preview.textContent = buildFormula(shown);
    const r = checkFormula(c.fn === 'THRESHOLD' || c.cell ? c : { ...c, fn: 'THRESHOLD' }, lang);
    check.textContent = r.ok ? L('standardIs', r.threshold) : r.message;
    check.className = r.ok ? 'meta' : 'meta status err';
  };
  for (const s of [fnSel, indSel, fxStage, fxPlan]) s.addEventListener('change', renderFormula);
  cellIn.addEventListener('input', () => { cellSheet = undefined; renderFormula(); });
  useSel.addEventListener('click', async () => {
    if (!io) return;
    try {
      const s = await selectedCell(io);
      cellIn.value = s.cell;
      cellSheet = s.sheet;
      renderFormula();
    } catch (e) {
      fxStatus({ ok: false, message: L('error', e instanceof Error ? e.message : String(e)) });
    }
  });
  insertBtn.addEventListener('click', () => io && runAction(insertBtn, fxStatus, () => insertFormula(io, choice(), lang)));
  function useInFormula(indicatorId: string, stage: Stage, plan: string): void {
    indSel.value = indicatorId;
    fxStage.value = FORMULA_STAGES.includes(stage) ? stage : '';
    fxPlan.value = plan;
    renderFormula();
    show('formula');
  }

  // ---- 插入模板
  const tp = sections.get('template')!;
  const choices = templateChoices(lang);
  const tplSel = select('template-name', choices.map((c) => [c.name, c.title]));
  const tplDesc = el('p', { class: 'meta', id: 'template-description' });
  const tplPlan = select('template-plan', planOptions(false), 'national');
  const tplBtn = excelButton('template-insert', L('insertTemplate'));
  if (!choices.length) tplBtn.disabled = true;
  append(tp, el('label', { for: 'template-name' }, L('template')), tplSel, tplDesc,
    el('label', { for: 'template-plan' }, L('plan')), tplPlan, tplBtn);
  const tplStatus = status(tp);
  const renderTpl = () => { tplDesc.textContent = choices.find((c) => c.name === tplSel.value)?.description ?? L('noTemplates'); };
  tplSel.addEventListener('change', renderTpl);
  tplBtn.addEventListener('click', () => io && runAction(tplBtn, tplStatus, () => insertTemplate(io, tplSel.value, lang, tplPlan.value)));
  renderTpl();
  // 合并学校报表: the returns are read in the browser (a file input: Office's web views allow it) and
  // merged by the same pure core as `plan-metrics collect`.
  const colFiles = el('input', { type: 'file', id: 'collect-files', multiple: true, accept: '.xlsx,.xlsm' });
  const colBtn = excelButton('collect-run', L('collectRun'));
  append(tp, el('h3', { id: 'collect-title' }, L('collectTitle')), el('p', { class: 'meta', id: 'collect-how' }, L('collectHow')),
    el('label', { for: 'collect-files' }, L('collectPick')), colFiles, colBtn);
  const colStatus = status(tp);
  colBtn.addEventListener('click', () => io && runAction(colBtn, colStatus, async () => {
    const files = await Promise.all(Array.from(colFiles.files ?? [], (f) => f).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    return collectIntoWorkbook(io, files, lang, tplPlan.value);
  }));
  // 起草「规划目标」: pasted text or a .docx / .txt, drafted by the same core as `plan-metrics extract`.
  const exText = el('textarea', { id: 'extract-text', rows: 5, placeholder: L('extractPaste') });
  const exFile = el('input', { type: 'file', id: 'extract-file', accept: '.docx,.txt' });
  const exPlan = el('input', { type: 'text', id: 'extract-plan', placeholder: L('extractPlan'), autocomplete: 'off' });
  const exBtn = excelButton('extract-run', L('extractRun'));
  append(tp, el('h3', { id: 'extract-title' }, L('extractTitle')), el('p', { class: 'meta', id: 'extract-how' }, L('extractHow')),
    el('label', { for: 'extract-text' }, L('extractPaste')), exText, el('label', { for: 'extract-file' }, L('extractPick')), exFile,
    el('label', { for: 'extract-plan' }, L('extractPlan')), exPlan, exBtn);
  const exStatus = status(tp);
  exBtn.addEventListener('click', () => io && runAction(exBtn, exStatus, async () => {
    const f = exFile.files?.[0];
    const input = f ? { file: { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } } : { text: exText.value };
    return extractIntoWorkbook(io, input, lang, exPlan.value);
  }));

  // ---- 标出未达标
  const hl = sections.get('highlight')!;
  const hlPlan = select('highlight-plan', planOptions(false), 'national');
  const scopeUsed = el('input', { type: 'radio', name: 'highlight-scope', id: 'highlight-scope-used', value: 'used', checked: true });
  const scopeSel = el('input', { type: 'radio', name: 'highlight-scope', id: 'highlight-scope-selection', value: 'selection' });
  const hlInd = select('highlight-indicator', [['', L('chooseIndicator')], ...catalog.indicators.map((i) => [i.id, lang === 'zh' ? i.name : i.name_en] as [string, string])]);
  const hlBtn = excelButton('highlight-add', L('highlight'));
  const hlClear = excelButton('highlight-clear', L('clearHighlight'), 'secondary');
  append(hl,
    el('label', { for: 'highlight-plan' }, L('plan')), hlPlan,
    el('label', {}, L('scope')),
    el('label', { class: 'radio' }, scopeUsed, L('scopeUsed')),
    el('label', { class: 'radio' }, scopeSel, L('scopeSelection')),
    hlInd,
    el('div', { class: 'row' }, hlBtn, hlClear));
  const hlStatus = status(hl);
  const renderScope = () => { hlInd.disabled = !scopeSel.checked; };
  scopeUsed.addEventListener('change', renderScope);
  scopeSel.addEventListener('change', renderScope);
  renderScope();
  hlBtn.addEventListener('click', () => io && runAction(hlBtn, hlStatus, () => highlightMisses(io, {
    plan: hlPlan.value, scope: scopeSel.checked ? 'selection' : 'used', indicatorId: hlInd.value || undefined,
  }, lang)));
  hlClear.addEventListener('click', () => io && runAction(hlClear, hlStatus, () => clearHighlights(io, lang)));

  // ---- 达标汇总
  const sm = sections.get('summary')!;
  const smPlan = select('summary-plan', planOptions(false), 'national');
  const smStage = select('summary-stage', stageOptions(TABLE_STAGES, L('noStage')));
  const smBtn = excelButton('summary-build', L('summary'));
  append(sm,
    el('div', { class: 'row' },
      el('div', {}, el('label', { for: 'summary-plan' }, L('plan')), smPlan),
      el('div', {}, el('label', { for: 'summary-stage' }, L('stage')), smStage)),
    smBtn);
  const smStatus = status(sm);
  smBtn.addEventListener('click', () => io && runAction(smBtn, smStatus, () => buildSummary(io, { plan: smPlan.value, stage: smStage.value as Stage | '' }, lang)));

  renderCatalog();
  renderFormula();
  show('catalog');
  return { show };
}
