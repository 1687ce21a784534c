/**
 * Kubernetes Secret manifests committed with their values: `kind: Secret` with base64 `data:` or plain `stringData:`
 * entries. Base64 is an encoding, not encryption: https://kubernetes.io/docs/concepts/configuration/secret/
 * and https://kubernetes.io/docs/concepts/security/secrets-good-practices/ (use External Secrets, Sealed Secrets or SOPS).
 * One finding per value; the document must be a `Secret` (not `ExternalSecret`, `SopsSecret`, `SecretStore`).
 */
import type { Rule } from '../engine/types.js';

/** `kind: Secret` on its own line (any quoting), the document the value belongs to; tried where the line starts. */
const KIND_LINE = /[ \t]{0,8}["']?kind["']?[ \t]{0,3}:[ \t]{0,3}["']?[Ss]ecret["']?[ \t]*\r?$/my;
const KEY = String.raw`^[ \t]{1,24}["']?[\w.-]{1,253}["']?[ \t]{0,3}:[ \t]{0,3}`;

const KEYWORDS = ['kind: secret', "kind: 'secret'", 'kind: "secret"'];
const ROTATE = 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/';

/**
 * The rules below are anchored on the `kind: Secret` line: where a value can start is every indented
 * line of a `data:` (or `stringData:`) block in that line's YAML document (between `---` separators).
 * Each document is read once, for its first `kind` line; the value regexes then run once per entry
 * line. (Expressed as regex lookarounds — the header up to 100 lines above, `kind` up to 300 lines
 * away — the search took 46 s on one large manifest.)
 */
function blockEntries(block: 'data' | 'stringData'): (text: string, hit: number) => number[] {
  const header = new RegExp(String.raw`^[ \t]{0,8}["']?${block}["']?[ \t]{0,3}:[ \t]*\r?$`);
  // The text being scanned: its `---` separators, and the documents already listed (the engine asks
  // once per `kind` hit, in text order; a second `kind` line in a document adds nothing).
  let current: { text: string; separators: number[]; listed: Set<number> } | undefined;
  return (text, hit) => {
    const kindStart = lineStartBefore(text, hit);
    if (kindStart === -1) return [];
    KIND_LINE.lastIndex = kindStart;
    if (!KIND_LINE.test(text)) return [];
    if (current?.text !== text) current = { text, separators: separatorsOf(text), listed: new Set() };
    const [start, end] = documentAround(current.separators, kindStart, text.length);
    if (current.listed.has(start)) return [];
    current.listed.add(start);
    const entries: number[] = [];
    let inBlock = false;
    for (let at = start; at < end; ) {
      const lineBreak = text.indexOf('\n', at);
      const lineEnd = lineBreak === -1 || lineBreak > end ? end : lineBreak;
      const line = text.slice(at, lineEnd);
      const indented = line.startsWith(' ') || line.startsWith('\t');
      if (inBlock && indented) entries.push(at);
      if (header.test(line)) inBlock = true;
      else if (!indented) inBlock = false;
      at = lineEnd + 1;
    }
    return entries;
  };
}

/** The start of the line holding `hit` if at most 9 characters (indentation, a quote) precede it there, else -1. */
function lineStartBefore(text: string, hit: number): number {
  for (let at = hit; at >= Math.max(0, hit - 9); at--) {
    if (at === 0 || text.charCodeAt(at - 1) === 10) return at;
  }
  return -1;
}

/** Offsets of the line breaks that open a `---` line. */
function separatorsOf(text: string): number[] {
  const separators: number[] = [];
  for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 1)) separators.push(at);
  return separators;
}

/** [start, end) of the YAML document holding `at`, between the `---` lines around it. */
function documentAround(separators: number[], at: number, length: number): [number, number] {
  let lo = 0;
  let hi = separators.length; // first separator after `at`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (separators[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? separators[lo - 1]! : -1;
  return [before === -1 ? 0 : before + 1, lo < separators.length ? separators[lo]! : length];
}

export const rules: Rule[] = [
  {
    id: 'kubernetes-secret-data',
    provider: 'kubernetes',
    description: 'Kubernetes Secret manifest with a base64 value under data:',
    regex: new RegExp(
      String.raw`${KEY}(?:[|>][-+]?[ \t]*\r?\n[ \t]{1,32})?["']?(?<secret>[A-Za-z0-9+/]{12,8000}={0,2})["']?[ \t]*\r?$`,
      'm',
    ),
    keywords: KEYWORDS,
    anchored: { starts: blockEntries('data'), crossLines: true },
    severity: 'high',
    lifetime: 'unknown',
    entropy: 2.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: cTdLMm13WnA0eFI5\n',
          reason: 'kind before data',
        },
        {
          text: 'apiVersion: v1\ndata:\n  .dockerconfigjson: |\n    eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZV05ySzI5ME9uRTNTekp0In19fQ==\nkind: "Secret"\nmetadata:\n  name: regcred\n',
          reason: 'kind after data, block scalar',
        },
      ],
      noMatch: [
        { text: 'apiVersion: v1\nkind: Secret\ndata:\n  extra: YmFyCg==\n', reason: 'too short to matter' },
        {
          text: 'apiVersion: isindir.github.com/v1alpha3\nkind: SopsSecret\nspec:\n  data:\n    name1: cTdLMm13WnA0eFI5\n',
          reason: 'not a Secret',
        },
        { text: 'kind: Secret\ndata:\n  csrf: ""\n---\nkind: ConfigMap\ndata:\n  key: cTdLMm13WnA0eFI5\n', reason: 'other document' },
      ],
    },
  },
  {
    id: 'kubernetes-secret-string-data',
    provider: 'kubernetes',
    description: 'Kubernetes Secret manifest with a plain-text value under stringData:',
    regex: new RegExp(
      String.raw`${KEY}["']?(?<secret>[^\s"'{}|>#&*!%@\x60][^\r\n"']{6,498}[^\s"'])["']?[ \t]*\r?$`,
      'm',
    ),
    keywords: KEYWORDS,
    anchored: { starts: blockEntries('stringData'), crossLines: true },
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3,
    validate: ({ secret }) => !/^ENC\[/.test(secret),
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  DATABASE_PASSWORD: "Vq7rK2mwZp4xT9"\n',
          reason: 'stringData value',
        },
      ],
      noMatch: [
        { text: 'apiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.password }}\n', reason: 'template' },
        {
          text: 'kind: SopsSecret\nspec:\n  stringData:\n    db-password: ENC[AES256_GCM,data:O+5l4g==,type:str]\n',
          reason: 'SOPS-encrypted',
        },
      ],
    },
  },
];
