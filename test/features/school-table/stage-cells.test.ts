/** The stage spellings a plain formula accepts are ones the core reads as the same stage. */
import { parseStage } from '../../../src/domain/core/stage';
import { CELL_STAGES, cellText, excelTrim, STAGE_SPELLINGS, stageOfCell, stageTest } from '../../../src/features/school-table/stage-cells';

test.each(CELL_STAGES.flatMap((s) => STAGE_SPELLINGS[s].map((name) => [name, s])))('%j is %s for parseStage too', (name, stage) => {
  expect(parseStage(name)).toBe(stage);
});

test('no spelling belongs to two stages', () => {
  const all = CELL_STAGES.flatMap((s) => STAGE_SPELLINGS[s]);
  expect(new Set(all).size).toBe(all.length);
});

test('spellings are lower case (the formula compares case-insensitively, stageOfCell lower-cases)', () => {
  for (const s of CELL_STAGES) for (const n of STAGE_SPELLINGS[s]) expect(n).toBe(n.toLowerCase());
});

test("excelTrim is Excel's TRIM: ASCII spaces only", () => {
  expect(excelTrim('  小学  ')).toBe('小学');
  expect(excelTrim('primary   school')).toBe('primary school');
  expect(excelTrim('\u3000小学')).toBe('\u3000小学');
});

test('stageOfCell', () => {
  expect(stageOfCell(' PRIMARY ')).toBe('primary');
  expect(stageOfCell('初中')).toBe('junior');
  expect(stageOfCell('小学部')).toBeNull();
  expect(stageOfCell(null)).toBeNull();
  expect(stageOfCell(5)).toBeNull();
  expect(cellText(false)).toBe('FALSE');
});

test('stageTest', () => {
  expect(stageTest('$B5', ['primary', 'junior'])).toBe('OR(TRIM($B5)={"小学","小學","primary","初中","junior"})');
});
