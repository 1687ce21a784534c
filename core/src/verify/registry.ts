/**
 * Every provider's verifier, in one explicit list (adding a provider = one file + one line).
 * Each file under `providers/` cites the documentation of the endpoints it calls.
 */
import { anthropicVerifier } from './providers/anthropic.js';
import { githubVerifier } from './providers/github.js';
import { gitlabVerifier } from './providers/gitlab.js';
import { googleVerifier } from './providers/google.js';
import { huggingfaceVerifier } from './providers/huggingface.js';
import { npmVerifier } from './providers/npm.js';
import { openaiVerifier } from './providers/openai.js';
import { slackVerifier } from './providers/slack.js';
import { stripeVerifier } from './providers/stripe.js';
import { awsVerifier } from './providers/aws.js';
import { datadogVerifier } from './providers/datadog.js';
import { linearVerifier } from './providers/linear.js';
import { notionVerifier } from './providers/notion.js';
import { sendgridVerifier } from './providers/sendgrid.js';
import { sentryVerifier } from './providers/sentry.js';
import { twilioVerifier } from './providers/twilio.js';
import type { VerifierSpec } from './types.js';

export const verifiers: readonly VerifierSpec[] = [
  // Group A (GitHub, GitLab, Slack, npm, Hugging Face, OpenAI, Anthropic, Stripe, Google):
  githubVerifier,
  gitlabVerifier,
  slackVerifier,
  npmVerifier,
  huggingfaceVerifier,
  openaiVerifier,
  anthropicVerifier,
  stripeVerifier,
  googleVerifier,

  // Group B (AWS, SendGrid, Twilio, Datadog, Sentry, Linear, Notion):
  awsVerifier,
  sendgridVerifier,
  twilioVerifier,
  datadogVerifier,
  sentryVerifier,
  linearVerifier,
  notionVerifier,
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
