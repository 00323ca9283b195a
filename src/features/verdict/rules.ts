/**
 * The 资源配置 rules of 教督〔2017〕6号 for one stage, read from the catalog (national plan): each
 * resource indicator's standard, the school rule (at least N of 7 met, the rest ≥ a share of the
 * standard) and the county's 差异系数 limit. Nothing here is a number of its own: change the seed
 * and every report, sheet and verdict follows.
 */
import { getIndicator } from '../../domain/catalog/index';
import { resolvePlan } from '../../domain/catalog/resolve';
import { selectThreshold } from '../../domain/catalog/select';
import { layeredMemo } from '../../domain/catalog/layer';
import type { Direction } from '../../domain/catalog/types';
import type { Standard } from '../../domain/core/count-met';
import { resourceStandards, schoolRule } from '../../domain/edu/school';

/** The stages the resource rules assess. */
export type ResourceStage = 'primary' | 'junior';

export interface ResourceRules {
  /** The seven standards, in the standard's order (RESOURCE_INDICATORS). */
  standards: Standard[];
  /** How many of the seven a school must meet (6). */
  minMet: number;
  /** The share of its standard an unmet indicator must still reach (0.85). */
  floor: number;
  /** The 校际差异系数 limit and its direction (≤ 0.50 小学, ≤ 0.45 初中). */
  diffLimit: number;
  diffDirection: Direction;
}

// Per layer: a province profile may change a standard or a limit.
const cache = layeredMemo<ResourceStage, ResourceRules>();

/**
 * @example
 * resourceRules('junior').diffLimit;   // 0.45
 * resourceRules('primary').minMet;     // 6
 * resourceRules('primary').floor;      // 0.85
 */
export function resourceRules(stage: ResourceStage): ResourceRules {
  let r = cache().get(stage);
  if (!r) {
    const national = resolvePlan('national');
    const row = (id: string) => selectThreshold(getIndicator(id)!, national, stage).row;
    const diff = row('school_diff_coef');
    r = Object.freeze({
      standards: resourceStandards(stage),
      ...schoolRule(stage),
      diffLimit: diff.value,
      diffDirection: diff.direction,
    });
    cache().set(stage, r);
  }
  return r;
}
