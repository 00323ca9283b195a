/**
 * 简体 → 繁體 with OpenCC (opencc-js), at build time only: the bundles carry the converted names,
 * never the conversion tables. Several Traditional standards are produced because documents differ
 * (seed 003 writes 骨干, Taiwan usage 骨幹); lookups accept every one of them.
 */
import * as OpenCC from 'opencc-js';

const toT = OpenCC.Converter({ from: 'cn', to: 't' });
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/**
 * The 繁體 name shown to users (OpenCC's standard Traditional).
 * @example
 * toTraditional('生均教学及辅助用房面积'); // '生均教學及輔助用房面積'
 */
export function toTraditional(s: string): string {
  return toT(s);
}

/**
 * Every Traditional spelling worth accepting in a lookup.
 * @example
 * traditionalVariants('骨干教师'); // ['骨幹教師', …]
 */
export function traditionalVariants(s: string): string[] {
  return [...new Set([toT(s), toTw(s), toHk(s)])];
}
