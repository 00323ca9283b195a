/** Sheet references between template sheets, and following a sheet that took another name. */
import { retargetSheet, sheetPrefix } from '../../../src/features/templates/sheet-refs';
import type { SheetSpec } from '../../../src/features/templates/types';

test('a reference is always quoted, a quote inside doubled (Excel\'s rule for sheet names)', () => {
  expect(sheetPrefix('学校资源配置')).toBe("'学校资源配置'!");
  expect(sheetPrefix('School resources')).toBe("'School resources'!");
  expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
});

test('retargeting moves formulas and the labels that name the sheet, nothing else, and leaves the input alone', () => {
  const spec: SheetSpec = {
    name: '优质均衡自评', merges: [], columnWidths: {},
    cells: [
      { ref: 'F11', formula: "IF('学校资源配置'!B11=\"\",\"\",'学校资源配置'!B11)" },
      { ref: 'C11', value: '学校达标率（「学校资源配置」表）' },
      { ref: 'A1', value: '学校资源配置说明' }, // names the sheet without 「」: a title, left as it is
      { ref: 'E11', value: 1 },
    ],
  };
  const out = retargetSheet(spec, '学校资源配置', '学校资源配置(2)');
  expect(out.cells.map((c) => c.formula ?? c.value)).toEqual([
    "IF('学校资源配置(2)'!B11=\"\",\"\",'学校资源配置(2)'!B11)",
    '学校达标率（「学校资源配置(2)」表）',
    '学校资源配置说明',
    1,
  ]);
  expect(spec.cells[0].formula).toBe("IF('学校资源配置'!B11=\"\",\"\",'学校资源配置'!B11)");
  expect(retargetSheet(spec, 'x', 'x')).toBe(spec);
});
