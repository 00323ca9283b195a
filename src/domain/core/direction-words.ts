/**
 * The words a Chinese plan uses for a direction, read as the seed catalogs read them (seeds/README.md
 * "Kinds" and the notes in seeds/*.yaml): 以上/不低于/达到/保持在/超过/余/多 → ≥ (超过 alone is strict
 * >), 以内/以下/不超过/控制在/不足 → ≤, 低于 → <, 约/左右 → = (seed 002: 「85%左右」 is "=", not ≥),
 * 近/接近 → < (seed 000: 「占比近60%」 is 27 of 46 = 58.7 %; seed 004: 「接近0.23万人」).
 * One table for every reader of plan wording: `extract` and the 「规划目标」 sheet's 方向 column.
 */
import type { Direction } from '../catalog/types';

/** Words written AFTER the number (95%以上, 15%以下, 85%左右, 3600多个). Longest first. */
export const DIRECTION_AFTER: readonly (readonly [string, Direction])[] = [
  ['以上', '>='], ['及以上', '>='], ['以下', '<='], ['及以下', '<='], ['以内', '<='], ['左右', '='], ['多', '>='], ['余', '>='],
];

/** Words written BEFORE the number (不低于95%, 控制在15%, 接近0.23万). Longest first. */
export const DIRECTION_BEFORE: readonly (readonly [string, Direction])[] = [
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['保持在', '>='], ['稳定在', '>='], ['提高到', '>='], ['提升到', '>='],
  ['提高至', '>='], ['提升至', '>='], ['达到', '>='], ['达', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不多于', '<='], ['不大于', '<='], ['控制在', '<='], ['控制到', '<='], ['降低到', '<='], ['降至', '<='], ['不足', '<='],
  ['超过', '>'], ['高于', '>'], ['低于', '<'], ['小于', '<'], ['接近', '<'], ['近', '<'], ['约', '='], ['大约', '='],
];

/** The words a 方向 cell may hold alone (a user's 「规划目标」 sheet), with the symbols themselves. */
const WORDS: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  ...DIRECTION_AFTER,
  ...DIRECTION_BEFORE.filter(([w]) => w !== '达' && w !== '近' && w !== '约' && w !== '大约' && w !== '接近'),
  ['≥', '>='], ['>=', '>='], ['≤', '<='], ['<=', '<='], ['<', '<'], ['>', '>'], ['=', '='], ['＝', '='], ['等于', '='],
]);

/**
 * The direction a single word or symbol states, or null when it states none (大约 is not a
 * direction a threshold can be compared in; it is read as "=" only beside a number in a sentence).
 * @example
 * directionOfWord('不低于'); // '>='
 * directionOfWord('以内');   // '<='
 * directionOfWord('大约');   // null
 */
export function directionOfWord(word: string): Direction | null {
  return WORDS.get(word.normalize('NFKC').trim()) ?? null;
}

/**
 * The direction the words around a number state: `before` is the text just before the number,
 * `after` the text just after it (unit included). The word after wins (「达到95%以上」 is ≥, 「控制在
 * 85%左右」 is =); null when neither side names one.
 * @example
 * directionAround('巩固率保持在', '%以上');  // '>='
 * directionAround('民办学生占比控制到', '%以下'); // '<='
 * directionAround('全区', '%左右的普通高中'); // '='
 * directionAround('在校生接近', '万人');   // '<'
 */
export function directionAround(before: string, after: string): Direction | null {
  const a = after.replace(/^\s*(%|％|万|亿|[^\d\s以及多余左]{0,3}?)(?=以上|及以上|以下|及以下|以内|左右|多|余)/, '');
  for (const [w, d] of DIRECTION_AFTER) if (a.startsWith(w)) return d;
  const b = before.replace(/\s+$/, '');
  for (const [w, d] of [...DIRECTION_BEFORE].sort((x, y) => y[0].length - x[0].length)) if (b.endsWith(w)) return d;
  return null;
}
