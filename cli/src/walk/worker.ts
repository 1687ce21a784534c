/** Worker thread: scans the files it is sent with its own Scanner and posts the results back. */
import { serveScanBatches } from './serve-batches.js';

serveScanBatches();
