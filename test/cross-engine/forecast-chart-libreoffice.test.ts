/**
 * Cross-engine (issue 28): the line chart the .xlsx writer puts into the place-forecast template is
 * one LibreOffice reads — converted by LibreOffice and written back out by its own writer, the book
 * still holds a line chart with the same four series over the same ranges.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { buildPlaceForecast } from '../../src/features/templates/place-forecast';
import { writeTemplateXlsx } from '../../src/features/templates/xlsx-writer';
import { recalcWithLibreOffice, soffice } from './libreoffice';

const haveLO = soffice() !== null;
if (!haveLO && process.env.CI) throw new Error('CI must install libreoffice-calc-nogui (see .ci/run)');

(haveLO ? test : test.skip)('LibreOffice reads the place-forecast chart: a line chart, 4 series, the same ranges', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-chart-'));
  try {
    const spec = buildPlaceForecast({ year: 2024 });
    const input = path.join(dir, 'forecast.xlsx');
    fs.writeFileSync(input, await writeTemplateXlsx(spec));
    const out = recalcWithLibreOffice(input, path.join(dir, 'lo'), path.join(dir, 'profile'));
    const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = strFromU8(files[charts[0]]);
    expect(xml).toContain('<c:lineChart>');
    const refs = [...xml.matchAll(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/\$/g, ''));
    expect(refs).toEqual(spec.charts[0].series.map((s) => `'${spec.name}'!${s.values}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
