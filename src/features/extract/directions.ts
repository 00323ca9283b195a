/**
 * The direction the words around a number state. The words a 方向 cell may hold are read by the
 * project's one table (domain/catalog/direction-words.ts: 以上/不低于/达到/保持在 → ≥, 不超过/以内/控制在
 * → ≤, 低于 → <, …); here only the words that qualify a number in running text and never stand alone
 * in a cell, read as the seed catalogs read them (seeds/README.md "Kinds" and the yaml notes):
 * 左右/约 → = (seed 002: 「85%左右」 is "=", not ≥), 近/接近 → < (seed 000: 「占比近60%」 is 27 of 46 =
 * 58.7 %; seed 004: 「接近0.23万人」), 余/多 → ≥ (「3600多个」), 达 → ≥ (「合格率达99.24%」).
 */
import type { Direction } from '../../domain/catalog/types';
import { readDirection } from '../../domain/catalog/direction-words';

/** Words after a number that no 方向 cell holds. */
const AFTER_ONLY: readonly (readonly [string, Direction])[] = [['左右', '='], ['多', '>='], ['余', '>=']];
/** Words before a number that no 方向 cell holds (longest first). */
const BEFORE_ONLY: readonly (readonly [string, Direction])[] = [
  ['稳定在', '>='], ['提高到', '>='], ['提升到', '>='], ['提高至', '>='], ['提升至', '>='], ['控制到', '<='], ['降低到', '<='],
  ['降至', '<='], ['不足', '<='], ['接近', '<'], ['大约', '='], ['近', '<'], ['约', '='], ['达', '>='],
];

/**
 * The direction stated by `before` (the text just before the number) and `after` (from its unit
 * on). The word after wins (「达到95%以上」 is ≥, 「控制在85%左右」 is =); null when neither names one.
 * @example
 * directionAround('巩固率保持在', '%以上');       // '>='
 * directionAround('民办学生占比控制到', '%以下'); // '<='
 * directionAround('全区', '%左右的普通高中');     // '='
 * directionAround('在校生接近', '万人');          // '<'
 */
export function directionAround(before: string, after: string): Direction | null {
  // After: skip the unit (%, 个, 万人 …) up to the word.
  const a = after.replace(/^\s*(?:%|％|万|亿)?[^\d\s以及多余左上下内]{0,3}?(?=以上|及以上|以下|及以下|以内|左右|多|余)/, '');
  for (let n = 3; n >= 2; n--) {
    const d = readDirection(a.slice(0, n));
    if (d && /^(?:及?以上|及?以下|以内)$/.test(a.slice(0, n))) return d;
  }
  for (const [w, d] of AFTER_ONLY) if (a.startsWith(w)) return d;
  const b = before.replace(/\s+$/, '');
  // Before: the longest ending the shared table reads (不低于 before 低于), then the text-only words.
  for (let n = Math.min(5, b.length); n >= 1; n--) {
    const d = readDirection(b.slice(-n));
    if (d && /[\u4e00-\u9fa5≥≤<>]/.test(b.slice(-n))) return d;
  }
  for (const [w, d] of BEFORE_ONLY) if (b.endsWith(w)) return d;
  return null;
}
