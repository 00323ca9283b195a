/**
 * Reading a stage the way people write it: 小学 / 小學 / primary / Primary School, 初中, 高中,
 * 幼儿园 / 学前, 九年一贯制, 十二年一贯制 — case-, space- and width-insensitive.
 */
import { MetricError } from './errors';
import { normalizeKey } from './text';

/** A school stage. `compulsory` rows apply to 小学 and 初中; `all` rows to every stage. */
export type Stage =
  | 'all'
  | 'preschool'
  | 'primary'
  | 'junior'
  | 'compulsory'
  | 'senior'
  | 'nine_year'
  | 'twelve_year'
  | 'special'
  | 'vocational';

export const STAGES: readonly Stage[] = [
  'all', 'preschool', 'primary', 'junior', 'compulsory', 'senior', 'nine_year', 'twelve_year', 'special', 'vocational',
];

const NAMES: Record<Stage, string[]> = {
  all: ['all', '全部', '所有', '全学段'],
  preschool: ['幼儿园', '幼兒園', '学前', '學前', '学前教育', '學前教育', 'preschool', 'kindergarten', '幼儿', '幼兒'],
  primary: ['小学', '小學', 'primary', 'primaryschool', 'elementary'],
  junior: ['初中', 'junior', 'juniorsecondary', 'juniorhigh', 'middleschool', '初级中学', '初級中學'],
  compulsory: ['义务教育', '義務教育', 'compulsory'],
  senior: ['高中', '普通高中', 'senior', 'seniorsecondary', 'seniorhigh', 'highschool'],
  nine_year: ['九年一贯制', '九年一貫制', '一贯制', '一貫制', 'nineyear', '9year', '九年制'],
  twelve_year: ['十二年一贯制', '十二年一貫制', 'twelveyear', '12year', '十二年制'],
  special: ['特殊教育', '特教', 'special', 'specialeducation'],
  vocational: ['中职', '中職', '中等职业教育', '中等職業教育', 'vocational'],
};

const LOOKUP = new Map<string, Stage>();
for (const [stage, names] of Object.entries(NAMES) as [Stage, string[]][]) {
  LOOKUP.set(stage, stage);
  for (const n of names) LOOKUP.set(normalizeKey(n), stage);
}

/**
 * The stage a text names, or a #VALUE! MetricError listing the accepted names.
 * @example
 * parseStage('小學');     // 'primary'
 * parseStage(' Junior '); // 'junior'
 * parseStage('大学');     // throws MetricError #VALUE!
 */
export function parseStage(text: string): Stage {
  const s = LOOKUP.get(normalizeKey(text));
  if (!s) {
    throw new MetricError(
      '#VALUE!',
      `无法识别学段「${text}」，可用：小学、初中、高中、幼儿园、九年一贯制、十二年一贯制`,
      `unknown stage "${text}"; use primary, junior, senior, preschool, nine_year or twelve_year`,
    );
  }
  return s;
}

/** 中文 name of a stage, for messages and reports. @example stageName('junior'); // '初中' */
export function stageName(stage: Stage): string {
  return NAMES[stage][0];
}

/**
 * The stages whose rows apply to `stage`, most specific first: a 小学 lookup uses a 小学 row, else
 * an 义务教育 row, else an "all" row.
 * @example
 * stageFallbacks('primary'); // ['primary', 'compulsory', 'all']
 */
export function stageFallbacks(stage: Stage): Stage[] {
  switch (stage) {
    case 'primary':
    case 'junior':
    case 'nine_year':
      return [stage, 'compulsory', 'all'];
    case 'all':
      return ['all'];
    default:
      return [stage, 'all'];
  }
}
