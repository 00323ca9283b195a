/**
 * The school stage a piece of text names, in the catalog's stage ids (seeds/README.md "Stages").
 */
import type { Stage } from '../../domain/catalog/types';

// Most specific first: 九年一贯制 before 义务教育, 学前 before 小学 (学前三年 is not 小学).
const CUES: readonly (readonly [RegExp, Stage])[] = [
  [/十二年一贯/, 'twelve_year'],
  [/九年一贯|九年制学校/, 'nine_year'],
  [/特殊教育|特教|残疾儿童|残障儿童/, 'special'],
  [/学前|幼儿园|幼儿|入园/, 'preschool'],
  [/中等职业|中职|职业学校|职业教育|产教融合|校企合作/, 'vocational'],
  [/普通高中|高中/, 'senior'],
  [/义务教育/, 'compulsory'],
  [/小学/, 'primary'],
  [/初中/, 'junior'],
];

/**
 * The stage `text` names, or 'all' when it names none. A text naming both 小学 and 初中 is compulsory.
 * @example
 * stageOf('学前三年毛入园率');     // 'preschool'
 * stageOf('九年义务教育巩固率');   // 'compulsory'
 * stageOf('小学和初中学位');       // 'compulsory'
 * stageOf('普通话普及率');         // 'all'
 */
export function stageOf(text: string): Stage {
  if (/小学/.test(text) && /初中/.test(text) && !/中小学/.test(text)) return 'compulsory';
  if (/中小学/.test(text)) return /幼儿园/.test(text) ? 'all' : 'compulsory';
  for (const [re, stage] of CUES) if (re.test(text)) return stage;
  return 'all';
}
