/**
 * A defined name that refers to a blank cell is blank, as in Excel — not 0. HyperFormula computes
 * each named expression as a formula on a hidden sheet (-1), and its evaluateNullToZero (which this
 * product sets so a formula cell showing a blank reads 0, as Excel shows it) turned the name's blank
 * into 0 there: `IF(Override_URL<>"",Override_URL,…)` with Override_URL → a blank cell then took
 * the blank for a value (0 <> "" is TRUE) and wrote 0 — ClosedXML's DrawingSizeInPx.xlsx,
 * 'International Settings'!A21:A23, where Excel saved the URL of the other branch. Excel compares
 * the blank as "" (Microsoft, "Define and use names in formulas": a name stands for the cell it
 * refers to). A cell `=Name` still shows 0: the cell's own formula gives the blank, which
 * evaluateNullToZero makes 0 as before. Only the evaluator's one method is wrapped, on the class,
 * once per process (workbooks are computed while they are built).
 */
import { HyperFormula } from 'hyperformula';

type Evaluate = (this: unknown, ast: unknown, state: { formulaAddress?: { sheet: number } }) => unknown;

/** The hidden sheet HyperFormula keeps named expressions on (NamedExpressions.SHEET_FOR_WORKBOOK_EXPRESSIONS). */
const NAMES_SHEET = -1;

let applied = false;

/**
 * Makes a name's blank stay blank in every engine built after (idempotent). A HyperFormula whose
 * evaluator is not where it was is refused loudly.
 * @example
 * namesAsExcel(); // then =IF(Blank_Name<>"",1,2) is 2, as in Excel
 */
export function namesAsExcel(): void {
  if (applied) return;
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    const evaluator = (probe as unknown as { _evaluator?: { interpreter?: { evaluateAst?: unknown } } })._evaluator;
    const proto = evaluator && (Object.getPrototypeOf(evaluator) as { evaluateAstToCellValue?: Evaluate });
    const original = proto?.evaluateAstToCellValue;
    if (!evaluator || !proto || typeof original !== 'function' || typeof evaluator.interpreter?.evaluateAst !== 'function') {
      throw new Error('HyperFormula 的求值器已改变，无法让名称保留空白 / HyperFormula\'s evaluator changed: cannot keep a name\'s blank');
    }
    proto.evaluateAstToCellValue = function (this: { interpreter: { evaluateAst: (a: unknown, s: unknown) => unknown } }, ast, state) {
      if (state?.formulaAddress?.sheet !== NAMES_SHEET) return original.call(this, ast, state);
      // The name's value as computed, a blank included (a range stays a range, as before).
      return this.interpreter.evaluateAst(ast, state);
    } as Evaluate;
    applied = true;
  } finally {
    probe.destroy();
  }
}
