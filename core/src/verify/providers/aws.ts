/**
 * AWS access keys: `sts:GetCallerIdentity`, the one AWS call that needs no permission and reads nothing
 * but the caller's own identity ("No permissions are required to perform this operation"):
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 * Signed with Signature Version 4 (../sigv4.ts) without an SDK; the global endpoint sts.amazonaws.com
 * signs for region us-east-1: https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html
 * Errors (InvalidClientTokenId, SignatureDoesNotMatch, ExpiredToken) are the query API's XML
 * `ErrorResponse`: https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 *
 * The finding's secret is the secret access key (or the session token); the access key id is a
 * companion from the same file. The signature covers the `host` header the request carries, which is
 * the official host (`sts.amazonaws.com`) it is sent to. A test emulator behind SECRET_HYGIENE_API_BASE
 * receives that same Host header (the ApiCall sends headers as given) and checks the signature against
 * the Host header it received, as STS does.
 *
 * Revocation: IAM `UpdateAccessKey` with Status=Inactive and no UserName deactivates the signing key
 * itself ("the user name is determined implicitly based on the access key ID used to sign the
 * request"): https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
 * It needs `iam:UpdateAccessKey` on the key's own user (AWS's self-service key policies grant it), is
 * reversible, and works for long-term (AKIA) keys only: temporary (ASIA) credentials end when their
 * session does, or by revoking the role's sessions:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html
 */
