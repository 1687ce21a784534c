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
