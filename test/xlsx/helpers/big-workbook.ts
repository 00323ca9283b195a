/**
 * A large generated workbook for timing the reader and the patcher: `rows` rows × 25 columns, like
 * a county's school-by-school return after years of accumulation. Columns A–C are text (shared
 * strings: school, township, stage), D–T numbers (some with a percent style), U–Y formulas: U and V
 * shared formulas filled down, W–Y ordinary formulas, each with a cached value.
 * Written straight as XML (exceljs takes minutes for a million cells) and zipped with fflate.
 */
import { zipSync, strToU8 } from 'fflate';
import { colName } from '../../../src/xlsx/refs';

export function bigWorkbook(rows: number): Uint8Array {
  const towns = ['城关镇', '东关镇', '西河乡', '南山乡', '北湖街道', '新区'];
  const stages = ['小学', '初中', '九年一贯制'];
  const sst: string[] = [];
  const sstIndex = new Map<string, number>();
  const si = (s: string) => {
    let i = sstIndex.get(s);
    if (i === undefined) {
      i = sst.length;
      sst.push(s);
      sstIndex.set(s, i);
    }
    return i;
  };
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:Y${rows}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>`,
  ];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}" spans="1:25">`;
    row += `<c r="A${r}" t="s"><v>${si(`第${(r % 997) + 1}学校`)}</v></c>`;
    row += `<c r="B${r}" t="s"><v>${si(towns[r % towns.length])}</v></c>`;
    row += `<c r="C${r}" t="s"><v>${si(stages[r % stages.length])}</v></c>`;
    for (let c = 3; c < 20; c++) {
      const v = c % 5 === 0 ? ((r * 37 + c) % 1000) / 1000 : Math.round(((r * 131 + c * 17) % 100000) * 1.37) / 100;
      row += `<c r="${colName(c)}${r}"${c % 5 === 0 ? ' s="1"' : ''}><v>${v}</v></c>`;
    }
    const d = (r * 131 + 3 * 17) % 100000;
    row += r === 1 ? `<c r="U1"><f t="shared" ref="U1:U${rows}" si="0">D1/E1</f><v>${d}</v></c>` : `<c r="U${r}"><f t="shared" si="0"/><v>${d}</v></c>`;
    row += r === 1 ? `<c r="V1"><f t="shared" ref="V1:V${rows}" si="1">SUM(D1:T1)</f><v>${r}</v></c>` : `<c r="V${r}"><f t="shared" si="1"/><v>${r}</v></c>`;
    row += `<c r="W${r}" t="str"><f>IF(D${r}&gt;4.5,"达标","未达标")</f><v>${r % 2 ? '达标' : '未达标'}</v></c>`;
    row += `<c r="X${r}"><f>ROUND(F${r}*100,2)</f><v>${r * 3}</v></c>`;
    row += `<c r="Y${r}" s="1"><f>G${r}/$G$1</f><v>0.5</v></c>`;
    parts.push(row + '</row>');
  }
  parts.push('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  const sheet = parts.join('');
  const sstXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${rows * 3}" uniqueCount="${sst.length}">` +
    sst.map((s) => `<si><t>${s}</t></si>`).join('') +
    '</sst>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="学校资源" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(sstXml),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
  return zipSync(files, { level: 6 });
}
