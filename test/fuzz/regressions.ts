/**
 * Inputs the fuzzer found slow, minimised and kept as regression cases in test/fuzz/regressions/
 * (`<short hash>.json`), replayed by fuzz.test.ts. A file may hold `text`, or `text_base64` (UTF-8)
 * for cases written by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegressionCase {
  path: string;
  text?: string;
  text_base64?: string;
  /** ISO date the fuzzer found it. */
  found: string;
  /** Time of the minimised input when found (a lower bound when it hung: the watchdog's limit). */
  msBefore: number;
  hung?: boolean;
  budgetMs?: number;
  /** What was slow: rule ids, or the document stage. */
  cause?: string;
  /** A masked description of the text (describeShape). */
  shape?: string;
  /** The generated input it was minimised from (`npm run fuzz -- --seed S --only I` regenerates it). */
  origin?: { seed: number; index: number; bytes: number; ms: number };
}

export interface LoadedCase extends RegressionCase {
  file: string;
  input: string;
}

export class RegressionFileError extends Error {
  override readonly name = 'RegressionFileError';
}

export const REGRESSIONS_DIR = join(process.cwd(), 'test/fuzz/regressions');

export function caseId(path: string, text: string): string {
  return createHash('sha256').update(path).update('\0').update(text).digest('hex').slice(0, 12);
}

/** Writes the case (once: the name is its content's hash); returns the file name. */
export function saveRegression(entry: RegressionCase & { text: string }, dir = REGRESSIONS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = `${caseId(entry.path, entry.text)}.json`;
  writeFileSync(join(dir, file), `${JSON.stringify(entry, null, 2)}\n`);
  return file;
}

export function loadRegressions(dir = REGRESSIONS_DIR): LoadedCase[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((file) => {
    const where = join(dir, file);
    let entry: RegressionCase;
    try {
      entry = JSON.parse(readFileSync(where, 'utf8')) as RegressionCase;
    } catch (error) {
      throw new RegressionFileError(`${where}: not JSON (${(error as Error).message})`);
    }
    if (typeof entry.path !== 'string') throw new RegressionFileError(`${where}: "path" must be a string`);
    if (typeof entry.text !== 'string' && typeof entry.text_base64 !== 'string') throw new RegressionFileError(`${where}: needs "text" or "text_base64"`);
    const input = typeof entry.text === 'string' ? entry.text : Buffer.from(entry.text_base64!, 'base64').toString('utf8');
    return { ...entry, file, input };
  });
}
