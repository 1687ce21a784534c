/**
 * The raw material of generated inputs: what the rules look for (their own samples and keywords) and
 * the text that surrounds secrets in real files (PEM armour, quotes, escapes, indentation, config
 * structure). Read from `builtinRules` at run time, so every rule added later is fuzzed too.
 */
import { builtinRules } from '@secret-hygiene/core';

const unique = (values: string[]): string[] => [...new Set(values)].filter((value) => value.length > 0);

/** Every rule's match and no-match samples: the shapes each regex was written for. */
export const RULE_SAMPLES: readonly string[] = unique(builtinRules.flatMap((rule) => [...rule.samples.match, ...rule.samples.noMatch].map((sample) => sample.text)));

/** Every rule's keywords, as written and upper-cased (most keywords match case-insensitively). */
export const RULE_KEYWORDS: readonly string[] = unique(builtinRules.flatMap((rule) => rule.keywords.flatMap((keyword) => [keyword, keyword.toUpperCase()])));

/** RFC 7468 / RFC 4880 armour labels, whole and cut: private-key rules backtrack over what lies between them. */
const PEM_LABELS = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PGP PRIVATE KEY BLOCK', 'CERTIFICATE', 'PUBLIC KEY'];
export const PEM_MARKERS: readonly string[] = [
  ...PEM_LABELS.flatMap((label) => [`-----BEGIN ${label}-----`, `-----END ${label}-----`]),
  '-----BEGIN',
  '-----END',
  'PRIVATE KEY-----',
  '-----',
  'Proc-Type: 4,ENCRYPTED',
  'DEK-Info: AES-128-CBC,',
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Private-Lines: 1',
];

/** Quotes, escapes (the two characters `\n` as JSON writes a newline), separators, brackets and whitespace. */
export const PUNCTUATION: readonly string[] = [
  '"', "'", '`', '\\', '\\n', '\\r\\n', '\\"', '\\\\', '\\u0022', '\\t', '\n', '\r\n', '\r', '\t', ' ', '  ', '    ', '        ',
  '=', ':', ': ', ' = ', ':=', '=>', ',', ';', '{', '}', '[', ']', '(', ')', '<', '>', '/', '//', '#', '--', '-', '_', '.', '..',
  '@', '%', '&', '?', '|', '$', '${', '}}', '${{', '$(', '+', '*', '~', '!', '^', '\u0000', '\u00a0', '\u200b', '\ufeff', '\u2028',
];

/** Lines of the files secrets live in: YAML, JSON, dotenv, shell, HTTP, XML. */
export const STRUCTURE: readonly string[] = [
  'key: |\n', 'key: |-\n', 'key: >\n', 'value: |\n  ', '- ', '  - name: x\n', '---\n', 'data:\n  ', 'stringData:\n  ', 'apiVersion: v1\nkind: Secret\n',
  'env:\n  ', 'password: ', 'token: ', 'secret: ', 'api_key = ', 'export API_TOKEN=', 'PASSWORD=', 'client_secret: ', 'private_key: ',
  '{"servers": {"x": {"env": {"TOKEN": "', '"headers": {"Authorization": "Bearer ', '"args": ["--token=', '"mcpServers": {', '"private_key": "',
  'Authorization: Basic ', 'Authorization: Bearer ', 'curl -u ', 'curl -H "Authorization: token ', 'https://user:', '@example.com/', 'postgres://admin:',
  '<password>', '</password>', '<option name="password" value="', '//registry.npmjs.org/:_authToken=', 'machine example.com login x password ',
  '[default]\naws_access_key_id = ', 'aws_secret_access_key = ', 'permissions: write-all', 'scopes: ["repo", "admin:org"]', 'scope=https://www.googleapis.com/auth/drive',
];

/** Characters of token bodies: base64 (standard and URL-safe) and hex. */
export const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-';
export const HEX_CHARS = '0123456789abcdef';
