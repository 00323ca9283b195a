/**
 * Excel's coercion and comparison where HyperFormula's differ and no configuration reaches them:
 * the empty text "" is #VALUE! in arithmetic and a function's number argument (the rule book's
 * `emptyTextNumber`, ../excel/semantics/coercion.ts; HyperFormula's ArithmeticHelper reads it as
 * 0), and two numbers compare equal within the rule book's COMPARE_EPSILON (../excel/semantics/
 * numbers.ts `floatCmp`), not HyperFormula's precisionEpsilon, which stays for sums. Every operator
 * (+ − * / ^, unary − and %) and every NUMBER parameter of every plugin goes through the helper's
 * coerceScalarToNumberOrError, so that method is wrapped, and floatCmp replaced — on the class, once per process,
 * because a workbook is computed while it is built (before an instance could be patched).
 */
import { CellError, ErrorType, HyperFormula } from 'hyperformula';
import { emptyTextNumber } from '../excel/semantics/coercion';
import { floatCmp } from '../excel/semantics/numbers';

/** A number, or an ExtendedNumber's (a date's, a percent's) in `val`. */
const raw = (v: unknown): number => (typeof v === 'number' ? v : (v as { val: number }).val);

type Coerce = (this: unknown, arg: unknown) => unknown;

let applied = false;

/**
 * Gives HyperFormula's arithmetic Excel's empty-text rule (idempotent). A HyperFormula whose helper
 * is not where it was is refused loudly rather than computing "" as 0 silently.
 * @example
 * coerceAsExcel(); // then =""+1 is #VALUE! in every engine built after
 */
export function coerceAsExcel(): void {
  if (applied) return;
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    const helper = (probe as unknown as { _evaluator?: { interpreter?: { arithmeticHelper?: object } } })._evaluator?.interpreter?.arithmeticHelper;
    const proto = helper && (Object.getPrototypeOf(helper) as { coerceScalarToNumberOrError?: Coerce });
    const original = proto?.coerceScalarToNumberOrError;
    if (!proto || typeof original !== 'function') {
      throw new Error('HyperFormula 的 ArithmeticHelper 已改变，无法按 Excel 的规则转换空文本 / HyperFormula\'s ArithmeticHelper changed: cannot give "" Excel\'s #VALUE!');
    }
    proto.coerceScalarToNumberOrError = function (this: unknown, arg: unknown) {
      return emptyTextNumber(arg) ? new CellError(ErrorType.VALUE, '空文本不是数字 / the empty text "" is not a number') : original.call(this, arg);
    };
    // Comparisons (=, <, >=, … and HyperFormula's own criteria) at the rule book's tolerance.
    const cmp = proto as { floatCmp?: (l: unknown, r: unknown) => number };
    if (typeof cmp.floatCmp !== 'function') {
      throw new Error('HyperFormula 的 ArithmeticHelper 已改变，无法按 Excel 的精度比较 / HyperFormula\'s ArithmeticHelper changed: cannot compare at Excel\'s precision');
    }
    cmp.floatCmp = (l: unknown, r: unknown) => floatCmp(raw(l), raw(r));
    applied = true;
  } finally {
    probe.destroy();
  }
}
