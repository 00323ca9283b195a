/** `npm run sample`: writes assets/sample-county.xlsx from src/features/sample (deterministic). */
import * as fs from 'fs';
import * as path from 'path';
import { sampleWorkbook } from '../src/features/sample/workbook';

sampleWorkbook().then((buf) => {
  const out = path.resolve(__dirname, '../assets/sample-county.xlsx');
  fs.writeFileSync(out, buf);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${buf.length} bytes)`);
});
