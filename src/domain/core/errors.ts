/**
 * The one error type of the core. Every failure a user can cause — a blank where a number belongs,
 * an unknown indicator, ranges of different sizes — becomes a MetricError carrying the Excel error
 * code it shows as and a message in Chinese then English. Adapters turn it into an Excel error
 * (CustomFunctions.Error, a HyperFormula CellError); the core never throws anything else on bad input.
 */

import { bilingual, type Bilingual } from './message';

/** The Excel error codes the core produces. Only #VALUE! and #N/A carry a message in Excel. */
export type ErrorCode = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!';

export class MetricError extends Error implements Bilingual {
  /** The Excel error this shows as. */
  readonly code: ErrorCode;
  /** The Chinese half of the message. */
  readonly zh: string;
  /** The English half of the message. */
  readonly en: string;

  /**
   * @example
   * const e = new MetricError('#DIV/0!', '学生数为0', 'student count is 0');
   * e.message; // '学生数为0 / student count is 0'
   */
  constructor(code: ErrorCode, zh: string, en: string) {
    super(bilingual({ zh, en }));
    this.name = 'MetricError';
    this.code = code;
    this.zh = zh;
    this.en = en;
  }
}

/**
 * True when `x` is a MetricError (also across bundles, where `instanceof` can fail).
 * @example
 * isMetricError(new MetricError('#N/A', '无', 'none')); // true
 * isMetricError(new Error('x'));                        // false
 */
export function isMetricError(x: unknown): x is MetricError {
  return x instanceof MetricError || (typeof x === 'object' && x !== null && (x as { name?: unknown }).name === 'MetricError');
}
