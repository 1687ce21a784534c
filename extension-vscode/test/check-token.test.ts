/**
 * "Check token" without vscode: what is offered where (policy, host), the credential read back from the
 * text and checked against the fingerprint, companions from the same document, the confirmation
 * question, the session cache (by fingerprint, unknown not reused), and what the hover and the tree
 * say — including a real check through the desktop transport (the CLI's node:https ApiCall) against
 * the loopback GitHub emulator.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FINGERPRINT_SALT, Scanner, builtinRules, runVerification, verifierForRule, type Finding, type Verification } from '@secret-hygiene/core';
import { githubEmulator, type GitHubToken } from '../../test/emulators/github.js';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { hoverMarkdown } from '../src/model/hover-card.js';
import { scanText, type ScanConfig } from '../src/model/scan.js';
import { CheckSession, WEB_HOST_REASON, checkOffer, confirmationQuestion, credentialFor, secretInText, type VerificationPolicy } from '../src/verify/check-model.js';
import { expiryText, tokenCheckCard, treeSummary } from '../src/verify/check-view.js';
import { nodeTokenCheckTransport } from '../src/verify/node-transport.js';
import { githubClassicPat } from './support/tokens.js';

const scanner = new Scanner(builtinRules);
const config: ScanConfig = { minSeverity: 'low', disabledRules: new Set(), severityOverrides: {}, acceptedFingerprints: new Set(), fingerprintSalt: DEFAULT_FINGERPRINT_SALT };
const scan = (text: string, path = '/repo/.env') => scanText(scanner, text, path, config).findings;
const onDemand: VerificationPolicy = { mode: 'on-demand' };
const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const now = new Date('2026-12-06T00:00:00Z');

function only(findings: Finding[], ruleId: string): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `one ${ruleId} finding in ${findings.map((f) => f.ruleId).join(', ')}`);
  return found[0]!;
}

describe('Check token: what is offered', () => {
  const text = `GITHUB_TOKEN=${githubClassicPat(41)}\n`;
  const pat = only(scan(text), 'github-classic-pat');

  it('offers the check on a secret of a provider core can verify, on-demand and allowed alike', () => {
    for (const mode of ['on-demand', 'allowed'] as const) {
      const offer = checkOffer(pat, { mode }, true);
      assert.equal(offer?.kind, 'offer');
      assert.equal(offer?.spec.id, 'github');
    }
  });

  it('says nothing for scope findings and providers without a verifier', () => {
    assert.equal(checkOffer({ ...pat, category: 'scope' }, onDemand, true), undefined);
    assert.equal(checkOffer({ ...pat, ruleId: 'private-key' }, onDemand, true), undefined);
  });

  it('policy off: not offered, and the reason names the mode and the managed file that set it', () => {
    const offer = checkOffer(pat, { mode: 'off', setBy: { source: 'managed', origin: '/etc/secret-hygiene/policy.json' } }, true);
    assert.equal(offer?.kind, 'off');
    assert.match(offer!.kind === 'off' ? offer.reason : '', /policy verification: "off", set by the managed policy \/etc\/secret-hygiene\/policy\.json.*nothing is sent/);
    const broken = checkOffer(pat, { mode: 'off', setBy: { source: 'strict-default', origin: '/etc/p.json' } }, true);
    assert.match(broken?.kind === 'off' ? broken.reason : '', /strict defaults \(the managed policy \/etc\/p\.json cannot be used\)/);
  });

  it('the web host cannot send the requests: unavailable, with why', () => {
    const offer = checkOffer(pat, onDemand, false);
    assert.equal(offer?.kind, 'unavailable');
    assert.equal(offer!.kind === 'unavailable' ? offer.reason : '', WEB_HOST_REASON);
    assert.match(WEB_HOST_REASON, /Host header/);
  });

  it('asks before sending, naming the official host; a test base is named too', () => {
    const spec = verifierForRule('github-classic-pat')!;
    assert.equal(confirmationQuestion(spec).message, 'Send this token to api.github.com to check it?');
    assert.doesNotMatch(confirmationQuestion(spec).detail, /SECRET_HYGIENE_API_BASE/);
    assert.match(confirmationQuestion(spec, 'http://127.0.0.1:8123').detail, /SECRET_HYGIENE_API_BASE .* http:\/\/127\.0\.0\.1:8123/);
    assert.equal(confirmationQuestion(verifierForRule('aws-secret-access-key')!).message, 'Send this token to Amazon Web Services (sts.amazonaws.com or iam.amazonaws.com) to check it?');
  });
});

describe('Check token: the credential, read back from the text', () => {
  it('slices the range and checks it against the fingerprint; a changed text gives nothing', () => {
    const token = githubClassicPat(42);
    const text = `const token = "${token}";\n`;
    const [finding] = scan(text, '/repo/src/a.ts') as [Finding];
    assert.equal(secretInText(finding, text, DEFAULT_FINGERPRINT_SALT), token);
    const other = githubClassicPat(43);
    assert.equal(secretInText(finding, text.replace(token, other), DEFAULT_FINGERPRINT_SALT), undefined);
    assert.equal(secretInText({ ...finding, range: [finding.range[0] + 1, finding.range[1] + 1] }, `x${text}`.replace(token, other), DEFAULT_FINGERPRINT_SALT), undefined);
    const built = credentialFor(finding, verifierForRule(finding.ruleId)!, [finding], `${text.slice(0, -2)}x\n`.replace(token, other), DEFAULT_FINGERPRINT_SALT, now);
    assert.ok('error' in built && /changed since it was scanned/.test(built.error));
  });

  it('an AWS secret key gets the access key id found in the same document; the cache key holds fingerprints only', () => {
    const keyId = `AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40);
    const text = `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\n`;
    const findings = scan(text, '/home/u/.aws/credentials');
    const secretFinding = only(findings, 'aws-secret-access-key');
    const idFinding = only(findings, 'aws-access-key-id');
    const built = credentialFor(secretFinding, verifierForRule('aws-secret-access-key')!, findings, text, DEFAULT_FINGERPRINT_SALT, now);
    assert.ok(!('error' in built));
    assert.equal(built.credential.secret, secret);
    assert.equal(built.credential.companions.accessKeyId, keyId);
    assert.equal(built.key, `${secretFinding.fingerprint}+${idFinding.fingerprint}`);
    assert.ok(!built.key.includes(secret) && !built.key.includes(keyId));
  });

  it('a Twilio auth token gets the account SID beside it', () => {
    const sid = `AC${pick('0123456789abcdef', 32)}`;
    const token = pick('0123456789abcdef', 32);
    const text = `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${token}\n`;
    const findings = scan(text);
    const auth = findings.find((f) => verifierForRule(f.ruleId)?.id === 'twilio' && (verifierForRule(f.ruleId)!.companions ?? []).length > 0);
    assert.ok(auth, `a Twilio auth token finding in ${findings.map((f) => f.ruleId).join(', ')}`);
    const built = credentialFor(auth, verifierForRule(auth.ruleId)!, findings, text, DEFAULT_FINGERPRINT_SALT, now);
    assert.ok(!('error' in built));
    assert.equal(built.credential.secret, token);
    assert.equal(Object.values(built.credential.companions)[0], sid);
  });
});

describe('Check token: the session', () => {
  const live: Verification = { status: 'live', checkedAt: now.toISOString(), identity: 'octocat' };
  const unknown: Verification = { status: 'unknown', checkedAt: now.toISOString(), error: 'GitHub rate limit reached (HTTP 429)' };

  it('keeps settled answers by key and the latest answer by fingerprint; unknown is shown but asked again', () => {
    const session = new CheckSession();
    session.record('fp-a', 'fp-a', unknown);
    assert.equal(session.cached('fp-a'), undefined);
    assert.equal(session.resultFor('fp-a'), unknown);
    session.record('fp-a', 'fp-a', live);
    assert.equal(session.cached('fp-a'), live);
    assert.equal(session.resultFor('fp-a'), live);
    assert.equal(session.resultFor('fp-b'), undefined);
  });

  it('remembers which providers the user agreed to, per provider', () => {
    const session = new CheckSession();
    assert.equal(session.hasAgreed('github'), false);
    session.agree('github');
    assert.equal(session.hasAgreed('github'), true);
    assert.equal(session.hasAgreed('aws'), false);
  });
});

describe('Check token: hover and tree', () => {
  const token = githubClassicPat(44);
  const text = `GITHUB_TOKEN=${token}\n`;
  const pat = only(scan(text), 'github-classic-pat');
  const offer = checkOffer(pat, onDemand, true)!;
  const command = 'command:secretHygiene.checkToken?%5B%5D';

  it('before a check: a link to check, naming who would be asked; no status', () => {
    const card = tokenCheckCard(pat, offer, undefined, command, now);
    assert.equal(card.severity, pat.severity);
    assert.match(card.lines.join('\n'), /\*\*Token:\*\* not checked · \[Check token\]\(command:secretHygiene\.checkToken\?%5B%5D\) \(asks GitHub at api\\\.github\\\.com, only when you click\)/);
    const off = tokenCheckCard(pat, checkOffer(pat, { mode: 'off' }, true)!, undefined, undefined, now);
    assert.match(off.lines.join('\n'), /not checked: checking tokens is off/);
    assert.doesNotMatch(off.lines.join('\n'), /command:/);
  });

  it('live, never expiring, broad scopes: critical, with scopes rated, the narrower credential and the expiry', () => {
    const verification: Verification = {
      status: 'live',
      checkedAt: now.toISOString(),
      identity: 'octo](command:workbench.action.terminal.new)cat',
      kind: 'classic PAT',
      scopes: ['repo', 'read:org'],
      expiresAt: null,
      overScope: { risk: 'critical', scopes: [{ scope: 'repo', risk: 'critical', reason: 'full control of private repositories' }], narrower: 'a fine-grained PAT with contents:read' },
    };
    const card = tokenCheckCard(pat, offer, verification, command, now);
    assert.equal(card.severity, pat.severity === 'critical' ? 'critical (live, never expires, broad access)' : `critical (live, never expires, broad access; ${pat.severity} from the format)`);
    const markdown = hoverMarkdown(pat, now, card);
    assert.match(markdown, /· critical \(live/);
    assert.match(markdown, /\*\*Token:\*\* \*\*live\*\* as `octo\]\(command:workbench\.action\.terminal\.new\)cat` \(classic PAT\)/);
    assert.match(markdown, /\*\*Scopes:\*\* repo \\\(critical\\\), read:org/);
    assert.match(markdown, /\*\*Over-scoped \(critical risk\):\*\* use a fine\\-grained PAT with contents:read/);
    assert.match(markdown, /\*\*Expires:\*\* never expires/);
    assert.ok(!markdown.includes(token), 'no secret in the card');
    assert.equal(treeSummary(verification, now), 'live as octo](command:workbench.action.terminal.new)cat · repo (critical), read:org · never expires');
  });

  it('invalid drops to low and says the file still holds it; unknown keeps the format severity and offers a retry', () => {
    const invalid = tokenCheckCard(pat, offer, { status: 'invalid', checkedAt: now.toISOString(), error: 'GitHub rejected the credential (HTTP 401)' }, command, now);
    assert.equal(invalid.severity, `low (the provider rejects it; ${pat.severity} from the format)`);
    assert.match(invalid.lines.join('\n'), /\*\*invalid\*\*: GitHub rejects it .*remove it anyway/s);
    const unknown = tokenCheckCard(pat, offer, { status: 'unknown', checkedAt: now.toISOString(), error: 'GitHub server error (HTTP 503)' }, command, now);
    assert.equal(unknown.severity, `${pat.severity} (not verified: severity from the format)`);
    assert.match(unknown.lines.join('\n'), /\[Check again\]\(command:/);
  });

  it('expiry reads as a date and a distance', () => {
    assert.equal(expiryText('2027-01-05T00:00:00.000Z', now), 'expires 2027-01-05T00:00:00Z (in 30 days)');
    assert.equal(expiryText('2026-12-01T00:00:00Z', now), 'expired 2026-12-01T00:00:00Z');
    assert.equal(expiryText(undefined, now), 'expiry not reported');
  });
});

describe('Check token: the desktop transport against the GitHub emulator', function () {
  this.timeout(30_000);
  let server: LoopbackServer;
  const tokens = new Map<string, GitHubToken>();

  before(async () => {
    server = await startLoopbackServer(githubEmulator(tokens));
  });
  after(() => server.close());

  it('one GET /user through the CLI ApiCall: live, identity, scopes rated, expiry; nothing else sent', async () => {
    const token = githubClassicPat(randomInt(1, 1_000_000));
    tokens.set(token, { login: 'e2e-octocat', scopes: ['repo', 'workflow'], expiration: '2027-03-01 00:00:00 UTC' });
    const text = `GITHUB_TOKEN=${token}\n`;
    const findings = scan(text);
    const pat = only(findings, 'github-classic-pat');
    const spec = verifierForRule(pat.ruleId)!;
    const built = credentialFor(pat, spec, findings, text, DEFAULT_FINGERPRINT_SALT, now);
    assert.ok(!('error' in built));
    const transport = nodeTokenCheckTransport('secret-hygiene-vscode/test');
    const verification = await runVerification(spec, built.credential, transport.callFor(spec, server.baseUrl));
    assert.equal(verification.status, 'live', verification.error);
    assert.equal(verification.identity, 'e2e-octocat');
    assert.deepEqual(verification.scopes, ['repo', 'workflow']);
    assert.equal(verification.expiresAt, '2027-03-01T00:00:00.000Z');
    assert.ok(verification.overScope?.narrower);
    assert.deepEqual(server.requests.map((r) => `${r.method} ${r.url}`), ['GET /user']);
    assert.equal(server.requests[0]!.headers.authorization, `Bearer ${token}`);
    const card = hoverMarkdown(pat, now, tokenCheckCard(pat, checkOffer(pat, onDemand, true)!, verification, undefined, now));
    assert.match(card, /\*\*live\*\* as `e2e-octocat`/);
    assert.match(card, /\*\*Expires:\*\* expires 2027\\-03\\-01T00:00:00Z \\\(in 85 days\\\)/);
    assert.match(card, /\*\*Scopes:\*\* repo \\\(critical\\\), workflow \\\(high\\\)/);
    assert.ok(!card.includes(token) && !JSON.stringify(verification).includes(token), 'the token is in neither the answer nor the card');
  });

  it('the transport bundles as the desktop extension is bundled (CommonJS) and works: no module-level Node-only code breaks it', async () => {
    // cli/src/verify/http-call.ts is the CLI's; an ESM-only construct at its top level (import.meta) would stop the extension from loading.
    const root = [dirname(fileURLToPath(import.meta.url)), process.cwd()]
      .flatMap((start) => Array.from({ length: 8 }, (_, up) => join(start, ...Array<string>(up).fill('..'))))
      .find((dir) => existsSync(join(dir, 'extension-vscode/src/verify/node-transport.ts')));
    assert.ok(root, 'repository root');
    const requireHere = createRequire(join(root, 'package.json'));
    const esbuild = requireHere('esbuild') as typeof import('esbuild');
    const out = await esbuild.build({ entryPoints: [join(root, 'extension-vscode/src/verify/node-transport.ts')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
    const loaded = { exports: {} as { nodeTokenCheckTransport?: typeof nodeTokenCheckTransport } };
    new Function('module', 'exports', 'require', out.outputFiles[0]!.text)(loaded, loaded.exports, requireHere);
    const spec = verifierForRule('github-classic-pat')!;
    const call = loaded.exports.nodeTokenCheckTransport!('t').callFor(spec, server.baseUrl);
    const reply = await call({ method: 'GET', path: '/user', headers: { 'user-agent': 't', accept: 'application/vnd.github+json', authorization: 'Bearer not-a-token' } });
    assert.equal(reply.status, 401);
  });

  it('the transport goes to the official host unless a base is given, and refuses any other host', async () => {
    const spec = verifierForRule('github-classic-pat')!;
    const call = nodeTokenCheckTransport('t').callFor(spec, undefined);
    await assert.rejects(call({ method: 'GET', host: 'https://evil.example', path: '/user', headers: {} }), /not one of this provider's API hosts/);
  });
});
