/**
 * The web page's worker: runs the jobs of jobs.ts off the page's thread, so the page keeps
 * answering clicks and can draw its progress bar. The page starts it from a Blob URL (Chromium
 * refuses a worker script from file://); webpack.web.config.js builds this file first and puts the
 * result into the page's bundle as text.
 */
import { collectJob, fillInSteps, templateJob } from './jobs';
import { errorText, type JobReply, type JobRequest } from './protocol';

// A worker's global scope; the project's TypeScript lib is DOM's (Window), hence the narrow type.
const scope = self as unknown as {
  onmessage: ((ev: { data: JobRequest }) => void) | null;
  postMessage(message: JobReply, transfer?: ArrayBuffer[]): void;
};

scope.onmessage = (ev) => {
  void run(ev.data);
};

async function run(req: JobRequest): Promise<void> {
  const progress = (fraction: number, stage: string) => scope.postMessage({ id: req.id, kind: 'progress', fraction, stage });
  try {
    if (req.kind === 'fill') {
      // The workbook goes to the page first; the check and report.html follow.
      const { filled, finish } = fillInSteps(req.bytes, req.name, { valuesOnly: req.valuesOnly, plan: req.plan, progress });
      scope.postMessage({ id: req.id, kind: 'filled', part: filled }, [filled.workbook.buffer as ArrayBuffer]);
      scope.postMessage({ id: req.id, kind: 'fill', result: finish() });
    } else if (req.kind === 'collect') {
      const result = await collectJob(req.files, { plan: req.plan, progress });
      scope.postMessage({ id: req.id, kind: 'collect', result }, [result.workbook.buffer as ArrayBuffer]);
    } else {
      const result = await templateJob(req.name, { lang: req.lang, plan: req.plan });
      scope.postMessage({ id: req.id, kind: 'template', result }, [result.workbook.buffer as ArrayBuffer]);
    }
  } catch (e) {
    scope.postMessage({ id: req.id, kind: 'error', message: errorText(e) });
  }
}
