/**
 * One LibreOffice recalculation as its own process, for the runner to time under /usr/bin/time:
 * reuses test/cross-engine/libreoffice.ts (a profile forcing recalculation on load) and prints how
 * long soffice itself took, so ts-node's start-up is not counted.
 * Usage: npx ts-node --transpile-only bench/lo-recalc.ts <in.xlsx> <outDir> <profileDir>
 */
import { recalcWithLibreOffice } from '../test/cross-engine/libreoffice';

const [input, outDir, profileDir] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const out = recalcWithLibreOffice(input, outDir, profileDir);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ out, ms, wrapperMaxRssKB: process.resourceUsage().maxRSS }) + '\n');
