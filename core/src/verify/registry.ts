/**
 * Every provider's verifier, in one explicit list (adding a provider = one file + one line).
 * Each file under `providers/` cites the documentation of the endpoints it calls.
 */
import type { VerifierSpec } from './types.js';

export const verifiers: readonly VerifierSpec[] = [
  // Group A (GitHub, GitLab, Slack, npm, Hugging Face, OpenAI, Anthropic, Stripe, Google):

  // Group B (AWS, SendGrid, Twilio, Datadog, Sentry, Linear, Notion):
];

const byRule = new Map<string, VerifierSpec>();
for (const spec of verifiers) for (const ruleId of spec.ruleIds) byRule.set(ruleId, spec);

/** The verifier for a finding's rule, if its provider is supported. */
export function verifierForRule(ruleId: string): VerifierSpec | undefined {
  return byRule.get(ruleId);
}

export function verifierById(id: string): VerifierSpec | undefined {
  return verifiers.find((spec) => spec.id === id);
}
