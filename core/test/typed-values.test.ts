/** Typed values and leetspeak: the placeholder helpers the generic rules and the long-tail matcher share. */
import assert from 'node:assert/strict';
import { interleavedSequence, unleet } from '../src/engine/placeholders.js';

describe('typed values (two runs interleaved)', () => {
  const typed = [
    'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
    'abcd1234efgh5678ijkl9012mnop3456',
    'ABC123DEF456',
    'z9y8x7w6v5u4',
    '12ab34cd56ef78gh90ij12kl34mn56',
    'A1B2C3D4E5F6G7H8I9JK',
  ];
  for (const value of typed) it(`calls ${value} typed`, () => assert.equal(interleavedSequence(value), true));

  const generated = [
    '1544db6da39ba6708a0ffcc6a48b8e7c',
    'a8bd018abcd5120664acd5baa3066ecdc5a8a226',
    '729489df2aebc89a34629b87',
    '5XVCQ0crdLW18OrOmHwbfg4tvBYi1wxL',
    'SEW8L4CIP3EJXT5R58OV',
  ];
  for (const value of generated) it(`does not call the random ${value.length}-character ${value.slice(0, 4)}… typed`, () => assert.equal(interleavedSequence(value), false));

  it('a word and one run of digits is a (weak) human password, not two runs interleaved', () => {
    assert.equal(interleavedSequence('abuser123456'), false);
  });
});

describe('leetspeak read back', () => {
  it('maps the usual substitutions to letters', () => {
    assert.equal(unleet('p@ssw0rd'), 'password');
    assert.equal(unleet('s00pers3cret'), 'soopersecret');
    assert.equal(unleet('super$ecret'), 'supersecret');
  });
  it('leaves other characters alone', () => assert.equal(unleet('Xq9-26_8'), 'Xq9-26_8'));
});
