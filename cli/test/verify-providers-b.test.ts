/**
 * `scan --verify` end to end for group B providers: a real private CLI build, pointed by
 * SECRET_HYGIENE_API_BASE at loopback emulators, checks an AWS key pair found in one file (the access
 * key id as the secret key's companion; the emulator recomputes the SigV4 signature from the wire) and
 * a SendGrid key, and `revoke --yes` deactivates the AWS key through IAM. The CLI runs as a separate process while the emulators answer in this one, so it is
 * spawned asynchronously. Tokens are synthetic; none may appear in the CLI's output.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { awsStsEmulator, type AwsEmulatorState } from '../../test/emulators/aws-sts.js';
import { sendgridEmulator } from '../../test/emulators/sendgrid.js';
import { twilioEmulator } from '../../test/emulators/twilio.js';
import { builtCli } from './built-cli.js';
import { tempDir } from './support/temp-dir.js';

const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const awsKeyId = () => `AKIA${pick(`${UPPER}234567`, 16)}`;
const awsSecret = () => `${pick(UPPER, 3)}${pick('abcdefghijklmnopqrstuvwxyz', 3)}7/${pick(`${ALNUM}+/`, 32)}`;
const sendgridKey = () => `SG.${pick(`${ALNUM}-_`, 22)}.${pick(`${ALNUM}-_`, 43)}`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without blocking this process's event loop (the emulators live here). */
function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtCli(), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', SECRET_HYGIENE_POLICY: 'none', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // A hang guard, not a speed test.
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr });
    });
  });
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  verification?: { status: string; identity?: string; scopes?: string[]; error?: string };
}

