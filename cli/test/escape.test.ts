import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeForTerminal, escapeName, escapeNameBytes } from '../src/output/escape.js';
import { looksBinary } from '../src/walk/read-file.js';

describe('names shown escaped', () => {
  it('plain names pass unchanged; controls, backslash and invisible reordering characters are escaped', () => {
    assert.equal(escapeName('src/app.ts'), 'src/app.ts');
    assert.equal(escapeName('café/日本.env'), 'café/日本.env');
    assert.equal(escapeName('a\nb\rc\td'), 'a\\nb\\rc\\td');
    assert.equal(escapeName('\u001b[31mred'), '\\x1b[31mred');
    assert.equal(escapeName('a\\b'), 'a\\\\b', 'a backslash is escaped, so an escape in a name cannot pass for ours');
    assert.equal(escapeName('x\u0085y\u009bz'), 'x\\x85y\\x9bz');
    assert.equal(escapeName('invoice\u202Efdp.exe'), 'invoice\\u{202e}fdp.exe');
    assert.equal(escapeName('zero\u200Bwidth\uFEFF'), 'zero\\u{200b}width\\u{feff}');
  });

  it('bytes that are not UTF-8 become \\xNN; valid sequences around them are kept', () => {
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    assert.equal(escapeNameBytes(bytes('caf', [0xe9], '.env')), 'caf\\xe9.env');
    assert.equal(escapeNameBytes(bytes('é', [0xff, 0xfe], 'ok')), 'é\\xff\\xfeok');
    assert.equal(escapeNameBytes(bytes([0xc0, 0xaf])), '\\xc0\\xaf', 'overlong encoding of /');
    assert.equal(escapeNameBytes(bytes([0xed, 0xa0, 0x80])), '\\xed\\xa0\\x80', 'an encoded surrogate');
    assert.equal(escapeNameBytes(bytes([0xf4, 0x90, 0x80, 0x80])), '\\xf4\\x90\\x80\\x80', 'above U+10FFFF');
    assert.equal(escapeNameBytes(bytes([0xe6, 0x97])), '\\xe6\\x97', 'truncated sequence');
    assert.equal(escapeNameBytes(bytes('\u{1F600}', [0x0a])), '\u{1F600}\\n');
  });

  it('terminal text keeps tabs and escapes everything that could start a line or drive the terminal', () => {
    assert.equal(escapeForTerminal('a\tb'), 'a\tb');
    assert.equal(escapeForTerminal('x\n✔ no findings'), 'x\\n✔ no findings');
    assert.equal(escapeForTerminal('\u001b[2J\r'), '\\x1b[2J\\r');
    assert.equal(escapeForTerminal('C:\\path'), 'C:\\path', 'backslashes in already-escaped text are left alone');
  });
});

describe('binary or text', () => {
  it('a stray NUL or control in text is not binary; NUL-dense or control-dense data is', () => {
    const text = Buffer.from(`${'key = value\n'.repeat(20)}\u0000${'more = text\n'.repeat(5)}`);
    assert.equal(looksBinary(text), false);
    assert.equal(looksBinary(Buffer.from('T=abc\u0000def\u0007ghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')), false);
    assert.equal(looksBinary(Buffer.from([0, 1, 2, 3, 0, 0x67, 0x68, 0x70])), true);
    assert.equal(looksBinary(Buffer.from('a\u0000b\u0000c\u0000d\u0000', 'latin1')), true, 'UTF-16 without a BOM');
    assert.equal(looksBinary(Buffer.from('\u001b[32mgreen\u001b[0m log line\n\f\b\t')), false, 'ESC, FF, BS and TAB are text, as in git');
    assert.equal(looksBinary(Buffer.from('dos file\r\n\u001a')), false, 'a trailing ^Z is allowed, as in git');
  });

  it('the table-driven count agrees with git\'s rule written out byte by byte', () => {
    // git's proportion test as convert.c states it, with our one-in-32 share.
    const byRule = (sample: Uint8Array) => {
      let printable = 0;
      let nonPrintable = 0;
      for (const c of sample) {
        if (c === 0x0a || c === 0x0d) continue;
        if (c === 0x7f || (c < 0x20 && ![0x08, 0x09, 0x0c, 0x1b].includes(c))) nonPrintable++;
        else printable++;
      }
      if (sample.length && sample[sample.length - 1] === 0x1a) nonPrintable--;
      return nonPrintable > printable >> 5;
    };
    // Bytes biased towards the boundary cases: controls, line ends, DEL, ^Z and plain text.
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x1b, 0x7f, 0x41, 0x20));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(byte, { maxLength: 300 }), (random, biased) => {
        for (const sample of [random, Uint8Array.from(biased)]) assert.equal(looksBinary(sample), byRule(sample));
      }),
      { seed: 8000, numRuns: 500 },
    );
  });
});
