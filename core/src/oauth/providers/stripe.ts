/**
 * Stripe Connect OAuth (`connect.stripe.com/oauth/authorize`): two scopes for Standard accounts. The
 * access token it returns is a secret API key for the connected account and does not expire.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'read_write', risk: 'critical', grants: 'Full API access to the connected account: charges, refunds, customers, payouts.', narrower: 'read_only, or Connect with Stripe-hosted onboarding and restricted keys' },
  { scope: 'read_only', risk: 'high', grants: 'Read the connected account’s payments, customers, balances and payouts.' },
];

export const stripeScopes: ScopeCatalog = {
  provider: 'stripe',
  name: 'Stripe Connect',
  sources: ['https://docs.stripe.com/connect/oauth-reference', 'https://docs.stripe.com/connect/oauth-standard-accounts'],
  scopes: entries,
  unscoped: { why: 'A Stripe Connect request without scope defaults to read_only on the whole connected account', risk: 'high' },
  longLivedByDefault: 'The Stripe Connect access token is the connected account’s secret key and does not expire until the account disconnects',
};
