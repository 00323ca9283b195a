/**
 * Line charts written into a template .xlsx. exceljs, which writes the templates, has no charts, so
 * the chart parts (DrawingML: xl/charts/chartN.xml, xl/drawings/drawingN.xml, their relationships
 * and content types) are added to its output here, from the same ChartSpec the task pane renders
 * through Office.js (src/hosts/pane/chart-render.ts). The chart reads the sheet's ranges and keeps
 * no cached values: Excel, WPS and LibreOffice draw it from the cells when the book is calculated.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { cellAt, parseRangeRef } from '../../xlsx/refs';
import type { ChartSpec, SheetSpec } from './types';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An absolute reference to a range of `sheet`, as a chart formula names it.
 * @example
 * chartRef('学位预测', 'B20:B29'); // "'学位预测'!$B$20:$B$29"
 */
export function chartRef(sheet: string, range: string): string {
  const r = parseRangeRef(range.replace(/\$/g, ''));
  const a = (row: number, col: number) => `$${colLetters(col)}$${row + 1}`;
  const one = r.top === r.bottom && r.left === r.right;
  return `'${sheet.replace(/'/g, "''")}'!${a(r.top, r.left)}${one ? '' : `:${a(r.bottom, r.right)}`}`;
}

function colLetters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const rich = (text: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

/**
 * The chart part (c:chartSpace) of one line chart over ranges of `sheet`: a series per ChartSeriesSpec
 * (named by its header cell), the years on the category axis, blanks drawn as gaps.
 * @example
 * chartXml(buildTemplate('place-forecast').charts![0], '学位供需预测（小学）'); // '<?xml …<c:lineChart>…'
 */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${esc(chartRef(sheet, s.nameRef))}</c:f></c:strRef></c:tx>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
        `<c:cat><c:numRef><c:f>${esc(chartRef(sheet, chart.categories))}</c:f></c:numRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(chartRef(sheet, s.values))}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${rich(chart.title)}</c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:title>${rich(chart.xAxisTitle)}</c:title><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:title>${rich(chart.yAxisTitle)}</c:title><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part placing charts 1 … n of the drawing's relationships at their anchors. */
function drawingXml(charts: ChartSpec[]): string {
  const anchors = charts
    .map((c, i) => {
      const from = cellAt(c.anchor.from);
      const to = cellAt(c.anchor.to);
      const pos = (tag: string, p: { row: number; col: number }) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${pos('from', from)}${pos('to', to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
        `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('') +
  `</Relationships>`;

// Elements a worksheet may hold after <drawing> (ECMA-376 CT_Worksheet order): it goes before the first.
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/**
 * Adds the charts of each sheet (by position: the i-th spec is xl/worksheets/sheet{i+1}.xml, as
 * exceljs names them) to an .xlsx written by exceljs. Sheets without charts are left as they are.
 * @example
 * const xlsx = addCharts(await wb.xlsx.writeBuffer(), [buildTemplate('place-forecast')]);
 */
export function addCharts(xlsx: Uint8Array, specs: SheetSpec[]): Uint8Array {
  if (!specs.some((s) => s.charts?.length)) return xlsx;
  const files: Zippable = unzipSync(xlsx);
  let types = strFromU8(files['[Content_Types].xml'] as Uint8Array);
  let chartNo = 0;
  let drawingNo = 0;
  specs.forEach((spec, i) => {
    const charts = spec.charts ?? [];
    if (!charts.length) return;
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    if (!files[sheetPath]) throw new Error(`addCharts: ${sheetPath} is not in the workbook`);
    const d = ++drawingNo;
    const chartRels = charts.map((c, k) => {
      const n = ++chartNo;
      files[`xl/charts/chart${n}.xml`] = strToU8(chartXml(c, spec.name));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/></Types>`);
      return { id: `rId${k + 1}`, type: 'chart', target: `../charts/chart${n}.xml` };
    });
    files[`xl/drawings/drawing${d}.xml`] = strToU8(drawingXml(charts));
    files[`xl/drawings/_rels/drawing${d}.xml.rels`] = strToU8(rels(chartRels));
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${CT_DRAWING}"/></Types>`);
    // The sheet's relationships: exceljs writes the part only when it has some.
    const id = 'rIdPmDrawing1';
    const link = { id, type: 'drawing', target: `../drawings/drawing${d}.xml` };
    const existing = files[relsPath] ? strFromU8(files[relsPath] as Uint8Array) : null;
    files[relsPath] = strToU8(
      existing
        ? existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/drawing" Target="${link.target}"/></Relationships>`)
        : rels([link]),
    );
    let xml = strFromU8(files[sheetPath] as Uint8Array);
    if (!/<worksheet[^>]*xmlns:r=/.test(xml)) xml = xml.replace('<worksheet', `<worksheet xmlns:r="${NS_R}"`);
    const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((k) => k >= 0));
    files[sheetPath] = strToU8(`${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);
  });
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files, { level: 6 });
}
