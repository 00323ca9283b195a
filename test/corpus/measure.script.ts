// Counts over the corpus (run: LO_DIR=<LibreOffice-recalculated copies> npx ts-node --transpile-only test/corpus/measure.script.ts).
import * as path from 'path';
import { checkFile, corpusFiles } from './corpus-check';
const lo = process.env.LO_DIR;
let spoiled = 0, crashed = 0, refused = 0, parts = 0, values = 0, files = 0;
for (const f of corpusFiles()) {
  const o = checkFile(f, lo ? path.join(lo, path.basename(f)) : undefined);
  files++;
  spoiled += o.spoiled.length; parts += o.changedParts.length; values += o.changedValues.length;
  if (o.crashed) { crashed++; console.log('CRASH', f, o.crashed.split('\n')[0]); }
  if (o.refused) { refused++; console.log('REFUSED', f, o.refused); }
  for (const s of o.spoiled.slice(0, 3)) console.log('SPOILED', f, s);
  for (const p of o.changedParts) console.log('PART', f, p);
}
console.log(JSON.stringify({ files, crashed, refused, spoiled, changedParts: parts, changedValues: values }));
