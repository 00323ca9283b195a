/**
 * The shapes the fast evaluator's three parts share — a parsed formula's nodes (parse-formula.ts),
 * a built-in's entry (builtins.ts) and the cells a formula reads (eval-node.ts) — kept apart so that
 * none of the three imports another in a circle.
 */
import type { FunctionSpec } from '../../domain/edu/table';
import type { Val } from '../excel/semantics/values';
import type { CallArg } from './formula-cursor';

export type RefArg = Exclude<CallArg, { kind: 'literal' }>;

/** A node of a parsed formula. References are the formula's own (moved by dRow when evaluated). */
export type Node =
  | { t: 'lit'; v: number | string | boolean | null }
  | { t: 'ref'; a: Extract<CallArg, { kind: 'cell' }> }
  | { t: 'range'; a: Extract<CallArg, { kind: 'range' }> }
  | { t: 'neg' | 'plus' | 'pct'; a: Node }
  | { t: 'op'; op: BinOp; a: Node; b: Node }
  | { t: 'fn'; name: string; args: Node[]; impl: Builtin }
  | { t: 'edu'; spec: FunctionSpec; args: Node[] };

export type BinOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/**
 * A built-in: its argument counts and how it computes. Which arguments may be ranges is the rule
 * book's (takesRange, src/engine/excel/semantics/proven.ts), for both routes.
 */
export interface Builtin {
  min: number;
  max: number;
  /** SUMPRODUCT: arguments are computed element by element over their ranges. */
  arrays?: boolean;
  /** ISERROR & co.: inside SUMPRODUCT, applied to each element of its argument. */
  each?: (v: Val) => Val;
  fn: (args: Node[], env: Env) => Val;
}

/** The cells a formula reads: valueAt(row, col) as HyperFormula holds them; dRow moves relative rows. */
export interface Env {
  valueAt: (row: number, col: number) => Val;
  dRow: number;
}
