/**
 * Reading a direction as a plan writes it: the symbols the seeds use (≥ ≤ = < >, and >= <=) and
 * the words of the documents (以上 / 不低于 / 达到 → ≥; 不超过 / 以内 → ≤; 低于 → <). One table for
 * the 「规划目标」 sheet and for anything that drafts rows from a plan's text. A word it does not know
 * (「大约」) is null: the caller reports it, never guesses.
 */
import { toHalfWidth } from '../core/text';
import { DIRECTIONS, type Direction } from './types';

// Each word, 简 and 繁, with the direction it states. Longest first, so 不低于 is not read as 低于.
const WORDS: [string, Direction][] = ([
  ['不低于', '>='], ['不低於', '>='], ['不少于', '>='], ['不少於', '>='], ['以上', '>='], ['达到', '>='], ['達到', '>='],
  ['至少', '>='], ['保持在', '>='], ['不小于', '>='], ['不小於', '>='], ['大于等于', '>='], ['大於等於', '>='],
  ['不超过', '<='], ['不超過', '<='], ['以内', '<='], ['以內', '<='], ['不高于', '<='], ['不高於', '<='], ['控制在', '<='],
  ['以下', '<='], ['至多', '<='], ['不大于', '<='], ['不大於', '<='], ['小于等于', '<='], ['小於等於', '<='],
  ['低于', '<'], ['低於', '<'], ['少于', '<'], ['少於', '<'], ['小于', '<'], ['小於', '<'],
  ['高于', '>'], ['高於', '>'], ['超过', '>'], ['超過', '>'], ['大于', '>'], ['大於', '>'],
  ['等于', '='], ['等於', '='],
] as [string, Direction][]).sort((a, b) => b[0].length - a[0].length);

const SYMBOLS: Record<string, Direction> = { '≥': '>=', '≧': '>=', '≤': '<=', '≦': '<=', '>': '>', '<': '<', '=': '=' };

/**
 * The direction a cell states, or null when it states none we can read.
 * @example
 * readDirection('以上');   // '>='
 * readDirection('不低于'); // '>='
 * readDirection('≤');      // '<='
 * readDirection('＞');     // '>' (full width)
 * readDirection('低於');   // '<'
 * readDirection('大约');   // null
 */
export function readDirection(text: string): Direction | null {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  if ((DIRECTIONS as readonly string[]).includes(t)) return t as Direction;
  if (t in SYMBOLS) return SYMBOLS[t];
  for (const [w, d] of WORDS) if (t === w) return d;
  return null;
}

/** The words and symbols readDirection accepts, for messages. @example DIRECTION_HINT.zh; // '≥ ≤ = < >，或 以上、不低于、达到、不超过、以内、低于' */
export const DIRECTION_HINT = { zh: '≥ ≤ = < >，或 以上、不低于、达到、不超过、以内、低于', en: '≥ ≤ = < >, or 以上, 不低于, 达到, 不超过, 以内, 低于' } as const;
