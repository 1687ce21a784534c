/**
 * Long-tail providers a to k: one entry per provider, facts from each provider's documentation (`doc`).
 * Shape and meaning of every field: ./types.ts.
 */
import type { LongTailProvider } from './types.js';

export const providers: LongTailProvider[] = [
];