import type { VerifyAnswer } from '../answers.js';
import { unknownAnswer } from '../answers.js';
import { amzDate, signV4 } from '../sigv4.js';
import type { ApiCall, ApiResponse, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const STS = 'https://sts.amazonaws.com';
const IAM = 'https://iam.amazonaws.com';
const REGION = 'us-east-1';
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

interface AwsKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** `AKIA…WXYZ`: the access key id is itself reported as a secret finding, so messages mask it. */
export function maskKeyId(accessKeyId: string): string {
  return accessKeyId.length > 8 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : '…';
}

/** The key pair (and session token) this finding stands for, or why it cannot be checked. */
function keysOf({ ruleId, secret, companions }: Credential): AwsKeys | string {
  const accessKeyId = companions.accessKeyId;
  if (!accessKeyId) return 'needs the access key id found beside the secret (none in the same file)';
  const temporary = accessKeyId.startsWith('ASIA');
  if (ruleId === 'aws-session-token') {
    const secretAccessKey = companions.secretAccessKey;
    if (!secretAccessKey) return 'needs the secret access key found beside the session token (none in the same file)';
    return { accessKeyId, secretAccessKey, sessionToken: secret };
  }
  // A session token only goes with a temporary key; a long-term key signed with one is rejected.
  if (temporary && !companions.sessionToken) return 'a temporary (ASIA…) key needs its session token (none in the same file)';
  return { accessKeyId, secretAccessKey: secret, ...(temporary ? { sessionToken: companions.sessionToken } : {}) };
}

/** One signed query-API POST (`Action=…` form body) to STS or IAM. */
async function signedPost(call: ApiCall, credential: Credential, keys: AwsKeys, origin: string, service: 'sts' | 'iam', body: string) {
  const requestTime = amzDate(credential.now);
  const headers: Record<string, string> = {
    'content-type': FORM,
    host: new URL(origin).host,
    'x-amz-date': requestTime,
    ...(keys.sessionToken ? { 'x-amz-security-token': keys.sessionToken } : {}),
  };
  const signed = signV4({ method: 'POST', path: '/', query: '', headers, body }, keys, { date: requestTime.slice(0, 8), region: REGION, service }, requestTime);
  return call({ method: 'POST', host: origin, path: '/', headers: { ...headers, authorization: signed.authorization }, body });
}

function xmlText(body: string, element: string): string | undefined {
  const match = new RegExp(`<${element}>([^<]{1,2048})</${element}>`).exec(body);
  return match?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** What the caller's ARN says it is (arn:aws:iam::ACCOUNT:user/NAME, …:assumed-role/ROLE/SESSION, …:root). */
function kindOf(arn: string, accessKeyId: string): string {
  if (/:root$/.test(arn)) return 'root user access key';
  if (/:assumed-role\//.test(arn)) return 'assumed-role session credentials';
  if (/:federated-user\//.test(arn)) return 'federated user session credentials';
  if (/:user\//.test(arn)) return accessKeyId.startsWith('ASIA') ? 'IAM user session credentials' : 'IAM user access key';
  return accessKeyId.startsWith('ASIA') ? 'temporary credentials' : 'access key';
}

/** STS/IAM error codes that speak about the credential; the rest say nothing about it. */
function readError(response: ApiResponse): VerifyAnswer {
  const code = xmlText(response.body, 'Code');
  const message = xmlText(response.body, 'Message') ?? '';
  switch (code) {
    case 'InvalidClientTokenId':
      return { status: 'invalid', error: 'AWS does not recognise this access key id, or the key is inactive (InvalidClientTokenId)' };
    case 'SignatureDoesNotMatch':
      // A signature "expired" is a clock problem on this machine, not a wrong secret.
      if (/expired/i.test(message)) return { status: 'unknown', error: 'AWS refused the request time (SignatureDoesNotMatch: signature expired); check the system clock' };
      return { status: 'invalid', error: 'the secret access key does not belong to this access key id (SignatureDoesNotMatch)' };
    case 'ExpiredToken':
      return { status: 'invalid', error: 'the session token has expired (ExpiredToken)' };
    case 'Throttling':
    case 'RequestLimitExceeded':
      return { status: 'unknown', error: `AWS rate limit reached (${code})` };
    case 'RequestExpired':
      return { status: 'unknown', error: 'AWS refused the request time (RequestExpired); check the system clock' };
  }
  if (response.status === 429 || response.status >= 500) return unknownAnswer(response, 'AWS');
  return { status: 'unknown', error: `AWS refused the request (HTTP ${response.status}${code && /^[A-Za-z.]{1,64}$/.test(code) ? `, ${code}` : ''})` };
}

export const awsVerifier: VerifierSpec = {
  id: 'aws',
  name: 'Amazon Web Services',
  ruleIds: ['aws-secret-access-key', 'aws-session-token'],
  hosts: [STS, IAM],
  docs: [
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html',
    'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html',
  ],
  companions: [
    { name: 'accessKeyId', ruleIds: ['aws-access-key-id', 'aws-temporary-access-key-id'], required: true },
    { name: 'secretAccessKey', ruleIds: ['aws-secret-access-key'], required: false },
    { name: 'sessionToken', ruleIds: ['aws-session-token'], required: false },
  ],

  async verify(credential, call) {
    const keys = keysOf(credential);
    if (typeof keys === 'string') return { status: 'unknown', error: keys };
    const response = await signedPost(call, credential, keys, STS, 'sts', 'Action=GetCallerIdentity&Version=2011-06-15');
    if (response.status !== 200) return readError(response);
    const arn = xmlText(response.body, 'Arn');
    if (!arn?.startsWith('arn:')) return { status: 'unknown', error: 'AWS answered without the caller ARN' };
    return { status: 'live', identity: arn, kind: kindOf(arn, keys.accessKeyId) };
  },

  async revoke(credential, call): Promise<RevocationOutcome> {
    const keys = keysOf(credential);
    if (typeof keys === 'string') return { status: 'failed', message: `AWS key not deactivated: ${keys}` };
    const masked = maskKeyId(keys.accessKeyId);
    if (keys.accessKeyId.startsWith('ASIA')) {
      return { status: 'failed', message: `AWS temporary key ${masked} cannot be deactivated with itself; it ends with its session, or revoke the role's active sessions in the IAM console` };
    }
    const body = `Action=UpdateAccessKey&AccessKeyId=${encodeURIComponent(keys.accessKeyId)}&Status=Inactive&Version=2010-05-08`;
    const response = await signedPost(call, credential, keys, IAM, 'iam', body);
    if (response.status === 200) return { status: 'revoked', message: `AWS access key ${masked} deactivated (Inactive); delete it in the IAM console once nothing depends on it` };
    const answer = readError(response);
    if (answer.status === 'invalid') return { status: 'already-invalid', message: `AWS key ${masked} already unusable: ${answer.error}` };
    if (xmlText(response.body, 'Code') === 'AccessDenied') {
      return { status: 'failed', message: `AWS key ${masked} may not deactivate itself (AccessDenied: no iam:UpdateAccessKey); deactivate it in the IAM console` };
    }
    return { status: 'failed', message: `AWS key ${masked} not deactivated: ${answer.error}` };
  },
};
