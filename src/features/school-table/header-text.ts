/**
 * Reading one header cell as an indicator: the catalog's keys (简/繁/English names, ids, aliases,
 * folded by normalizeKey) matched exactly, after taking off what people append to a header — a
 * unit in brackets「（m²）」「(元)」, or a bare unit after a slash or at the end「/㎡」「 元」.
 * Exact matching only: a header is a label, and guessing a near name would highlight the wrong
 * column against the wrong standard.
 */
import { catalog } from '../../domain/catalog/index';
import { normalizeKey } from '../../domain/core/text';

/** A header that names an indicator. */
export interface HeaderMatch { indicatorId: string; match: 'name' | 'alias' }

// Keys that are an indicator's own name (简/繁/English) or id; every other key is an alias.
const NAME_KEYS = new Set<string>();
for (const ind of catalog.indicators) for (const s of [ind.id, ind.name, ind.name_hant, ind.name_en]) NAME_KEYS.add(normalizeKey(s));

// A trailing bracketed part: （m²）(元) 【间】[人].
const TRAILING_BRACKET = /[（(【[][^（()）【】[\]]*[)）】\]]\s*$/;
// A trailing unit after a slash or a space, or glued on (normalised: ㎡ → m2, ％ → %).
const TRAILING_UNIT = /(?:[/／\s]+\S{1,6}|m2|m²|平方米|万元|元|%|人|间|個|个|所|台|册|套)$/i;

/**
 * The forms of a header to look up, most literal first: as written, without trailing bracketed
 * units, then without a trailing bare unit.
 * @example
 * headerForms('生均教学及辅助用房面积（m²）'); // ['生均教学及辅助用房面积（m²）', '生均教学及辅助用房面积']
 */
export function headerForms(text: string): string[] {
  const forms = [text.trim()];
  let t = text.trim();
  while (TRAILING_BRACKET.test(t)) {
    t = t.replace(TRAILING_BRACKET, '').trim();
    forms.push(t);
  }
  const bare = t.normalize('NFKC').replace(TRAILING_UNIT, '').trim();
  if (bare !== t.normalize('NFKC')) forms.push(bare);
  return [...new Set(forms)].filter((f) => f !== '');
}

/**
 * The indicator a header names, or null.
 * @example
 * matchHeader('生均教學及輔助用房面積(㎡)');  // { indicatorId: 'teaching_space_per_student', match: 'name' }
 * matchHeader('Teaching equipment value per student'); // { indicatorId: 'equipment_value_per_student', match: 'name' }
 * matchHeader('生均用房');                    // { indicatorId: 'teaching_space_per_student', match: 'alias' }
 * matchHeader('学校名称');                    // null
 */
export function matchHeader(text: string): HeaderMatch | null {
  for (const form of headerForms(text)) {
    const key = normalizeKey(form);
    const id = catalog.keys[key];
    if (id) return { indicatorId: id, match: NAME_KEYS.has(key) ? 'name' : 'alias' };
  }
  return null;
}

/**
 * True when a header is one of `names` (compared by normalizeKey, trailing units taken off).
 * @example isHeaderOneOf('学生数（人）', ['学生数', 'students']); // true
 */
export function isHeaderOneOf(text: string, names: readonly string[]): boolean {
  const keys = new Set(names.map(normalizeKey));
  return headerForms(text).some((f) => keys.has(normalizeKey(f)));
}
