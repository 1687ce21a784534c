import assert from 'node:assert/strict';
import { KeychainLockedError, KeychainUnavailableError, openKeychain } from '../src/broker/keychain.js';
import { parseSearchAttributes } from '../src/broker/keychain-secret-service.js';
import { parseDumpKeychain } from '../src/broker/keychain-macos.js';
import { startTestKeyring, type TestKeyring } from './support/keyring.js';
import { randomBytes } from 'node:crypto';

const synthetic = (): string => `ghp_${randomBytes(18).toString('base64url').slice(0, 36)}`;

describe('keychain (a real gnome-keyring-daemon in a private session bus)', () => {
  let keyring: TestKeyring;
  before(async () => {
    keyring = await startTestKeyring();
  });
  after(async () => keyring?.stop());

  const open = () => openKeychain({ platform: 'linux', env: { ...process.env, ...keyring.env } });

  it('puts, gets, lists (names only) and deletes an entry', async () => {
    const keychain = open();
    const value = synthetic();
    await keychain.put('svc-a', 'GITHUB_TOKEN', value);
    assert.equal(await keychain.get('svc-a', 'GITHUB_TOKEN'), value);
    const listed = await keychain.list();
    assert.deepEqual(listed, [{ service: 'svc-a', account: 'GITHUB_TOKEN' }]);
    assert.ok(!JSON.stringify(listed).includes(value));
    assert.equal(await keychain.delete('svc-a', 'GITHUB_TOKEN'), true);
    assert.equal(await keychain.get('svc-a', 'GITHUB_TOKEN'), undefined);
    assert.equal(await keychain.delete('svc-a', 'GITHUB_TOKEN'), false);
  });

  it('replaces a value on a second put, keeps newlines and unicode exactly', async () => {
    const keychain = open();
    await keychain.put('svc-b', 'key', 'first');
    const pem = `-----BEGIN PRIVATE KEY-----\n${randomBytes(48).toString('base64')}\nattribute.account = not-a-name\n-----END PRIVATE KEY-----\n`;
    await keychain.put('svc-b', 'key', pem);
    assert.equal(await keychain.get('svc-b', 'key'), pem);
    await keychain.put('svc-b', 'ünïcode', 'välue ✓');
    assert.equal(await keychain.get('svc-b', 'ünïcode'), 'välue ✓');
    // A value's lines are never taken for names.
    assert.deepEqual((await keychain.list('svc-b')).map((e) => e.account).sort(), ['key', 'ünïcode']);
  });

  it('resolves an entry stored by hand with secret-tool (service + account only), and list(service) shows it', async () => {
    const { spawnSync } = await import('node:child_process');
    const stored = spawnSync('secret-tool', ['store', '--label=by hand', 'service', 'svc-hand', 'account', 'acc'], { input: 'hand-value', env: { ...process.env, ...keyring.env } });
    assert.equal(stored.status, 0, String(stored.stderr));
    const keychain = open();
    assert.equal(await keychain.get('svc-hand', 'acc'), 'hand-value');
    assert.deepEqual(await keychain.list('svc-hand'), [{ service: 'svc-hand', account: 'acc' }]);
    assert.ok(!(await keychain.list()).some((e) => e.service === 'svc-hand'), 'list() without a service shows only what we stored');
    // Our put replaces it rather than leaving the hand-made entry to shadow the new value.
    await keychain.put('svc-hand', 'acc', 'ours');
    assert.equal(await keychain.get('svc-hand', 'acc'), 'ours');
  });

  it('a locked keyring is a KeychainLockedError, not "not found"', async () => {
    const keychain = open();
    await keychain.put('svc-lock', 'acc', 'v');
    keyring.lock();
    await assert.rejects(keychain.get('svc-lock', 'acc'), (error: Error) => error instanceof KeychainLockedError && /locked/.test(error.message));
    await assert.rejects(keychain.put('svc-lock', 'other', 'v2'), KeychainLockedError);
  });
});

describe('keychain without a keyring', () => {
  it('no session bus: KeychainUnavailableError naming DBUS_SESSION_BUS_ADDRESS', async () => {
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    env.XDG_RUNTIME_DIR = '/nonexistent-runtime-dir';
    const keychain = openKeychain({ platform: 'linux', env });
    await assert.rejects(keychain.get('s', 'a'), (error: Error) => error instanceof KeychainUnavailableError && /DBUS_SESSION_BUS_ADDRESS is not set/.test(error.message));
  });

  it('secret-tool missing: says which package to install', async () => {
    const keychain = openKeychain({ platform: 'linux', env: { ...process.env, PATH: '/nonexistent' } });
    await assert.rejects(keychain.list(), (error: Error) => error instanceof KeychainUnavailableError && /libsecret-tools/.test(error.message));
  });

  it('Windows: says plainly it is not supported yet', async () => {
    await assert.rejects(openKeychain({ platform: 'win32' }).get('s', 'a'), (error: Error) => error instanceof KeychainUnavailableError && /not supported yet/.test(error.message));
  });
});

describe('keychain tool output parsers', () => {
  it('secret-tool search: names from the attribute lines (stderr); a repeated name starts the next item', () => {
    const stderr = 'attribute.application = secret-hygiene\nattribute.account = acc\nattribute.service = svc\nsecret-tool: Cannot get secret of a locked object\nattribute.service = s2\nattribute.account = b\nattribute.service = only-service\n';
    assert.deepEqual(parseSearchAttributes(stderr), [{ service: 'svc', account: 'acc' }, { service: 's2', account: 'b' }]);
  });

  it('security dump-keychain: generic passwords only', () => {
    const out = 'keychain: "/Users/u/Library/Keychains/login.keychain-db"\nversion: 512\nclass: "genp"\nattributes:\n    "acct"<blob>="TOKEN"\n    "icmt"<blob>="secret-hygiene"\n    "svce"<blob>="svc"\nkeychain: "/Users/u/Library/Keychains/login.keychain-db"\nclass: "inet"\nattributes:\n    "acct"<blob>="web"\n    "srvr"<blob>="example.com"\n';
    assert.deepEqual(parseDumpKeychain(out), [{ service: 'svc', account: 'TOKEN', comment: 'secret-hygiene' }]);
  });
});
