import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusCase {
  source: 'gitleaks' | 'secretlint' | 'detect-secrets';
  rule: string;
  kind: 'tp' | 'fp';
  text?: string;
  text_base64?: string;
  filename?: string;
  path?: string;
  config_dependent?: boolean;
  policy?: boolean;
  directive?: boolean;
  cross_type_negative?: boolean;
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
