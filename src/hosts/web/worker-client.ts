/**
 * The page's side of the worker: starts it from a Blob URL of its bundled source (a worker script
 * loaded from file:// is refused by Chromium; a blob: one is not, and the CSP names blob: for
 * workers only), and turns requests into promises with progress callbacks.
 */
import workerSource from 'pm-web-worker-source';
import type { JobReply, JobRequest } from './protocol';
import type { CheckedPart, CollectOutcome, FilledPart } from './jobs';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Progress = (fraction: number, stage: string) => void;

/** Runs jobs on one worker, one after another as the worker takes them. */
export class JobRunner {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: JobReply) => void; progress: (f: number, stage: string) => void; filled?: (p: FilledPart) => void }>();

  /**
   * @example
   * const jobs = new JobRunner();
   * const r = await jobs.template({ name: 'plan-tracker', lang: 'zh' });
   */
  constructor() {
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.worker = new Worker(url);
    this.worker.onmessage = (ev: MessageEvent<JobReply>) => {
      const m = ev.data;
      const w = this.waiting.get(m.id);
      if (!w) return;
      if (m.kind === 'progress') w.progress(m.fraction, m.stage);
      else if (m.kind === 'filled') w.filled?.(m.part);
      else {
        this.waiting.delete(m.id);
        w.resolve(m);
      }
    };
    this.worker.onerror = (ev) => {
      // A worker that cannot start (a browser too old for its syntax) fails every waiting job.
      for (const [id, w] of this.waiting) w.resolve({ id, kind: 'error', message: `计算线程出错：${ev.message} / the worker failed: ${ev.message}` });
      this.waiting.clear();
    };
  }

  /**
   * Fills a workbook on the worker: `filled` gets the workbook as soon as it is made; the promise
   * resolves with the check and report.html.
   * @example const r = await jobs.fill({ name: 'a.xlsx', bytes, valuesOnly: false }, (f) => (bar.value = f), (p) => offer(p.workbook));
   */
  fill(req: Omit<Extract<JobRequest, { kind: 'fill' }>, 'id' | 'kind'>, progress: Progress, filled: (p: FilledPart) => void): Promise<CheckedPart> {
    return this.post({ ...req, kind: 'fill' }, [req.bytes.buffer as ArrayBuffer], progress, filled) as Promise<CheckedPart>;
  }

  /** Collects returns on the worker. @example const r = await jobs.collect({ files }, (f) => (bar.value = f)); */
  collect(req: Omit<Extract<JobRequest, { kind: 'collect' }>, 'id' | 'kind'>, progress: Progress): Promise<CollectOutcome> {
    return this.post({ ...req, kind: 'collect' }, req.files.map((f) => f.bytes.buffer as ArrayBuffer), progress) as Promise<CollectOutcome>;
  }

  /** Writes a template on the worker. @example const r = await jobs.template({ name: 'plan-tracker', lang: 'zh' }); */
  template(req: Omit<Extract<JobRequest, { kind: 'template' }>, 'id' | 'kind'>): Promise<{ workbook: Uint8Array; sheets: string[] }> {
    return this.post({ ...req, kind: 'template' }, [], () => undefined) as Promise<{ workbook: Uint8Array; sheets: string[] }>;
  }

  /** Posts a job (its bytes transferred, not copied); resolves with its result, rejects with its error (Chinese / English). */
  private post(req: DistributiveOmit<JobRequest, 'id'>, transfer: ArrayBuffer[], progress: Progress, filled?: (p: FilledPart) => void): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { progress, filled, resolve: (m) => (m.kind === 'error' ? reject(new Error(m.message)) : resolve((m as { result?: unknown }).result)) });
      this.worker.postMessage({ ...req, id }, transfer);
    });
  }
}
