/**
 * No cached value spoiled (issue 15): every formula cell of the corpus's CI subset (issue 25:
 * about thirty files across the five sources; `npm run corpus` runs all 982) whose saved value
 * LibreOffice reproduces when it recalculates the same file keeps that value through fill.
 * Before issue 15 this counted 14 cells (SUBTOTAL over SUBTOTALs, structured references, `=#NULL!`,
 * `=""""`); LibreOffice is the oracle because XlsxWriter saves a placeholder 0 for its formulas.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFile, CI_FILES, CORPUS_DIR } from '../corpus/corpus-check';
import { recalcManyWithLibreOffice, soffice } from './libreoffice';

jest.setTimeout(900_000);
const haveLO = soffice() !== null;

/**
 * Spoiled today, by the engine's functions (not by reading or patching the file): issue 25 items
 * 3 and 5 ("compute what is proven, keep the rest") own them. Listed so that no new one slips in;
 * a cell that stops being spoiled is simply no longer reported.
 */
const KNOWN = new Set([
  // FLOOR.MATH with mode −1: Excel saved −23 and LibreOffice agrees; fill gives −24.
  'closedxml/TryToLoad/LO/xlsx/ceiling-floor.xlsx Sheet1!D54 =_xlfn.FLOOR.MATH(D$1,$A3,-1) -23 → -24',
  'closedxml/TryToLoad/LO/xlsx/ceiling-floor.xlsx Sheet1!D56 =_xlfn.FLOOR.MATH(D$1,A$5,-1) -23 → -24',
  // Complex numbers are text of 15 significant digits in Excel; HyperFormula writes 17.
  'poi/spreadsheet/atp.xlsx Sheet1!B6 =IMLN(B2) "1.497866136777+1.10714871779409i" → "1.4978661367769956+1.1071487177940904i"',
  'poi/spreadsheet/atp.xlsx Sheet1!B7 =IMEXP(B2) "-4.82980938326939-5.59205609364098i" → "-4.829809383269385-5.5920560936409816i"',
]);

(haveLO ? test : test.skip)('fill spoils no cached value that LibreOffice reproduces', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-lo-'));
  try {
    // One soffice run per file would take minutes: copy them flat and convert them all at once.
    const flat = path.join(dir, 'in');
    fs.mkdirSync(flat);
    // The CI subset; `npm run corpus` runs all of them (bench/corpus.ts). Refusals have no copy to compare.
    const files = CI_FILES.filter((f) => !/pass_protected|issue_530|encrypt|invalid\.xlsx/.test(f));
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
    expect(spoiled.filter((s) => !KNOWN.has(s))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
