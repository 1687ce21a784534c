/**
 * AWS Signature Version 4 for one request, written from AWS's description of the four steps
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html):
 *   1. the canonical request (method, URI, query, canonical headers, signed header names, payload hash),
 *   2. the string to sign (algorithm, request time, credential scope, hash of the canonical request),
 *   3. the signing key, HMAC-chained from "AWS4" + secret through date, region, service and "aws4_request",
 *   4. the signature, hex HMAC-SHA256 of the string to sign under that key, sent in `Authorization`.
 * Pure and synchronous on core's own SHA-256/HMAC (crypto.subtle is async only), so the same code signs
 * in Node, VS Code web and browsers, and the test emulator recomputes it independently from the wire.
 */
import { hmacSha256, sha256, toHex } from '../engine/hash.js';

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `20150830T123600Z`: the ISO 8601 basic form SigV4 puts in `x-amz-date`. */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * RFC 3986 percent-encoding as SigV4 wants it: unreserved characters (A-Z a-z 0-9 - _ . ~) stay, every
 * other byte is %XY with upper-case hex; a space is %20, never `+`.
 */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Query parameters sorted by encoded name (then value), each `name=value`, joined by `&`. */
export function canonicalQuery(query: string): string {
  if (query === '') return '';
  const pairs = query.split('&').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
    const name = at === -1 ? pair : pair.slice(0, at);
    const value = at === -1 ? '' : pair.slice(at + 1);
    return [uriEncode(decode(name)), uriEncode(decode(value))] as const;
  });
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** Header names lowercased and sorted; values trimmed with inner runs of spaces collapsed to one. */
export function canonicalHeaders(headers: Record<string, string>): { canonical: string; signed: string } {
  const entries = Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    canonical: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signed: entries.map(([name]) => name).join(';'),
  };
}

export interface SigV4Request {
  method: string;
  /** The absolute path, already URI-encoded (`/` for query APIs like STS and IAM). */
  path: string;
  /** The query string without `?` (empty for a POST with a form body). */
  query: string;
  /** Every header to sign, including `host` and `x-amz-date` (and `x-amz-security-token` for STS keys). */
  headers: Record<string, string>;
  body: string;
}

export interface SigV4Scope {
  /** `YYYYMMDD`, the date part of `x-amz-date`. */
  date: string;
  region: string;
  service: string;
}

export function canonicalRequest(request: SigV4Request): { text: string; signedHeaders: string } {
  const { canonical, signed } = canonicalHeaders(request.headers);
  const text = [request.method, request.path, canonicalQuery(request.query), canonical, signed, toHex(sha256(utf8(request.body)))].join('\n');
  return { text, signedHeaders: signed };
}

export function credentialScope({ date, region, service }: SigV4Scope): string {
  return `${date}/${region}/${service}/aws4_request`;
}

export function stringToSign(requestTime: string, scope: SigV4Scope, canonicalRequestText: string): string {
  return [SIGV4_ALGORITHM, requestTime, credentialScope(scope), toHex(sha256(utf8(canonicalRequestText)))].join('\n');
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, { date, region, service }: SigV4Scope): Uint8Array {
  const kDate = hmacSha256(utf8(`AWS4${secretAccessKey}`), utf8(date));
  const kRegion = hmacSha256(kDate, utf8(region));
  const kService = hmacSha256(kRegion, utf8(service));
  return hmacSha256(kService, utf8('aws4_request'));
}

export interface SignedParts {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  /** The `Authorization` header value. */
  authorization: string;
}

/**
 * Signs `request`, whose headers must already hold `x-amz-date` (the request time, `requestTime`) and
 * `host`: the signature covers the host the request is sent to.
 */
export function signV4(request: SigV4Request, credentials: { accessKeyId: string; secretAccessKey: string }, scope: SigV4Scope, requestTime: string): SignedParts {
  const canonical = canonicalRequest(request);
  const toSign = stringToSign(requestTime, scope, canonical.text);
  const signature = toHex(hmacSha256(signingKey(credentials.secretAccessKey, scope), utf8(toSign)));
  return {
    canonicalRequest: canonical.text,
    stringToSign: toSign,
    signedHeaders: canonical.signedHeaders,
    signature,
    authorization: `${SIGV4_ALGORITHM} Credential=${credentials.accessKeyId}/${credentialScope(scope)}, SignedHeaders=${canonical.signedHeaders}, Signature=${signature}`,
  };
}
