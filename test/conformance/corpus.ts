import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusCase {
  source: Source;
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
  /** Nosey Parker and Kingfisher: the peer's provider and rule title. */
  provider?: string;
  name?: string;
  /** A tp of a rule that finds something that is not a credential (key ids, hosts, public keys): scored apart. */
  nonSecret?: string;
  /** An fp the peer itself marks "should match", or one holding another rule's real token: scored apart. */
  contested?: string;
}

export const SOURCES = ['gitleaks', 'secretlint', 'detect-secrets', 'noseyparker', 'kingfisher'] as const;
export type Source = (typeof SOURCES)[number];

/** Where the peer corpus is (`SECRET_HYGIENE_CORPUS`, else ../shared/corpus), and whether it is there. */
export function corpusDir(): { dir: string; found: boolean } {
  const dir = process.env.SECRET_HYGIENE_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  return { dir, found: existsSync(dir) };
}

export function loadCorpus(dir: string): CorpusCase[] {
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
  // `user:pass@` is the canonical documentation pair in URLs (issue #12 names `http://user:pass@host.com`).
  if (/:\/\/user(?:name)?:pass(?:word)?@/i.test(value)) return true;
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

/**
 * Why a case is scored apart from the gated figures, or undefined when it counts. The README's labels
 * (`nonSecret`, `contested`), the product's placeholder definition (above), and for Kingfisher two kinds of
 * example an engine may rightly skip: made-up values and a keyword glued to its value.
 */
export function apartReason(c: CorpusCase): string | undefined {
  if (c.nonSecret) return 'nonSecret';
  if (c.contested) return 'contested';
  if (c.kind !== 'tp') return undefined;
  if (isPlaceholderValued(c)) return 'placeholder-valued';
  if (c.source === 'kingfisher' && isMadeUpValue(c)) return 'made-up value';
  if (c.source === 'kingfisher' && isGluedToKeyword(c)) return 'keyword glued to value';
  return undefined;
}

/**
 * Kingfisher's examples often hold typed values rather than generated ones: `abcdef…`, `123456…`,
 * `qwerty…`, the alphabet in order (whole, in blocks, or interleaved with digits), one character or a
 * short unit repeated, the well-known example UUID. The test is on the case text (these cases state no
 * secret), written from the README's description.
 */
export function isMadeUpValue(c: CorpusCase): boolean {
  const text = c.secret ?? c.text;
  if (typeof text !== 'string') return false;
  return (
    /abcdef|123456|qwerty|zyxw|9876|([A-Za-z0-9])\1{5,}/i.test(text) ||
    hasAscendingRun(text, 6) ||
    hasTypedBlocks(text) ||
    // A short unit typed over and over: `xyzxyzxyz…`, `ab12ab12ab12…`.
    /([A-Za-z0-9]{2,8})\1{3,}/.test(text) ||
    // The example UUID of RFC 4122's Wikipedia page and countless docs.
    /123e4567-e89b-12d3-a456-4266141740/i.test(text)
  );
}

/**
 * The alphabet and the digits typed in order, in blocks: `abcd1234efgh5678…` (two ascending runs of
 * four or more) or interleaved, `a1b2c3d4…` (every other character ascending, four times over). A
 * random token holds either by chance with odds far below one in a million.
 */
function hasTypedBlocks(value: string): boolean {
  let runs = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) - value.charCodeAt(i - 1) === 1 && /[A-Za-z0-9]/.test(value[i]!)) run++;
    else {
      if (run >= 4) runs++;
      run = 1;
    }
  }
  if (runs >= 2) return true;
  for (let i = 0; i + 7 < value.length; i++) {
    let stride = true;
    for (let k = i; k + 2 <= i + 7 && stride; k++) stride = value.charCodeAt(k + 2) - value.charCodeAt(k) === 1 && /[A-Za-z0-9]/.test(value[k]!);
    if (stride) return true;
  }
  return false;
}

/**
 * The provider's keyword runs straight into the value with no assignment (`squarespace-secret-123e…`):
 * no operator, quote or space anywhere in the case, and the provider's name in it.
 */
export function isGluedToKeyword(c: CorpusCase): boolean {
  const text = c.text;
  if (typeof text !== 'string' || !c.provider || /[=:\s,"'<>()]/.test(text.trim())) return false;
  return text.toLowerCase().replace(/[^a-z0-9]/g, '').includes(c.provider.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
