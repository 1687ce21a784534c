import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusCase {
  source: 'gitleaks' | 'secretlint' | 'detect-secrets';
  rule: string;
  kind: 'tp' | 'fp';
  text?: string | null;
  text_base64?: string;
  filename?: string;
  path?: string;
  config_dependent?: boolean;
  policy?: boolean;
  directive?: boolean;
  cross_type_negative?: boolean;
  /** The secret inside `text`, when the peer states it. */
  secret?: string;
}

export const SOURCES = ['gitleaks', 'secretlint', 'detect-secrets'] as const;

export function corpusDir(): string {
  const dir = process.env.SECRET_HYGIENE_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  if (!existsSync(dir)) throw new Error(`peer corpus not found at ${dir} (set SECRET_HYGIENE_CORPUS)`);
  return dir;
}

export function loadCorpus(): CorpusCase[] {
  const dir = corpusDir();
  return SOURCES.flatMap((source) =>
    readFileSync(join(dir, `${source}-cases.jsonl`), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return JSON.parse(line) as CorpusCase;
        } catch (error) {
          throw new Error(`${source}-cases.jsonl line ${i + 1}: ${(error as Error).message}`);
        }
      }),
  );
}

/** Cases that only hold under a peer's non-default configuration or another rule's scope. */
export function isFlagged(c: CorpusCase): boolean {
  return Boolean(c.config_dependent || c.policy || c.directive || c.cross_type_negative);
}

/**
 * Cases whose secret is a placeholder by the product's own definition (issue #2: "`xxxx…`, `<YOUR_KEY>`,
 * `your-key-here`, `changeme`, repeated or sequential characters, AWS's documented AKIAIOSFODNN7EXAMPLE").
 * The peers disagree here — detect-secrets and secretlint test their formats with `AKIAZZZZ…` and
 * `hf_xxxx…`, gitleaks lists `ghp_xxxx…` as must-not-report — and the product filters them, so such tp
 * cases are reported apart (with their own recall), never silently dropped; every fp case still counts.
 * The test is written from that definition, independently of the engine's own filter.
 */
export function isPlaceholderValued(c: CorpusCase): boolean {
  const value = c.secret ?? c.text;
  if (typeof value !== 'string') return false; // binary cases (text_base64)
  if (/x{4,}|X{4,}|<YOUR[\w -]*>|your[-_ ]?\w{0,12}[-_ ]?here|changeme|AKIAIOSFODNN7EXAMPLE/i.test(value)) return true;
  // Private-key bodies legitimately hold runs such as `AAAAAAAA`: only the words above apply to them.
  if (value.includes('-----BEGIN')) return false;
  return /([A-Za-z0-9])\1{5,}/.test(value) || hasAscendingRun(value, 8);
}

function hasAscendingRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = step === 1 && /[A-Za-z0-9]/.test(value[i]!) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}
