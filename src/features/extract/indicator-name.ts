/**
 * The name of what a number measures, read from the words around it: 「学前三年毛入园率达到95%」 →
 * 学前三年毛入园率, 「新增学位5000个」 → 新增学位, and when the noun follows the number
 * (「创建了15所广东省绿色学校」) → 广东省绿色学校.
 */

// Words that open a clause but are not part of a name (where, who, how firmly).
const LEAD = /^(?:[到至截]?\s*20\d\d\s*年(?:底|末|前|时)?|十[三四五]五(?:期间|时期|末)?|其中|同时|并且?|且|全面|进一步|积极|努力|力争|争取|确保|实现|规划|计划|预计|累计|使|让|将|把|全区|全市|全县|全旗|全州|全省|全地区|我区|我市|我县|辖区内?|现有|共有|已|已经|基本|逐步|持续|到|年)+/;
// Words that end a name's clause before the number: verbs of reaching and direction words.
const TAIL = /(?:达到|达|为|是|保持在|保持|稳定在|提高到|提高至|提升到|提升至|提高了|提升了|提高|提升|增长了|增长|增至|控制在|控制到|不低于|不少于|不小于|不超过|不高于|不多于|超过|高于|低于|至少|约|近|接近|共计|共有|共|合计|总计|累计|有|了|在|由|从|各|均|分别|每年)+$/;
// A number before its noun: the verb before it says what was done (创建了15所学校).
const VERB_ONLY = /^(?:创建|建设|新建|建成|打造|培养|评选|完成|投入|开通|安装|配备|组织|成立|遴选出?|引进|补充|举办|发放|资助|增加|改扩建|接送|覆盖到|惠及|对|为|有|含|其中含|打造了)?$/;

const VERB_END = /(?:普及|创建|建设|新建|建成|打造|培养|评选|推选|选配|完成|开通|安装|配备|组织|成立|遴选出?|引进|补充|举办|改扩建|改造|升级|认定|获评|产生)$/;

/**
 * Strips what is not a name from the text before a number.
 * @example
 * cleanName('到2025年全区学前三年毛入园率达到'); // '学前三年毛入园率'
 * cleanName('巩固率保持在');                     // '巩固率'
 */
export function cleanName(s: string): string {
  // A web copy breaks words with spaces (保 安, 幼 儿): a name has none.
  let t = s.replace(/\s+/g, '').replace(/^[“”"'、(（)）]+/, '');
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, '').replace(TAIL, '').trim();
  return t.replace(/[“”"'、\s(（)）]+$/, '').replace(/^[“”"'\s]+/, '');
}

/**
 * The name for a number at `[index, end)` of `clause`, given where the text before it starts
 * (`from`: after the previous number or bracket). Null when nothing around names it.
 * @example
 * nameAround('新增学位5000个', 0, 4, 9);               // '新增学位'
 * nameAround('创建了15所广东省绿色学校', 0, 3, 6);     // '创建广东省绿色学校'
 */
export function nameAround(clause: string, from: number, index: number, end: number): string | null {
  const before = cleanName(clause.slice(from, index));
  // The noun after the number: up to the next separator.
  const after = clause.slice(end).replace(/^(?:以上|以下|以内|左右|多|余)?\s*的?/, '');
  const noun = /^[^，。；、,;:：()（）和及与]+/.exec(after)?.[0].trim() ?? '';
  // 「全区中小学100%通过市级文明校园验收」: a bare subject before, what it does after.
  if (before.length >= 2 && before.length <= 3 && noun.length >= 4 && !/^\d/.test(noun)) return before + noun;
  // 「区政府新建改扩建了4所标准化初中」, 「在试点镇推选2-4所智慧教育示范校」: a verb, the number, its noun.
  if (noun.length >= 2 && !/^\d/.test(noun) && (VERB_END.test(before) || /的$/.test(clause.slice(from, index).trim()))) return noun.replace(/^[“"]|[的]$/g, '');
  if (before.length >= 2 && !VERB_ONLY.test(before)) return before;
  if (noun.length >= 2 && !/^\d/.test(noun)) return noun.replace(/[的]$/, '');
  return before.length >= 1 ? before : null;
}
