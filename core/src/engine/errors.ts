/** Typed errors with a literal `name`, so callers can tell them apart across realms (no instanceof needed). */

export class RuleError extends Error {
  override readonly name = 'RuleError' as const;
  constructor(readonly ruleId: string, message: string) {
    super(`rule ${ruleId}: ${message}`);
  }
}

export class BaselineError extends Error {
  override readonly name = 'BaselineError' as const;
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`);
  }
}

type ErrorWithStackLimit = ErrorConstructor & { stackTraceLimit?: number };

/**
 * Runs `fn` without capturing stack traces (V8's `Error.stackTraceLimit`; elsewhere a no-op). The `yaml`
 * parser builds an Error per problem in a malformed file and we only read the first message: on a
 * 78 KB fuzz input, capturing their stacks was a third of the scan.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const errors = Error as ErrorWithStackLimit;
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    errors.stackTraceLimit = limit;
  }
}
