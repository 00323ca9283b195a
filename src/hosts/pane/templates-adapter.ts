/**
 * The pane's use of src/features/templates: the list to offer, and a template built as a sheet to add —
 * the same SheetSpec the CLI writes to .xlsx, so a template looks the same from either surface.
 */
import { buildTemplateSheets, listTemplates } from '../../features/templates/index';
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
 * A template as the sheets to add, labelled in the pane's language, for a plan (its thresholds and
 * targets; default national). Most templates are one sheet; county-assessment is two, its first
 * reading the second.
 * @example
 * templateSheets('plan-tracker', 'zh', 'nanxiong').map((s) => s.name);   // ['规划目标跟踪']
 * templateSheets('county-assessment', 'zh').map((s) => s.name);          // ['优质均衡自评', '学校资源配置']
 */
export function templateSheets(name: string, lang: Lang, plan?: string): SheetSpec[] {
  return buildTemplateSheets(name, { lang, ...(plan ? { plan } : {}) });
}
