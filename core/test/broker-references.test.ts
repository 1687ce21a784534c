import assert from 'node:assert/strict';
import { BrokerReferenceError, isBrokerReference, parseBrokerReference } from '../src/broker/references.js';

const rejects = (text: string, pattern: RegExp) =>
  assert.throws(() => parseBrokerReference(text), (error: Error) => error instanceof BrokerReferenceError && error.name === 'BrokerReferenceError' && pattern.test(error.message));

describe('broker references', () => {
  it('keychain://SERVICE/ACCOUNT', () => {
    assert.deepEqual(parseBrokerReference('keychain://secret-hygiene/github-GITHUB_TOKEN'), { scheme: 'keychain', text: 'keychain://secret-hygiene/github-GITHUB_TOKEN', service: 'secret-hygiene', account: 'github-GITHUB_TOKEN' });
    rejects('keychain://only-service', /keychain:\/\/only-service: expected keychain:\/\/SERVICE\/ACCOUNT/);
    rejects('keychain://svc/a/b', /expected keychain:\/\/SERVICE\/ACCOUNT/);
    rejects('keychain://-rf/acct', /SERVICE must be/);
    rejects('keychain://svc/acct name', /ACCOUNT must be/);
  });

  it('op://vault/item/[section/]field (the form remediation writes)', () => {
    assert.equal(parseBrokerReference('op://Private/GITHUB_TOKEN/credential').scheme, 'op');
    assert.equal(parseBrokerReference('op://Team Vault/db/section/password').scheme, 'op');
    assert.equal(parseBrokerReference('op://v/i/f?attribute=otp').scheme, 'op');
    rejects('op://vault/item', /expected op:\/\/VAULT\/ITEM/);
    rejects('op://v/i/f?x=1', /only query/);
  });

  it('env://NAME', () => {
    assert.deepEqual(parseBrokerReference('env://CI_TOKEN'), { scheme: 'env', text: 'env://CI_TOKEN', name: 'CI_TOKEN' });
    rejects('env://1BAD', /expected env:\/\/NAME/);
  });

  it('github-app://APP_ID/INSTALLATION_ID with permissions, repositories and key', () => {
    const ref = parseBrokerReference('github-app://123/456?permissions=contents:read,issues:write&repositories=a,b.c');
    assert.equal(ref.scheme, 'github-app');
    if (ref.scheme !== 'github-app') return;
    assert.deepEqual(ref.permissions, { contents: 'read', issues: 'write' });
    assert.deepEqual(ref.repositories, ['a', 'b.c']);
    assert.equal(ref.key.text, 'keychain://secret-hygiene/github-app-123');
    const withKey = parseBrokerReference('github-app://123/456?permissions=metadata:read&key=op://Ops/app/private-key');
    assert.equal(withKey.scheme === 'github-app' && withKey.key.text, 'op://Ops/app/private-key');
    const encoded = parseBrokerReference('github-app://123/456?permissions=metadata:read&key=env%3A%2F%2FAPP_KEY');
    assert.equal(encoded.scheme === 'github-app' && encoded.key.text, 'env://APP_KEY');
  });

  it('github-app:// bad input names the problem', () => {
    rejects('github-app://123/456', /permissions= is required/);
    rejects('github-app://abc/456?permissions=contents:read', /APP_ID must be/);
    rejects('github-app://123/456?permissions=contents:owner', /permission "contents:owner" must be NAME:read/);
    rejects('github-app://123/456?permissions=contents:read,contents:write', /given twice/);
    rejects('github-app://123/456?permissions=contents:read&repositories=own/repo', /without its owner/);
    rejects('github-app://123/456?permissions=contents:read&scope=x', /unknown parameter "scope"/);
    rejects('github-app://123/456?permissions=contents:read&key=github-app://1/2', /key= must name where the private key is kept/);
    rejects('github-app://123/456?permissions=contents:read&key=keychain://bad', /key=: keychain:\/\/bad: expected/);
    rejects(`github-app://123/456?permissions=contents:read&repositories=${Array.from({ length: 501 }, (_, i) => `r${i}`).join(',')}`, /at most 500/);
  });

  it('text that is not one of our references is never quoted back', () => {
    const literal = 'ghp_literalTokenValueThatMustNotBeEchoed0000';
    assert.throws(() => parseBrokerReference(literal), (error: Error) => /not a reference/.test(error.message) && !error.message.includes(literal));
    assert.throws(
      () => parseBrokerReference('https://user:hunter2@example.com/'),
      (error: Error) => /unknown scheme "https:\/\/"/.test(error.message) && !error.message.includes('hunter2'),
    );
    assert.equal(isBrokerReference('keychain://a/b'), true);
    assert.equal(isBrokerReference('KEYCHAIN://a/b'), false);
    assert.equal(isBrokerReference('value'), false);
  });
});
