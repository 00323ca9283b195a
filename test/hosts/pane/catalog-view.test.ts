/** The pane's catalog search and display texts (pure; no DOM, no Office). */
import { catalog } from '../../../src/domain/catalog/index';
import { directionText, formatValue, rowView, searchCatalog } from '../../../src/hosts/pane/catalog-view';
import { t, langFor } from '../../../src/hosts/pane/i18n';

const ids = (text: string, plan = '', stage = '') => searchCatalog({ text, plan, stage: stage as never }).map((r) => r.indicator);

describe('search', () => {
  test('简体, 繁體, English, alias and id find the same indicator', () => {
    for (const q of ['生均教学及辅助用房面积', '生均教學及輔助用房面積', 'teaching space', 'Teaching Space', '生均用房', 'teaching_space_per_student']) {
      expect([q, ids(q)]).toEqual([q, expect.arrayContaining(['teaching_space_per_student'])]);
    }
  });

  test('a substring: 「生均」 finds every per-student indicator and nothing else', () => {
    const rows = searchCatalog({ text: '生均' });
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['teaching_space_per_student', 'sports_space_per_student', 'equipment_value_per_student', 'special_ed_funding_per_student']));
  });

  test('full-width text and stray spaces are folded like every other lookup', () => {
    expect(ids(' 生均 用房 ')).toContain('teaching_space_per_student');
    expect(ids('ＴＥＡＣＨＩＮＧ')).toContain('teaching_space_per_student');
  });

  test('filters: plan, and a stage keeps the rows that apply to it (义务教育, all)', () => {
    const rows = searchCatalog({ text: '', plan: 'national', stage: 'junior' });
    expect(rows.every((r) => r.plan === 'national' && ['junior', 'compulsory', 'all'].includes(r.stage))).toBe(true);
    expect(rows.find((r) => r.indicator === 'teaching_space_per_student')!.value).toBe(5.8);
    expect(rows.some((r) => r.stage === 'compulsory')).toBe(true);
    expect(searchCatalog({ text: '', plan: 'nanxiong' }).every((r) => r.plan === 'nanxiong')).toBe(true);
  });

  test('empty query: the whole catalog, national first, 小学 before 初中', () => {
    const rows = searchCatalog({ text: '' });
    expect(rows).toHaveLength(catalog.rows.length);
    expect(rows[0].plan).toBe('national');
    const ts = rows.filter((r) => r.id.startsWith('national.teaching_space_per_student')).map((r) => r.stage);
    expect(ts).toEqual(['primary', 'junior']);
  });

  test('no match is an empty list', () => {
    expect(searchCatalog({ text: '不存在的指标xyz' })).toEqual([]);
  });
});

describe('display', () => {
  test('percent units (fractions) show as %, others with their unit and separators', () => {
    expect(formatValue(0.96, '%')).toBe('96%');
    expect(formatValue(0.855, '%')).toBe('85.5%');
    expect(formatValue(1, '%')).toBe('100%');
    expect(formatValue(2000, '元/生')).toBe('2,000 元/生');
    expect(formatValue(0.5, '')).toBe('0.5');
  });

  test('a row: threshold with direction, stage, year, source and the quoted clause', () => {
    const r = searchCatalog({ text: '生均教学及辅助用房面积', plan: 'national', stage: 'primary' }).find((x) => x.stage === 'primary')!;
    const v = rowView(r, 'zh');
    expect(v).toMatchObject({ name: '生均教学及辅助用房面积', plan: '国家标准', stage: '小学', kind: '标准', threshold: '≥ 4.5 m²/生', direction: '不低于', year: '长期' });
    expect(v.source).toContain('县域义务教育优质均衡发展督导评估办法');
    expect(v.quote).toContain('4.5');
    expect(rowView(r, 'en')).toMatchObject({ name: r.name_en, plan: 'National standards', stage: 'primary', kind: 'standard', year: 'standing' });
  });

  test('every row renders: percent rows show %, dated rows their year', () => {
    for (const r of catalog.rows) {
      const v = rowView(r, 'zh');
      expect(v.threshold).toMatch(/^[≥≤<>=] /);
      if (r.unit === '%') expect(v.threshold.endsWith('%')).toBe(true);
      if (r.year !== null) expect(v.year).toBe(String(r.year));
      expect(v.quote.length).toBeGreaterThan(0);
    }
  });

  test('directions in words', () => {
    expect(directionText('<', 'zh')).toBe('低于');
    expect(directionText('<=', 'en')).toBe('at most');
  });
});

describe('language', () => {
  test('zh-* is Chinese, anything else English; no host defaults to Chinese', () => {
    expect(['zh-CN', 'zh-TW', 'zh-HK', 'ZH-cn', 'en-US', 'fr-FR', undefined].map(langFor)).toEqual(['zh', 'zh', 'zh', 'zh', 'en', 'en', 'zh']);
  });
  test('messages with arguments', () => {
    expect(t('zh', 'formulaWritten', '=1', 'A1')).toBe('已将 =1 写入 A1');
    expect(t('en', 'cleared', 3)).toBe('Removed 3 conditional formats');
  });
});
