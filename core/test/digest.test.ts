import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { hmac, SHA1, SHA256, SHA384, SHA512 } from '../src/tokens/hmac.js';

describe('pure digests (PKCS#12 MAC checks) agree with node:crypto', () => {
  for (const [name, hash] of [['sha1', SHA1], ['sha256', SHA256], ['sha384', SHA384], ['sha512', SHA512]] as const) {
    it(`HMAC-${name} across padding boundaries and long keys`, () => {
      for (const length of [0, 1, 55, 56, 63, 64, 111, 112, 127, 128, 1000]) {
        const data = randomBytes(length);
        const key = randomBytes(length % 200 + 1); // includes keys longer than the block
        assert.equal(Buffer.from(hmac(hash, key, data)).toString('hex'), createHmac(name, key).update(data).digest('hex'), `length ${length}`);
      }
    });
  }
});
