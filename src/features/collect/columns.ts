/**
 * The columns of a school return: which column holds the school's name, stage, students, each of
 * the seven raw figures of the school-resources template, and (when a school adds it) 专任教师数.
 * Headers are matched as `check` matches them (src/features/school-table/header-text: 简/繁/English, a unit in
 * brackets or after a slash allowed); the header row itself is found by detectColumns.
 */
import { isHeaderOneOf } from '../school-table/header-text';
import type { Grid } from '../school-table/types';

/** The seven raw inputs, in the order of SCHOOL_COLS.raw … raw+6 (RESOURCE_INDICATORS order). */
export const RAW_HEADERS: readonly (readonly string[])[] = [
  ['高于规定学历教师数', '高於規定學歷教師數', 'Teachers above required qualification', '高学历教师数'],
  ['县级以上骨干教师数', '縣級以上骨幹教師數', 'County-level+ backbone teachers', '骨干教师数', '骨幹教師數', 'backbone teachers'],
  ['体育艺术专任教师数', '體育藝術專任教師數', 'PE and art (music, fine art) teachers', '体艺教师数', '體藝教師數', 'PE and art teachers'],
  ['教学及辅助用房面积', '教學及輔助用房面積', 'Teaching and auxiliary floor space', '教学用房面积'],
  ['体育运动场馆面积', '體育運動場館面積', 'Sports ground and hall area', '运动场馆面积'],
  ['教学仪器设备值', '教學儀器設備值', 'Teaching equipment value', '仪器设备值'],
  ['网络多媒体教室数', '網絡多媒體教室數', 'Networked multimedia classrooms', '多媒体教室数'],
];
/** 学校名称 headers. */
export const NAME_HEADERS = ['学校名称', '學校名稱', '学校', '學校', '校名', 'school', 'school name', 'name'];
/** 专任教师数 headers: the whole that three raw teacher counts are parts of. */
export const FULLTIME_HEADERS = ['专任教师数', '專任教師數', '专任教师', '專任教師', 'full-time teachers', 'teachers'];

/** Where each field of a return sits (0-based grid columns; null when absent). */
export interface ReturnColumns {
  name: number | null;
  raw: (number | null)[];
  fullTime: number | null;
}

/**
 * Finds the name, raw and 专任 columns by header in rows [0, headerRow] (a merged two-row header
 * has its text in either row), skipping columns already taken (stage, students).
 * @example
 * findReturnColumns([['学校名称', '学段', '学生数', '县级以上骨干教师数（人）']], 0, new Set([1, 2]));
 * // { name: 0, raw: [null, 3, null, null, null, null, null], fullTime: null }
 */
export function findReturnColumns(g: Grid, headerRow: number, taken: Set<number>): ReturnColumns {
  const width = Math.max(0, ...g.slice(0, headerRow + 1).map((r) => r.length));
  const find = (names: readonly string[]): number | null => {
    for (let c = 0; c < width; c++) {
      if (taken.has(c)) continue;
      for (let r = headerRow; r >= 0; r--) {
        const t = g[r]?.[c];
        if (typeof t === 'string' && isHeaderOneOf(t, names)) {
          taken.add(c);
          return c;
        }
      }
    }
    return null;
  };
  const name = find(NAME_HEADERS);
  const raw = RAW_HEADERS.map(find);
  return { name, raw, fullTime: find(FULLTIME_HEADERS) };
}
