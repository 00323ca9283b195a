/**
 * The messages between the page and its worker. Only plain data crosses (bytes are transferred,
 * not copied); an error crosses as its message, which is Chinese then English like every message
 * of the engine.
 */
import type { CheckedPart, CollectOutcome, FilledPart } from './jobs';

/** A request from the page. */
export type JobRequest =
  | { id: number; kind: 'fill'; name: string; bytes: Uint8Array; valuesOnly: boolean; plan?: string }
  | { id: number; kind: 'collect'; files: { name: string; bytes: Uint8Array }[]; plan?: string }
  | { id: number; kind: 'template'; name: string; lang: 'zh' | 'en'; plan?: string };

/** What the worker posts back: progress, then one result (a fill: its workbook first) or one error. */
export type JobReply =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  | { id: number; kind: 'filled'; part: FilledPart }
  | { id: number; kind: 'fill'; result: CheckedPart }
  | { id: number; kind: 'collect'; result: CollectOutcome }
  | { id: number; kind: 'template'; result: { workbook: Uint8Array; sheets: string[] } }
  | { id: number; kind: 'error'; message: string };

/**
 * An error as one line for the page: the engine's errors already read 「中文 / English」; anything
 * else (a bug) is said to be one, in both languages, without a stack trace.
 * @example errorText(new Error('找不到 / not found')); // '找不到 / not found'
 */
export function errorText(e: unknown): string {
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  return `内部错误：${e instanceof Error ? e.message : String(e)} / internal error`;
}
