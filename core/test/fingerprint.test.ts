/**
 * Issue 13: fingerprints in a committed baseline or an uploaded SARIF must not confirm a guessed weak
 * secret. Guessable secrets get a slow salted hash (PBKDF2-HMAC-SHA256); high-entropy tokens keep the
 * cheap, old one; without a salt everything is the old fingerprint (version-1 baselines).
 */
import assert from 'node:assert/strict';
import { createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import { Scanner, builtinRules, createBaseline, parseBaseline, baselineSalt, newBaselineSalt } from '../src/index.js';
import { FINGERPRINT_ITERATIONS, fingerprintOf, isGuessable } from '../src/engine/fingerprint.js';
import { hmacSha256, pbkdf2Sha256, toHex } from '../src/engine/hash.js';

const WEAK = 'Winter2024x';
const STRONG = 'ghp_T4kR8mW2qZ7xN1vB6yC3hJ9pL5sD0f0Rxk8L';
const legacy = (rule: string, secret: string) => `${rule}:${createHash('sha256').update(`${rule}\u0000${secret}`).digest('hex').slice(0, 24)}`;

describe('salted fingerprints', () => {
  it('HMAC-SHA256 and PBKDF2-HMAC-SHA256 agree with node:crypto', () => {
    const enc = new TextEncoder();
    assert.equal(toHex(hmacSha256(enc.encode('key'), enc.encode('message'))), createHashHmac('key', 'message'));
    for (const iterations of [1, 2, 3, 1000]) {
      assert.equal(toHex(pbkdf2Sha256(enc.encode(WEAK), enc.encode('salt'), iterations)), pbkdf2Sync(WEAK, 'salt', iterations, 32, 'sha256').toString('hex'));
    }
    const long = 'p'.repeat(100);
    assert.equal(toHex(pbkdf2Sha256(enc.encode(long), enc.encode('s'), 5)), pbkdf2Sync(long, 's', 5, 32, 'sha256').toString('hex'));
  });

  it('a guessable secret is hashed slowly with the salt; a high-entropy token keeps the old cheap hash', () => {
    assert.ok(isGuessable(WEAK));
    assert.ok(!isGuessable(STRONG));
    const salted = fingerprintOf('database-connection-string', WEAK, 'aa'.repeat(16));
    assert.notEqual(salted, legacy('database-connection-string', WEAK), 'no longer the unsalted hash anyone can recompute');
    const salt = `secret-hygiene/fingerprint/v2\u0000${'aa'.repeat(16)}\u0000database-connection-string`;
    assert.equal(salted, `database-connection-string:${pbkdf2Sync(WEAK, salt, FINGERPRINT_ITERATIONS, 32, 'sha256').toString('hex').slice(0, 24)}`);
    assert.ok(FINGERPRINT_ITERATIONS >= 10_000);
    // Stable for the same salt, different for another.
    assert.equal(fingerprintOf('database-connection-string', WEAK, 'aa'.repeat(16)), salted);
    assert.notEqual(fingerprintOf('database-connection-string', WEAK, 'bb'.repeat(16)), salted);
    assert.equal(fingerprintOf('github-classic-pat', STRONG, 'aa'.repeat(16)), legacy('github-classic-pat', STRONG));
    assert.equal(fingerprintOf('database-connection-string', WEAK), legacy('database-connection-string', WEAK));
  });

  it('the scanner fingerprints with the salt it is given', () => {
    const text = `DATABASE_URL=postgres://admin:${WEAK}@db.internal.example.com:5432/app\n`;
    const scanner = new Scanner(builtinRules);
    const plain = scanner.scan(text, { path: 'app.env' }).findings;
    const salted = scanner.scan(text, { path: 'app.env', fingerprintSalt: 'cc'.repeat(16) }).findings;
    assert.equal(plain.length, 1);
    assert.equal(plain[0]!.fingerprint, legacy(plain[0]!.ruleId, WEAK));
    assert.notEqual(salted[0]!.fingerprint, plain[0]!.fingerprint);
  });

  it('baselines: version 2 carries its salt, version 1 still parses, a bad salt is an error naming the field', () => {
    const salt = newBaselineSalt();
    assert.match(salt, /^[0-9a-f]{32}$/);
    assert.notEqual(newBaselineSalt(), salt);
    const v2 = parseBaseline(JSON.stringify(createBaseline([], salt)), 'b.json');
    assert.equal(v2.version, 2);
    assert.equal(baselineSalt(v2), salt);
    const v1 = parseBaseline(JSON.stringify(createBaseline([])), 'old.json');
    assert.equal(baselineSalt(v1), undefined);
    assert.throws(() => parseBaseline('{"version":2,"salt":"xyz","findings":[]}', 'team.json'), /team\.json: salt/);
    assert.throws(() => parseBaseline('{"version":2,"findings":[]}', 'team.json'), /team\.json: salt/);
  });
});

function createHashHmac(key: string, message: string): string {
  // node:crypto's HMAC, for comparison.
  return createHmac('sha256', key).update(message).digest('hex');
}
