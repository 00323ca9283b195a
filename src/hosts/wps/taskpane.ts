/**
 * The WPS task pane's script (taskpane.html → wps-taskpane.js): the same pane as in Excel
 * (src/hosts/pane/ui.ts) over the ET object model (et-io.ts). When this WPS has no
 * wps.AddCustomFunction, the pane still works (catalog, formulas, templates, highlights are plain
 * workbook edits) and says which WPS brings the EDU functions and what serves meanwhile.
 */
import { mountTaskpane, type TabId } from '../pane/ui';
import { el } from '../pane/dom';
import { etIO } from './et-io';
import { canRegister, WPS_FUNCTIONS_VERSION } from './register';

/**
 * The notice shown when WPS cannot register the functions, or null when it can.
 * @example
 * noFunctionsNotice({}); // '此版本 WPS 不支持加载项自定义函数…'
 */
export function noFunctionsNotice(wps: unknown): string | null {
  if (canRegister(wps as any)) return null;
  return `此版本 WPS 不支持加载项自定义函数：EDU 函数需要 WPS ${WPS_FUNCTIONS_VERSION} 或更高版本（帮助 → 关于 WPS 可查看版本号）。` +
    '在此之前，目录、插入模板和标出未达标照常可用；含 EDU 公式的工作簿可用命令 plan-metrics fill --values-only 计算成数值后再打开。' +
    ` / This WPS cannot register add-in functions: EDU functions need WPS ${WPS_FUNCTIONS_VERSION} or later; meanwhile \`plan-metrics fill --values-only\` computes them to values.`;
}

function start(): void {
  const w = window as any;
  const root = document.getElementById('app');
  if (!root) return;
  const io = w.Application ? etIO(w.Application) : null;
  const pane = mountTaskpane(root, io, 'zh');
  const tab = (location.hash.replace('#', '') || 'catalog') as TabId;
  if (['catalog', 'formula', 'template', 'highlight', 'summary'].includes(tab)) pane.show(tab);
  const notice = noFunctionsNotice(w.wps);
  if (notice) root.insertBefore(el('p', { class: 'status info', id: 'wps-no-functions' }, notice), root.children[1] ?? null);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