describe('scan --verify against group B emulators (built CLI)', function () {
  this.timeout(180_000);
  const keyId = awsKeyId();
  const secret = awsSecret();
  const sendgrid = sendgridKey();
  let aws: LoopbackServer;
  let sg: LoopbackServer;
  let tw: LoopbackServer;
  const accountSid = `AC${pick('0123456789abcdef', 32)}`;
  const authToken = pick('0123456789abcdef', 32);
  let awsState: AwsEmulatorState;

  before(async () => {
    builtCli();
    awsState = { keys: { [keyId]: { secretAccessKey: secret, arn: 'arn:aws:iam::123456789012:user/ci-deployer', maySelfManage: true } } };
    aws = await startLoopbackServer(awsStsEmulator(awsState));
    sg = await startLoopbackServer(sendgridEmulator({ keys: { [sendgrid]: ['mail.send'] } }));
    tw = await startLoopbackServer(twilioEmulator({ accounts: { [accountSid]: { authToken, friendlyName: 'Acme Support' } } }));
  });
  after(async () => {
    await aws?.close();
    await sg?.close();
    await tw?.close();
  });

  const env = () => ({ SECRET_HYGIENE_API_BASE: JSON.stringify({ aws: aws.baseUrl, sendgrid: sg.baseUrl, twilio: tw.baseUrl }) });

  it('an AWS key pair and a SendGrid key are live, with identity and scopes, and no secret is printed', async () => {
    const dir = tempDir('sh-verify-b-');
    writeFileSync(join(dir, 'deploy.env'), `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\nSENDGRID_API_KEY=${sendgrid}\n`);
    const run = await runCli(['scan', '--verify', '--format', 'json', '.'], env(), dir);
    assert.equal(run.status, 1, run.stderr);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const awsSecretFinding = findings.find((f) => f.ruleId === 'aws-secret-access-key');
    assert.deepEqual(awsSecretFinding?.verification && { status: awsSecretFinding.verification.status, identity: awsSecretFinding.verification.identity }, { status: 'live', identity: 'arn:aws:iam::123456789012:user/ci-deployer' }, JSON.stringify(awsSecretFinding));
    const sendgridFinding = findings.find((f) => f.ruleId === 'sendgrid-api-key');
    assert.equal(sendgridFinding?.verification?.status, 'live', JSON.stringify(sendgridFinding));
    assert.deepEqual(sendgridFinding?.verification?.scopes, ['mail.send']);
    // STS saw exactly one signed GetCallerIdentity for the pair.
    assert.equal(aws.requests.filter((r) => r.body === 'Action=GetCallerIdentity&Version=2011-06-15').length, 1);
    for (const value of [secret, sendgrid]) {
      assert.ok(!run.stdout.includes(value) && !run.stderr.includes(value), 'no secret in the output');
    }
  });

  it('a secret key that does not belong to its key id is invalid (SignatureDoesNotMatch), the text output says so', async () => {
    const dir = tempDir('sh-verify-b-');
    const wrong = awsSecret();
    writeFileSync(join(dir, 'credentials'), `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${wrong}\n`);
    const run = await runCli(['scan', '--verify', '--format', 'json', '.'], env(), dir);
    const finding = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.find((f) => f.ruleId === 'aws-secret-access-key');
    assert.equal(finding?.verification?.status, 'invalid', JSON.stringify(finding));
    assert.match(finding!.verification!.error!, /SignatureDoesNotMatch/);
    const text = await runCli(['scan', '--verify', '.'], env(), dir);
    assert.match(text.stdout, /invalid/);
    for (const output of [run.stdout, run.stderr, text.stdout, text.stderr]) assert.ok(!output.includes(wrong), 'no secret in the output');
  });

  it('a Twilio auth token is checked with the Account SID found beside it', async () => {
    const dir = tempDir('sh-verify-b-');
    writeFileSync(join(dir, '.env'), `TWILIO_ACCOUNT_SID=${accountSid}\nTWILIO_AUTH_TOKEN=${authToken}\n`);
    const run = await runCli(['scan', '--verify', '--format', 'json', '.'], env(), dir);
    const finding = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.find((f) => f.ruleId === 'twilio-auth-token');
    assert.equal(finding?.verification?.status, 'live', JSON.stringify(finding));
    assert.equal(finding?.verification?.identity, 'Acme Support');
    for (const value of [accountSid, authToken]) assert.ok(!run.stdout.includes(value) && !run.stderr.includes(value), 'no secret in the output');
  });

  it('above a threshold the companion does not reach, the Account SID still pairs with the token (and is not reported)', async () => {
    const dir = tempDir('sh-verify-b-');
    writeFileSync(join(dir, '.env'), `TWILIO_ACCOUNT_SID=${accountSid}\nTWILIO_AUTH_TOKEN=${authToken}\n`);
    const run = await runCli(['scan', '--verify', '--min-severity', 'high', '--format', 'json', '.'], env(), dir);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const token = findings.find((f) => f.ruleId === 'twilio-auth-token');
    assert.equal(token?.verification?.status, 'live', JSON.stringify(token));
    assert.ok(findings.every((f) => ['critical', 'high'].includes(f.severity)), `only findings at the threshold are reported: ${findings.map((f) => `${f.ruleId} ${f.severity}`).join(', ')}`);
  });

  it('revoke --yes deactivates the AWS key through IAM (then it verifies invalid); SendGrid is reported not revocable', async () => {
    const dir = tempDir('sh-verify-b-');
    writeFileSync(join(dir, 'deploy.env'), `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\nSENDGRID_API_KEY=${sendgrid}\n`);
    const run = await runCli(['revoke', '--yes', '--format', 'json', '.'], env(), dir);
    const results = (JSON.parse(run.stdout) as { results: { ruleId: string; status: string; message: string }[] }).results;
    const byRule = Object.fromEntries(results.map((r) => [r.ruleId, r]));
    assert.equal(byRule['aws-secret-access-key']?.status, 'revoked', run.stdout + run.stderr);
    assert.equal(byRule['sendgrid-api-key']?.status, 'not-revocable');
    assert.equal(run.status, 1, 'the SendGrid key is still usable');
    assert.equal(awsState.keys[keyId]!.active, false);
    assert.ok(aws.requests.some((r) => r.body === `Action=UpdateAccessKey&AccessKeyId=${keyId}&Status=Inactive&Version=2010-05-08`));
    for (const value of [secret, sendgrid, keyId]) assert.ok(!run.stdout.includes(value) && !run.stderr.includes(value), 'no secret or key id in the output');
    const after = await runCli(['scan', '--verify', '--format', 'json', '.'], env(), dir);
    const finding = (JSON.parse(after.stdout) as { findings: JsonFinding[] }).findings.find((f) => f.ruleId === 'aws-secret-access-key');
    assert.equal(finding?.verification?.status, 'invalid');
  });
});
