import assert from 'node:assert/strict';
import { UsageError } from '../src/errors.js';
import { inheritedAssignments, mergeAssignments, parseEnvFile, parseRunArgs } from '../src/broker/run-args.js';

const usage = (fn: () => unknown, pattern: RegExp) => assert.throws(fn, (error: Error) => error instanceof UsageError && pattern.test(error.message));

describe('run arguments', () => {
  it('-e, --env, --env= before the command; everything after -- (or the first word) is the command', () => {
    const args = parseRunArgs(['-e', 'A=env://X', '--env', 'B=keychain://s/a', '--env=C=op://v/i/f', '--', 'node', '-e', 'x', '--help']);
    assert.deepEqual(args.assignments.map((a) => [a.variable, a.reference.text, a.origin]), [['A', 'env://X', '-e'], ['B', 'keychain://s/a', '--env'], ['C', 'op://v/i/f', '--env']]);
    assert.equal(args.command, 'node');
    assert.deepEqual(args.args, ['-e', 'x', '--help']);
    assert.equal(parseRunArgs(['-e', 'A=env://X', 'sh', '-c', 'true']).command, 'sh');
    assert.equal(parseRunArgs(['--help']).help, true);
  });

  it('bad command lines say what is wrong and never echo a value', () => {
    usage(() => parseRunArgs(['-e', 'A=env://X']), /give the command to start after --/);
    usage(() => parseRunArgs(['-e']), /-e needs NAME=REF/);
    usage(() => parseRunArgs(['-e', 'NOEQUALS', '--', 'true']), /expected NAME=REF/);
    usage(() => parseRunArgs(['-e', '1A=env://X', '--', 'true']), /expected NAME=REF with NAME a variable name/);
    usage(() => parseRunArgs(['--frobnicate', '--', 'true']), /unknown option "--frobnicate"/);
    assert.throws(() => parseRunArgs(['-e', 'T=ghp_value-that-must-not-be-echoed', '--', 'true']), (error: Error) => /-e: T: not a reference/.test(error.message) && !error.message.includes('must-not-be-echoed'));
  });

  it('env files: comments, blank lines, export, quotes; literals refused naming the line', () => {
    const parsed = parseEnvFile('# refs\n\nexport A="keychain://s/a"\nB=\'env://X\'\r\nC = op://v/i/f\n', 'refs.env');
    assert.deepEqual(parsed.map((a) => [a.variable, a.reference.text, a.origin]), [['A', 'keychain://s/a', 'refs.env:3'], ['B', 'env://X', 'refs.env:4'], ['C', 'op://v/i/f', 'refs.env:5']]);
    assert.throws(() => parseEnvFile('A=keychain://s/a\nTOKEN=literal-secret-value\n', 'f.env'), (error: Error) => /f\.env:2: TOKEN: the value is not a reference/.test(error.message) && !error.message.includes('literal-secret-value'));
    usage(() => parseEnvFile('X=ftp://host/file\n', 'f.env'), /f\.env:1: X: unknown scheme "ftp:\/\/"/);
    usage(() => parseEnvFile('just words\n', 'f.env'), /f\.env:1: expected NAME=REF/);
  });

  it('inherited references are resolved too; a given one wins over an inherited one', () => {
    const inherited = inheritedAssignments({ PATH: '/usr/bin', TOKEN: 'keychain://s/inherited', OTHER: 'http://example.com' });
    assert.deepEqual(inherited.map((a) => a.variable), ['TOKEN']);
    const given = parseRunArgs(['-e', 'TOKEN=keychain://s/given', '--', 'true']).assignments;
    assert.deepEqual(mergeAssignments(inherited, given).map((a) => a.reference.text), ['keychain://s/given']);
    usage(() => inheritedAssignments({ BROKEN: 'keychain://only-service' }), /inherited environment: BROKEN: keychain:\/\/only-service: expected/);
  });
});
