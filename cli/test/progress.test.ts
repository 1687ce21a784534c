import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { Progress } from '../src/progress.js';

function terminal(isTTY: boolean): { stream: NodeJS.WritableStream & { isTTY?: boolean }; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (written.push(String(chunk)), done()) }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, written };
}

describe('progress line', () => {
  it('appears on a TTY once the run has taken a second, at most every 100 ms, and is erased at the end', async () => {
    let now = 0;
    const { stream, written } = terminal(true);
    const progress = new Progress(stream, () => now);
    progress.update('listing files… 10');
    now = 999;
    progress.update('listing files… 20');
    assert.deepEqual(written, [], 'nothing in the first second');
    now = 1000;
    progress.update('scanning… 5/20 files');
    now = 1050;
    progress.update('scanning… 6/20 files');
    now = 1100;
    progress.update('scanning… 9/20 files');
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(written, ['\r\u001b[2Kscanning… 5/20 files', '\r\u001b[2Kscanning… 9/20 files', '\r\u001b[2K']);
  });

  it('never writes when stderr is not a terminal (CI logs stay clean)', async () => {
    let now = 0;
    const { stream, written } = terminal(false);
    const progress = new Progress(stream, () => now);
    now = 5000;
    progress.update('scanning… 1/2 files');
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(written, []);
  });
});
