/**
 * The sample county as a workbook in the school-resources template: the raw returns typed in, the
 * template's formulas waiting to be computed. assets/sample-county.xlsx is this, written by
 * `npm run sample`.
 */
import { buildTemplate } from '../templates/index';
import { SCHOOL_COLS, SCHOOL_ROWS } from '../templates/school-resources';
import { colName } from '../../xlsx/refs';
import type { SheetSpec } from '../templates/types';
import { writeTemplateXlsx } from '../templates/xlsx-writer';
import { sampleCounty } from './county';

/**
 * The template sheet with the sample county's returns in its input cells.
 * @example
 * sampleSheet().cells.find((c) => c.ref === 'A5')?.value; // '城关第一小学'
 */
export function sampleSheet(): SheetSpec {
  const schools = sampleCounty();
  const spec = buildTemplate('school-resources', { rows: schools.length });
  const cells = new Map(spec.cells.map((c) => [c.ref, c]));
  schools.forEach((s, i) => {
    const row = SCHOOL_ROWS.firstData + i + 1;
    const values = [s.name, s.stage, s.students, s.qualifiedTeachers, s.backboneTeachers, s.peArtTeachers, s.teachingSpace, s.sportsSpace, s.equipmentValue, s.multimediaRooms];
    values.forEach((v, j) => {
      const ref = `${colName(SCHOOL_COLS.name + j)}${row}`;
      const cell = cells.get(ref) ?? { ref };
      if (v === null) delete cell.value;
      else cell.value = v;
      cells.set(ref, cell);
    });
  });
  return { ...spec, cells: [...cells.values()] };
}

/** The sample workbook's bytes. @example (await sampleWorkbook()).length > 0; // true */
export async function sampleWorkbook(): Promise<Buffer> {
  return writeTemplateXlsx(sampleSheet());
}
