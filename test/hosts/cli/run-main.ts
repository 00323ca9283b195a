/** The plan-metrics command in process: main() with its output and errors captured. */
import { main, type Io } from '../../../src/hosts/cli/main';

/**
 * Runs `plan-metrics <argv…>` through main().
 * @example
 * await runMain('eval', '=EDU.PER100(21,500)'); // { code: 0, out: '4.2', err: '' }
 */
export async function runMain(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
