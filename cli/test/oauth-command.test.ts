import assert from 'node:assert/strict';
import { OAUTH_HELP, runOauth } from '../src/oauth-command.js';
import { runCli } from '../../test/support/cli.js';

const GOOGLE =
  'https://accounts.google.com/o/oauth2/v2/auth?client_id=1234-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb' +
  '&response_type=code&scope=openid%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive&access_type=offline&prompt=consent';
const NARROW = 'https://github.com/login/oauth/authorize?client_id=Ov23liAbC&scope=read:user%20user:email';

function usageError(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: Error) => error.name === 'UsageError' && message.test(error.message));
}

describe('cli oauth', () => {
  it('text output: provider, client, redirect, one line per scope with narrower, warnings, overall risk; exit 1 when high', () => {
    const { stdout, exitCode } = runOauth([GOOGLE]);
    assert.equal(exitCode, 1);
    assert.match(stdout, /^Provider: +Google \(google\)$/m);
    assert.match(stdout, /^Client ID: +1234-abc\.apps\.googleusercontent\.com$/m);
    assert.match(stdout, /^Redirect URI: +https:\/\/app\.example\.com\/cb$/m);
    assert.match(stdout, /^ {2}high +https:\/\/www\.googleapis\.com\/auth\/drive {2}\S/m);
    assert.match(stdout, /^ +narrower: https:\/\/www\.googleapis\.com\/auth\/drive\.file/m);
    assert.match(stdout, /^ {2}low +openid +\S/m);
    assert.match(stdout, /Long-lived grant:\n {2}- access_type=offline/);
    assert.match(stdout, /Flow warnings:\n(?: {2}- .*\n)* {2}- prompt=consent/);
    assert.match(stdout, /^Overall risk: critical$/m);
  });

  it('json output follows the contract; exit 0 when the grant is narrow', () => {
    const { stdout, exitCode } = runOauth([NARROW, '--format', 'json']);
    assert.equal(exitCode, 0);
    const json = JSON.parse(stdout);
    assert.deepEqual(Object.keys(json).slice(0, 4), ['provider', 'clientId', 'scopes', 'risk']);
    assert.equal(json.provider, 'github');
    assert.equal(json.clientId, 'Ov23liAbC');
    assert.deepEqual(json.scopes.map((s: { scope: string }) => s.scope), ['read:user', 'user:email']);
    assert.equal(json.risk, 'low');
    assert.equal(runOauth(['-f', 'json', GOOGLE]).exitCode, 1);
  });

  it('usage errors: not an authorization URL, bad format, missing or extra URL, unknown flag', () => {
    usageError(() => runOauth(['https://example.com/about']), /not an OAuth authorization URL/);
    usageError(() => runOauth(['not a url']), /not an OAuth authorization URL/);
    usageError(() => runOauth([GOOGLE, '--format', 'sarif']), /--format: expected text or json, got "sarif"/);
    usageError(() => runOauth([]), /expected exactly one authorization URL, got 0/);
    usageError(() => runOauth([GOOGLE, NARROW]), /expected exactly one authorization URL, got 2/);
    usageError(() => runOauth([GOOGLE, '--bogus']), /bogus/);
  });

  it('--help prints the help, which documents the exit codes', () => {
    const { stdout, exitCode } = runOauth(['--help']);
    assert.equal(exitCode, 0);
    assert.equal(stdout, OAUTH_HELP);
    assert.match(OAUTH_HELP, /1 overall risk high or critical/);
  });

  it('runs as `secret-hygiene oauth` from the built CLI: exit 1 for a risky grant, 0 for a narrow one, 2 for a non-OAuth URL', () => {
    const risky = runCli(['oauth', GOOGLE, '--format', 'json']);
    assert.equal(risky.status, 1, risky.stderr);
    assert.equal(JSON.parse(risky.stdout).provider, 'google');
    assert.equal(runCli(['oauth', NARROW]).status, 0);
    const bad = runCli(['oauth', 'https://example.com/?q=1']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /not an OAuth authorization URL/);
  });
});
