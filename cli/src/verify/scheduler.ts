/**
 * How verification requests share the network: at most `concurrency` in flight, one at a time per
 * provider (a provider's rate limit is per account and per IP, and a burst is what trips it), and a
 * 429 answered by waiting what `Retry-After` says, holding that provider's lane, then retrying — up to
 * `maxWaitMs` in all and `retries` times; past that the 429 goes back to the spec, which reports
 * `unknown`. https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
import type { ApiCall, ApiRequest, ApiResponse } from '@secret-hygiene/core';

export interface SchedulerOptions {
  concurrency: number;
  /** Longest total wait for one request's rate limit. */
  maxWaitMs: number;
  retries: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SchedulerStats {
  requests: number;
  rateLimited: number;
  waitedMs: number;
}

/** `Retry-After`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export class RequestScheduler {
  readonly stats: SchedulerStats = { requests: 0, rateLimited: 0, waitedMs: 0 };
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly lanes = new Map<string, Promise<unknown>>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** `call` for one provider, queued in its lane. */
  forProvider(provider: string, call: ApiCall): ApiCall {
    return (request: ApiRequest) => {
      const previous = this.lanes.get(provider) ?? Promise.resolve();
      const turn = previous.then(() => this.sendWithRetries(call, request));
      this.lanes.set(provider, turn.catch(() => undefined));
      return turn;
    };
  }

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async sendWithRetries(call: ApiCall, request: ApiRequest): Promise<ApiResponse> {
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      this.stats.requests++;
      // The global slot is held for the request only, not while waiting out a rate limit.
      const response = await this.withSlot(() => call(request));
      if (response.status !== 429) return response;
      this.stats.rateLimited++;
      const wait = retryAfterMs(response.headers['retry-after'], this.now()) ?? 1000;
      if (attempt >= this.options.retries || waited + wait > this.options.maxWaitMs) return response;
      waited += wait;
      this.stats.waitedMs += wait;
      await this.sleep(wait);
    }
  }
}
