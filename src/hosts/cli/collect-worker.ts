/**
 * Worker thread of `plan-metrics collect`: reads the files it is sent and posts back what each
 * gives (rows and findings are plain data, so they cross the thread boundary as they are).
 */
import * as fs from 'fs';
import { parentPort } from 'worker_threads';
import { readReturn } from '../../features/collect/read-return';

parentPort?.on('message', (m: { i: number; path: string; name: string; options?: { gymInSpace?: boolean } }) => {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(m.path);
  } catch (e) {
    bytes = new Uint8Array(0);
    void e;
  }
  parentPort!.postMessage({ i: m.i, read: readReturn(bytes, m.name, m.options ?? {}) });
});
