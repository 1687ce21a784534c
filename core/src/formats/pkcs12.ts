/**
 * PKCS#12 keystores (`.p12`, `.pfx`; RFC 7292). A keystore holds a private key, usually behind a
 * password. Google Cloud's legacy service-account keys are PKCS#12 files with the fixed password
 * `notasecret` (https://cloud.google.com/iam/docs/keys-create-delete#creating — "P12 … password
 * notasecret"): anyone holding the file holds the key. We verify the file's MAC with that password —
 * no decryption — so only genuine, intact GCP keys are reported as credentials; any other keystore is
 * an `info` finding (a private key in the repository, protected by a password we do not know).
 */
import { sha256, toHex } from '../engine/hash.js';
import { fingerprintOf } from '../engine/finding.js';
import { reportedSeverity, type SeverityPolicy } from '../engine/severity.js';
import type { Finding, Severity, Lifetime } from '../engine/types.js';
import { hmac, SHA1, SHA256, SHA384, SHA512, type Hash } from '../tokens/hmac.js';
import { children, integer, oid, readTlv } from './der.js';

const KEYSTORE_PATH = /\.(?:p12|pfx)$/i;
const GCP_PASSWORD = 'notasecret';
const DIGESTS: Record<string, Hash> = {
  '1.3.14.3.2.26': SHA1,
  '2.16.840.1.101.3.4.2.1': SHA256,
  '2.16.840.1.101.3.4.2.2': SHA384,
  '2.16.840.1.101.3.4.2.3': SHA512,
};

export function isKeystorePath(path: string): boolean {
  return KEYSTORE_PATH.test(path);
}

interface Pfx {
  authSafe: Uint8Array;
  mac?: { hash: Hash | undefined; digest: Uint8Array; salt: Uint8Array; iterations: number };
}

function parsePfx(bytes: Uint8Array): Pfx {
  const [version, contentInfo, macData] = children(readTlv(bytes).value);
  if (!version || version.tag !== 0x02 || !contentInfo || contentInfo.tag !== 0x30) throw new Error('not a PKCS#12 PFX');
  const [, explicit] = children(contentInfo.value);
  if (!explicit || explicit.tag !== 0xa0) throw new Error('PFX without content');
  const octets = readTlv(explicit.value);
  if (octets.tag !== 0x04) throw new Error('PFX content is not an OCTET STRING');
  const pfx: Pfx = { authSafe: octets.value };
  if (macData) {
    const [digestInfo, salt, iterations] = children(macData.value);
    const [algorithm, digest] = children(digestInfo!.value);
    const [algorithmOid] = children(algorithm!.value);
    pfx.mac = {
      hash: DIGESTS[oid(algorithmOid!.value)],
      digest: digest!.value,
      salt: salt!.value,
      iterations: iterations ? integer(iterations.value) : 1,
    };
  }
  return pfx;
}

/** RFC 7292 Appendix B.2 key derivation, ID 3 (MAC key), for a key as long as the hash output. */
function macKey(hash: Hash, password: string, salt: Uint8Array, iterations: number): Uint8Array {
  const v = hash.block;
  const pass = new Uint8Array((password.length + 1) * 2); // BMPString, NUL-terminated
  for (let i = 0; i < password.length; i++) pass[i * 2 + 1] = password.charCodeAt(i);
  const fill = (source: Uint8Array) => {
    const out = new Uint8Array(v * Math.ceil(source.length / v));
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length]!;
    return out;
  };
  const s = fill(salt);
  const p = fill(pass);
  let a: Uint8Array = new Uint8Array(v + s.length + p.length);
  a.fill(3, 0, v);
  a.set(s, v);
  a.set(p, v + s.length);
  for (let i = 0; i < iterations; i++) a = hash.digest(a);
  return a;
}

function macVerifies(pfx: Pfx, password: string): boolean {
  const mac = pfx.mac;
  if (!mac?.hash || mac.iterations > 1_000_000) return false;
  const expected = hmac(mac.hash, macKey(mac.hash, password, mac.salt, mac.iterations), pfx.authSafe);
  return expected.length === mac.digest.length && expected.every((byte, i) => byte === mac.digest[i]);
}

function keystoreFinding(ruleId: string, bytes: Uint8Array, message: string, severity: Severity, lifetime: Lifetime, provider: string): Finding {
  const contentHash = toHex(sha256(bytes));
  return {
    ruleId,
    category: 'secret',
    severity,
    lifetime,
    provider,
    message,
    range: [0, 0],
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    redacted: '[PKCS#12 keystore]',
    fingerprint: fingerprintOf(ruleId, contentHash),
  };
}

/**
 * Findings for one keystore file's bytes under the scan's rule options (minimum severity, disabled rules,
 * overrides); a malformed file yields a notice, never an exception.
 */
export function scanKeystore(bytes: Uint8Array, policy: SeverityPolicy = {}): { findings: Finding[]; notice?: string } {
  let pfx: Pfx;
  try {
    pfx = parsePfx(bytes);
  } catch (error) {
    return { findings: [], notice: `not a readable PKCS#12 keystore (${(error as Error).message})` };
  }
  const finding = macVerifies(pfx, GCP_PASSWORD)
    ? keystoreFinding(
        'gcp-service-account-p12',
        bytes,
        'Google Cloud service account key in PKCS#12 form with the default password "notasecret" (long-lived)',
        'critical',
        'long-lived',
        'gcp',
      )
    : keystoreFinding('pkcs12-keystore', bytes, 'PKCS#12 keystore (password-protected private key) committed to the repository', 'info', 'long-lived', 'generic');
  const severity = reportedSeverity(finding.ruleId, finding.severity, policy);
  return { findings: severity ? [{ ...finding, severity }] : [] };
}
