/** Sheet names both host adapters give a new sheet (src/hosts/pane/sheet-name.ts): Excel's rules, by hand. */
import { uniqueName } from '../../../src/hosts/pane/sheet-name';

test('forbidden characters replaced, 31 characters at most, numbered past a taken name (any case)', () => {
  expect(uniqueName('a/b:c', [])).toBe('a_b_c');
  expect(uniqueName('', [])).toBe('Sheet');
  expect(uniqueName('达标汇总', ['达标汇总', '达标汇总(2)'])).toBe('达标汇总(3)');
  expect(uniqueName('Summary', ['summary'])).toBe('Summary(2)');
  const long = 'x'.repeat(40);
  expect(uniqueName(long, [])).toHaveLength(31);
  expect(uniqueName(long, ['x'.repeat(31)])).toBe(`${'x'.repeat(28)}(2)`);
});
