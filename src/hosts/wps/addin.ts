/**
 * The WPS add-in's entry page script (index.html → wps-addin.js). WPS loads index.html when it
 * starts and keeps it for the session: it registers the EDU functions and answers the ribbon's
 * callbacks (ribbon.xml names OnAddinLoad, OnAction and GetImage, looked up on this window).
 */
import { registerAll, type WpsHost } from './register';
import { etPlanLayer } from './plan-layer';

const w = window as any;
// The functions read the active workbook's own 「规划目标」 sheet (plan-layer.ts).
const result = registerAll(w.wps as WpsHost | undefined, etPlanLayer(() => w.Application));
// For the pane and for a test: what registration did.
w.__planMetricsRegistration = result;

/** The folder this page was loaded from (WPS needs absolute URLs for CreateTaskPane). */
function baseUrl(): string {
  const href = decodeURI(String(document.location.href)).replace(/[?#].*$/, '');
  return href.slice(0, href.lastIndexOf('/'));
}

/** Opens (or shows again) the pane on a tab. The pane's id is kept in PluginStorage across pages. */
function openPane(tab: string): void {
  const app = w.Application;
  if (!app) return;
  const id = app.PluginStorage?.getItem('planMetricsPane');
  const existing = id ? app.GetTaskPane?.(id) : null;
  if (existing) {
    existing.Navigate?.(`${baseUrl()}/taskpane.html#${tab}`);
    existing.Visible = true;
    return;
  }
  const pane = app.CreateTaskPane(`${baseUrl()}/taskpane.html#${tab}`, '规划指标');
  app.PluginStorage?.setItem('planMetricsPane', pane.ID);
  pane.Visible = true;
}

const TABS: Record<string, string> = { pmCatalog: 'catalog', pmFormula: 'formula', pmTemplate: 'template', pmHighlight: 'highlight', pmSummary: 'summary' };

w.OnAddinLoad = (ribbonUI: unknown) => {
  if (w.Application && typeof w.Application.ribbonUI !== 'object') w.Application.ribbonUI = ribbonUI;
  return true;
};
w.OnAction = (control: { Id?: string; id?: string }) => {
  const id = control.Id ?? control.id ?? '';
  openPane(TABS[id] ?? 'catalog');
  return true;
};
w.GetImage = () => 'assets/icon-32.png';
