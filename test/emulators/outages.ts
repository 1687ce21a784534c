/**
 * Switches a test flips on an emulator to make it fail as providers do: rate limited, a server error,
 * or a reply slower than the client's timeout. Each emulator builds the provider's own bodies for them.
 */
import type { EmulatedReply } from './loopback-server.js';

export type Outage = 'rate-limited' | 'server-error' | 'slow';

export interface OutageSwitch {
  outage?: Outage;
  /** How long a slow reply is held (default 3 s, beyond the test calls' timeouts). */
  slowMs?: number;
}

/** The outage reply, or undefined when the emulator should answer normally. */
export function outageReply(state: OutageSwitch, replies: { rateLimited: EmulatedReply; serverError: EmulatedReply }): EmulatedReply | undefined {
  if (state.outage === 'rate-limited') return replies.rateLimited;
  if (state.outage === 'server-error') return replies.serverError;
  return undefined;
}

/** A normal reply, held back when the emulator is slow. */
export function maybeSlow(state: OutageSwitch, reply: EmulatedReply): EmulatedReply {
  return state.outage === 'slow' ? { ...reply, delayMs: state.slowMs ?? 3000 } : reply;
}
