/**
 * The pane's use of src/templates: the list to offer, and a template built as a sheet to add —
 * the same SheetSpec the CLI writes to .xlsx, so a template looks the same from either surface.
 */
import { buildTemplate, listTemplates } from '../templates/index';
import type { Lang } from './i18n';
import type { SheetSpec } from './sheet-spec';

/** A template the pane offers. */
export interface TemplateChoice { name: string; title: string; description: string }

/**
 * The templates, titled in the pane's language.
 * @example templateChoices('zh')[0]; // { name: 'school-resources', title: '学校资源配置（优质均衡）', description: '每校一行：…' }
 */
export function templateChoices(lang: Lang): TemplateChoice[] {
  return listTemplates().map((t) => ({
    name: t.name,
    title: lang === 'zh' ? t.zh : t.en,
    description: lang === 'zh' ? t.descriptionZh : t.descriptionEn,
  }));
}

/**
 * A template as a sheet to add, labelled in the pane's language, for a plan (its thresholds and
 * targets; default national).
 * @example templateSheet('plan-tracker', 'zh', 'nanxiong').name; // '规划目标跟踪'
 */
export function templateSheet(name: string, lang: Lang, plan?: string): SheetSpec {
  return buildTemplate(name, { lang, ...(plan ? { plan } : {}) });
}
