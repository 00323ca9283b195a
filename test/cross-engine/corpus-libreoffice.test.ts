/**
 * No cached value spoiled (issue 15): every formula cell of the corpus whose saved value
 * LibreOffice reproduces when it recalculates the same file keeps that value through fill.
 * Before issue 15 this counted 14 cells (SUBTOTAL over SUBTOTALs, structured references, `=#NULL!`,
 * `=""""`); LibreOffice is the oracle because XlsxWriter saves a placeholder 0 for its formulas.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFile, corpusFiles, CORPUS_DIR } from '../corpus/corpus-check';
import { recalcManyWithLibreOffice, soffice } from './libreoffice';

jest.setTimeout(900_000);
const haveLO = soffice() !== null;

(haveLO ? test : test.skip)('fill spoils no cached value that LibreOffice reproduces', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-lo-'));
  try {
    // One soffice run per file would take minutes: copy them flat and convert them all at once.
    const flat = path.join(dir, 'in');
    fs.mkdirSync(flat);
    const files = corpusFiles();
    const inputs = files.map((f) => path.join(flat, f.replace(/\//g, '__')));
    files.forEach((f, i) => fs.copyFileSync(path.join(CORPUS_DIR, f), inputs[i]));
    const out = path.join(dir, 'out');
    recalcManyWithLibreOffice(inputs, out, path.join(dir, 'profile'));
    const spoiled: string[] = [];
    let compared = 0;
    for (const f of files) {
      const oracle = path.join(out, f.replace(/\//g, '__'));
      if (!fs.existsSync(oracle)) continue;
      compared++;
      spoiled.push(...checkFile(f, oracle).spoiled.map((s) => `${f} ${s}`));
    }
    expect(compared).toBe(files.length);
    expect(spoiled).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
