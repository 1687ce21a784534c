/**
 * AWS STS (GetCallerIdentity) and IAM (UpdateAccessKey) query APIs, checking every request's Signature
 * Version 4 as AWS does: it recomputes the canonical request from what arrived on the wire (method,
 * path, query, the signed headers including its own Host header, the body's SHA-256), the string to
 * sign, and the signing key from the secret it holds for the access key id, with node:crypto, not the
 * signer under test. Errors are the query API's XML ErrorResponse with AWS's codes:
 * https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
import { createHash, createHmac } from 'node:crypto';
import type { EmulatedReply, EmulatedRequest, Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface EmulatedAwsKey {
  secretAccessKey: string;
  arn: string;
  /** Required on ASIA keys (x-amz-security-token). */
  sessionToken?: string;
  sessionExpired?: boolean;
  active?: boolean;
  /** Whether the key's user may call iam:UpdateAccessKey on its own keys. */
  maySelfManage?: boolean;
}

export interface AwsEmulatorState extends OutageSwitch {
  keys: Record<string, EmulatedAwsKey>;
  /** The emulator's clock (requests more than 15 minutes off are refused). */
  now?: () => Date;
}

const XML = { 'content-type': 'text/xml' };
const requestId = () => 'c6104cbe-af31-11e0-8154-cbc7ccf896c7';

function errorXml(status: number, code: string, message: string, type = 'Sender'): EmulatedReply {
  return {
    status,
    headers: XML,
    body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n  <RequestId>${requestId()}</RequestId>\n</ErrorResponse>\n`,
  };
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/** The signature AWS would expect for `request`, given the parsed Authorization fields. */
function expectedSignature(request: EmulatedRequest, signedHeaders: string[], scope: string, secret: string): string {
  const url = new URL(request.url, 'http://emulator');
  const query = [...url.searchParams].map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).sort().join('&');
  const headerLines = signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = [request.method, url.pathname, query, headerLines, signedHeaders.join(';'), sha256Hex(request.body)].join('\n');
  const time = request.headers['x-amz-date']!;
  const toSign = ['AWS4-HMAC-SHA256', time, scope, sha256Hex(canonical)].join('\n');
  const [date, region, service] = scope.split('/');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), 'aws4_request');
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
}

const amzTime = (value: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
};

export function awsStsEmulator(state: AwsEmulatorState): Route {
  return (request) => {
    const down = outageReply(state, {
      rateLimited: errorXml(400, 'Throttling', 'Rate exceeded'),
      serverError: errorXml(503, 'ServiceUnavailable', 'Service is unable to handle request.', 'Receiver'),
    });
    if (down) return down;
    return maybeSlow(state, answer(state, request));
  };
}

function answer(state: AwsEmulatorState, request: EmulatedRequest): EmulatedReply {
  if (request.method !== 'POST' || new URL(request.url, 'http://emulator').pathname !== '/') return errorXml(404, 'UnknownOperation', 'Unknown operation');
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return errorXml(400, 'InvalidParameterValue', 'Unsupported content type');
  const form = new URLSearchParams(request.body);
  const action = form.get('Action');
  const service = action === 'GetCallerIdentity' ? 'sts' : action === 'UpdateAccessKey' ? 'iam' : undefined;
  if (!service) return errorXml(400, 'InvalidAction', `Could not find operation ${action ?? ''}`);
  if (form.get('Version') !== (service === 'sts' ? '2011-06-15' : '2010-05-08')) return errorXml(400, 'InvalidParameterValue', 'Invalid Version');

  const auth = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/([^,\s]+), ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(request.headers.authorization ?? '');
  if (!auth) return errorXml(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
  const [, accessKeyId, scope, signedList, signature] = auth as unknown as [string, string, string, string, string];
  const signedHeaders = signedList.split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) return errorXml(400, 'IncompleteSignature', 'Signed headers must include host and x-amz-date');
  if ([...signedHeaders].sort().join(';') !== signedList) return errorXml(403, 'SignatureDoesNotMatch', 'Signed headers are not sorted');
  const time = request.headers['x-amz-date'] ?? '';
  const sentAt = amzTime(time);
  if (Number.isNaN(sentAt)) return errorXml(400, 'IncompleteSignature', 'Invalid X-Amz-Date');
  const now = (state.now?.() ?? new Date()).getTime();
  if (Math.abs(now - sentAt) > 15 * 60 * 1000) return errorXml(403, 'SignatureDoesNotMatch', `Signature expired: ${time} is now earlier than the allowed window.`);
  const [date, region, scopeService, terminator] = scope.split('/');
  if (date !== time.slice(0, 8) || region !== 'us-east-1' || scopeService !== service || terminator !== 'aws4_request') {
    return errorXml(403, 'SignatureDoesNotMatch', `Credential should be scoped to a valid region and to service ${service}.`);
  }

  const key = state.keys[accessKeyId];
  if (!key || key.active === false) return errorXml(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
  const token = request.headers['x-amz-security-token'];
  if (accessKeyId.startsWith('ASIA') || token !== undefined) {
    if (!signedHeaders.includes('x-amz-security-token') && token !== undefined) return errorXml(400, 'IncompleteSignature', 'x-amz-security-token must be signed');
    if (token !== key.sessionToken) return errorXml(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (key.sessionExpired) return errorXml(403, 'ExpiredToken', 'The security token included in the request is expired');
  }
  if (expectedSignature(request, signedHeaders, scope, key.secretAccessKey) !== signature) {
    return errorXml(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.');
  }

  if (service === 'sts') {
    const account = /^arn:aws:[a-z]+::(\d{12}):/.exec(key.arn)?.[1] ?? '000000000000';
    return {
      status: 200,
      headers: XML,
      body: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <GetCallerIdentityResult>\n    <Arn>${key.arn}</Arn>\n    <UserId>AIDAEMULATED0000000</UserId>\n    <Account>${account}</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>${requestId()}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n`,
    };
  }
  // IAM UpdateAccessKey without UserName acts on the signing key's own user.
  const target = form.get('AccessKeyId') ?? '';
  if (form.get('Status') !== 'Active' && form.get('Status') !== 'Inactive') return errorXml(400, 'ValidationError', 'Status must be Active or Inactive');
  if (!key.maySelfManage) return errorXml(403, 'AccessDenied', `User: ${key.arn} is not authorized to perform: iam:UpdateAccessKey on resource: ${key.arn}`);
  const targetKey = state.keys[target];
  if (!targetKey || targetKey.arn !== key.arn) return errorXml(404, 'NoSuchEntity', `The Access Key with id ${target} cannot be found.`);
  targetKey.active = form.get('Status') === 'Active';
  return { status: 200, headers: XML, body: `<UpdateAccessKeyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n  <ResponseMetadata>\n    <RequestId>${requestId()}</RequestId>\n  </ResponseMetadata>\n</UpdateAccessKeyResponse>\n` };
}
