/**
 * Synthetic credentials in each provider's documented format, random on every call (never from the
 * conformance corpus, never a real token). Checksummed formats get a valid checksum, so the scanner
 * reports them at full severity.
 */
import { randomInt } from 'node:crypto';
import { base62, crc32 } from '../../core/src/tokens/checksum.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const URL_SAFE = `${ALNUM}_-`;

export function randomOf(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

const digits = (n: number) => randomOf('0123456789', n);

/** `ghp_` + 30 random + base62 CRC32 (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/). */
function checksummed(prefix: string): string {
  const body = randomOf(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** Mixed-case letters with enough of each case to pass the Hugging Face rule's randomness check. */
function mixedLetters(length: number): string {
  for (;;) {
    const s = randomOf(LETTERS, length);
    if (s.replace(/[^A-Z]/g, '').length >= 7 && s.replace(/[^a-z]/g, '').length >= 7) return s;
  }
}

export const synthetic = {
  githubClassic: () => checksummed('ghp_'),
  githubOauth: () => checksummed('gho_'),
  githubUser: () => checksummed('ghu_'),
  githubInstallation: () => checksummed('ghs_'),
  githubFineGrained: () => `github_pat_${randomOf(ALNUM, 22)}_${randomOf(ALNUM, 59)}`,
  gitlab: () => `glpat-${randomOf(ALNUM, 20)}`,
  slackBot: () => `xoxb-${digits(11)}-${digits(12)}-${randomOf(ALNUM, 24)}`,
  slackUser: () => `xoxp-${digits(11)}-${digits(11)}-${digits(12)}-${randomOf('abcdef0123456789', 32)}`,
  npm: () => checksummed('npm_'),
  huggingface: () => `hf_${mixedLetters(34)}`,
  openaiProject: () => `sk-proj-${randomOf(URL_SAFE, 74)}T3BlbkFJ${randomOf(URL_SAFE, 74)}`,
  openaiAdmin: () => `sk-admin-${randomOf(URL_SAFE, 58)}T3BlbkFJ${randomOf(URL_SAFE, 58)}`,
  anthropic: () => `sk-ant-api03-${randomOf(URL_SAFE, 93)}AA`,
  anthropicAdmin: () => `sk-ant-admin01-${randomOf(URL_SAFE, 93)}AA`,
  stripeLive: () => `sk_live_${randomOf(ALNUM, 99)}`,
  stripeRestricted: () => `rk_live_${randomOf(ALNUM, 99)}`,
  googleApiKey: () => `AIza${randomOf(URL_SAFE, 35)}`,
  googleAccessToken: () => `ya29.${randomOf(URL_SAFE, 120)}`,
};
