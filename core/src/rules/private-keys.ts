/**
 * Private key material: PEM blocks (RFC 7468 labels: PRIVATE KEY, RSA/EC/DSA PRIVATE KEY, ENCRYPTED
 * PRIVATE KEY, OPENSSH PRIVATE KEY — https://www.rfc-editor.org/rfc/rfc7468), PGP secret key blocks
 * (RFC 4880 §6.2 armor "PGP PRIVATE KEY BLOCK"), PuTTY .ppk files, and raw secp256k1 (Ethereum) keys.
 * Keys never expire on their own: long-lived by nature.
 */
import { shannonEntropy } from '../engine/entropy.js';
import type { Rule } from '../engine/types.js';

/**
 * A block that closes after fewer base64 characters than this is whole and short: `private-key` parses
 * such a body (a small key is reported there); the header rule is for keys cut before their END line.
 */
const SHORT_BLOCK = 600;

function bodyCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47) count++;
  }
  return count;
}

/**
 * Everything between the BEGIN and END armor lines: any text without a run of five dashes, so the body
 * stops at the next armor line, whichever it is. Each character has exactly one way to be read (`[^-]`,
 * or a run of up to four dashes and the character after it), which keeps the search linear: the former
 * body (base64 characters, or `\n`, or a header line, one alternative overlapping the next) backtracked
 * exponentially on a BEGIN line followed by blank lines or `ab:cd` pairs (issue 17). What the body holds
 * (base64, header lines such as `Proc-Type:`, `\n` escapes) is `pemBodyIsKey`'s to judge.
 */
const PEM_BODY = String.raw`(?:[^-]|-{1,4}[^-]){40,16000}?`;

function pemBodyIsKey(match: string): boolean {
  const body = match
    .replace(/-----(?:BEGIN|END)[^-]{1,60}-----/g, '')
    .replace(/^[A-Za-z-]{2,20}:.*$/gm, '')
    .replace(/\\n|\\r|[\s"',+]/g, '');
  // A real key is hundreds of base64 characters of high entropy; docs show "..." or "xxx".
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body) && shannonEntropy(body) >= 4.5;
}

export const rules: Rule[] = [
  {
    id: 'private-key',
    provider: 'generic',
    description: 'Private key (PEM)',
    regex: new RegExp(
      String.raw`(?<secret>-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----${PEM_BODY}-----END[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----)`,
    ),
    keywords: ['-----begin'],
    window: { before: 0, after: 20000, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    validate: ({ secret }) => pemBodyIsKey(secret),
    samples: {
      match: [
        {
          text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBvQ2x7rW9pN3sYk4Zq8mT1cH6dL0aF5eJ2uV7iX9gR3wAAAJi1q0zctatM\n3AAAAAtzc2gtZWQyNTUxOQAAACBvQ2x7rW9pN3sYk4Zq8mT1cH6dL0aF5eJ2uV7iX9gR3w\n-----END OPENSSH PRIVATE KEY-----',
          reason: 'OpenSSH key',
        },
        {
          text: '"key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vq3mZ8sK2pXw\\nR4tN9bL1cY6hJ0fE5aD2gU7iO3kM8nQ1rS4vT6wX9yZ0aB3cD5eF7gH1iJ2kL4mN\\n-----END PRIVATE KEY-----\\n"',
          reason: 'JSON-escaped key (service account file)',
        },
      ],
      noMatch: [
        { text: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', reason: 'elided body in docs' },
        { text: '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----', reason: 'public key' },
      ],
    },
  },
  {
    id: 'private-key-header',
    provider: 'generic',
    description: 'Private key (PEM header; body not parsed)',
    // A key whose block is cut (truncated paste, diff context) or whose body uses an unusual layout.
    // A block that closes after a short run of body characters is `private-key`'s to judge: a small key
    // (Ed25519) or an example elided with `.`/`…` (`MIIEpQ…R. -----END`, in API docs), never a cut one.
    regex: /(?<secret>-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----)(?:\s|\\n){1,4}(?:[A-Za-z0-9+/]{40,4096}(?:[.…]{0,3}(?:\s|\\n){0,4}-----END)?|Proc-Type:)/,
    validate: ({ match, secret }) => {
      const end = match.indexOf('-----END', secret.length);
      return end === -1 || bodyCharacters(match.slice(secret.length, end)) >= SHORT_BLOCK;
    },
    keywords: ['-----begin'],
    window: { before: 0, after: 700, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    samples: {
      match: [{ text: 'some text\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8yFYkQ6jH7xv1p5a', reason: 'truncated key' }],
      noMatch: [
        { text: '-----BEGIN PRIVATE KEY-----\nxxx\n-----END PRIVATE KEY-----', reason: 'placeholder body' },
        {
          text: '/** For example, `-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAq8Lw2Zc7Rn4Vt1Hy6Ue9JkPd3Xb0Mf5Sa. -----END RSA PRIVATE KEY-----` */',
          reason: 'an elided example in a doc comment: the block closes after a few characters',
        },
      ],
    },
  },
  {
    id: 'putty-private-key',
    provider: 'generic',
    description: 'PuTTY private key (.ppk)',
    regex: /(?<secret>PuTTY-User-Key-File-[23]: [\w-]{3,30}\r?\n(?:[^\r\n]{0,200}\r?\n){1,40}?Private-Lines: \d{1,3}\r?\n[A-Za-z0-9+/=\r\n]{40,8000})/,
    keywords: ['putty-user-key-file-'],
    window: { before: 0, after: 12000, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    samples: {
      match: [
        {
          text: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIFq1\nPrivate-Lines: 1\nAAAAIG3rT8vN2qL5kX9wY1zB7dF4hJ6mP0sC8eA3uR5tG2iK\n',
          reason: 'unencrypted ppk',
        },
      ],
      noMatch: [{ text: 'PuTTY-User-Key-File-3: ssh-ed25519', reason: 'header only' }],
    },
  },
  {
    id: 'secp256k1-private-key',
    provider: 'generic',
    description: 'Raw secp256k1 private key (Ethereum-style 0x + 64 hex)',
    // Ethereum private keys are 32 bytes printed as 0x-prefixed hex; transaction hashes share the shape,
    // so the rule needs a key-ish word nearby or mixed-case hex (checksummed copy-paste from wallets).
    regex: /(?<![0-9A-Za-z])(?<secret>0x[0-9a-fA-F]{64})(?![0-9A-Za-z])/,
    keywords: ['0x'],
    severity: 'critical',
    lifetime: 'long-lived',
    validate: ({ secret, match }) => {
      const hex = secret.slice(2);
      return /[a-f]/.test(hex) && /[A-F]/.test(hex) ? shannonEntropy(hex) >= 3.5 : /priv|secret|wallet|mnemonic|signer/i.test(match);
    },
    samples: {
      match: [{ text: 'Oops, left this here 0xc3a1b4f09d2E7a6b5C8d9e0F1a2b3c4D5e6f7081928374655647382910aBcDeF!', reason: 'mixed-case hex key in prose' }],
      noMatch: [{ text: 'tx: 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', reason: 'lowercase hash without key context' }],
    },
  },
];
