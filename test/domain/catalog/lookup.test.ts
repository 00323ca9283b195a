/**
 * Every catalog row's indicator is found by id, 简体 name, 繁體 name, English name and each alias —
 * through the same resolver the EDU functions use — and the 繁體 names are real conversions.
 */
import { catalog } from '../../../src/domain/catalog/index';
import { resolveIndicator, resolvePlan } from '../../../src/domain/catalog/resolve';

describe('lookup walks the whole catalog', () => {
  test.each(catalog.rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const ind = catalog.indicators.find((i) => i.id === row.indicator)!;
    for (const spelling of [ind.id, ind.name, ind.name_hant, ind.name_en, ...ind.aliases, ind.name.toUpperCase(), ` ${ind.name} `]) {
      expect(resolveIndicator(spelling).id).toBe(ind.id);
    }
    expect(row.name_hant.length).toBeGreaterThan(0);
    expect(row.name_en.length).toBeGreaterThan(0);
  });
});

test('繁體 names come from OpenCC, not copies of the 简体', () => {
  const changed = catalog.indicators.filter((i) => i.name_hant !== i.name);
  expect(changed.length).toBeGreaterThan(catalog.indicators.length / 2);
  expect(catalog.indicators.find((i) => i.id === 'teaching_space_per_student')!.name_hant).toBe('生均教學及輔助用房面積');
});

test('full-width and case variants resolve', () => {
  expect(resolveIndicator('ＴＥＡＣＨＩＮＧ_ＳＰＡＣＥ_ＰＥＲ_ＳＴＵＤＥＮＴ').id).toBe('teaching_space_per_student');
  expect(resolveIndicator('生均用房').id).toBe('teaching_space_per_student');
});

test('an unknown name is #N/A naming the closest matches', () => {
  // Not an alias, but close: the message leads with the right indicator.
  expect(() => resolveIndicator('生均仪器值')).toThrow(/^找不到指标「生均仪器值」，最接近：生均教学仪器设备值、/);
  expect(() => resolveIndicator('生均用地面积')).toThrow(/ \/ no indicator "生均用地面积"; closest: /);
});

test.each([
  ['national', 'national'], [null, 'national'], ['玉泉区', 'yuquan'], ['玉泉區', 'yuquan'], ['安丘市', 'anqiu'], ['东城区', 'dongcheng'],
  ['東城區', 'dongcheng'], ['塔城地区', 'tacheng'], ['塔城地區', 'tacheng'], ['南雄市', 'nanxiong'], ['南雄', 'nanxiong'], ['NANXIONG', 'nanxiong'],
])('plan %j → %s', (name, id) => expect(resolvePlan(name).id).toBe(id));
