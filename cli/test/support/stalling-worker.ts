/**
 * A scan worker for the pool's tests: the real protocol and the real scanFile, except that a file
 * whose name contains "stall" never finishes (a busy loop, as a catastrophic regex would be), and one
 * whose name contains "crash" takes the thread down. Only tests load it (the pool is given its URL);
 * nothing in the CLI's own code paths knows about it.
 */
import { serveScanBatches } from '../../src/walk/serve-batches.js';

serveScanBatches((file) => {
  if (file.display.includes('stall')) for (;;);
  if (file.display.includes('crash')) throw new Error('worker crashed on purpose');
});
