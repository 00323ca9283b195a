/**
 * The seed of every property test (fast-check), from the environment: FC_SEED=<integer> replays a
 * run, unset keeps each test's own fixed seed (so a local run is repeatable). .ci/run sets a fresh
 * FC_SEED for every CI run and prints it, so CI explores new cases and a failure can be replayed.
 * Used as a Jest setup file (it sets fast-check's global seed for properties that name none) and
 * imported by the tests that name one.
 */
import fc from 'fast-check';

/** FC_SEED as a 32-bit integer, or undefined when unset or empty. */
export function envSeed(): number | undefined {
  const s = process.env.FC_SEED?.trim();
  if (!s) return undefined;
  const n = Number(s);
  if (!Number.isInteger(n)) throw new Error(`FC_SEED must be an integer, not "${s}"`);
  return n | 0;
}

/**
 * The seed a property test runs with: FC_SEED when set, else the test's own.
 * @example
 * fc.assert(prop, { numRuns: 400, seed: fcSeed(20261123) });
 */
export function fcSeed(fixed: number): number {
  return envSeed() ?? fixed;
}

const seed = envSeed();
if (seed !== undefined) fc.configureGlobal({ seed });
