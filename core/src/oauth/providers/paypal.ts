/**
 * Log in with PayPal (`www.paypal.com/connect`, `www.paypal.com/signin/authorize`): OpenID Connect scopes
 * plus PayPal attribute and service URIs, enabled on the app in the developer dashboard.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const PAYPAL = 'https://uri.paypal.com/services/';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Log in with PayPal (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'address', risk: 'medium', grants: 'The user’s postal address.' },
  { scope: 'phone', risk: 'low', grants: 'The user’s phone number.' },
  { scope: `${PAYPAL}paypalattributes`, risk: 'medium', grants: 'Account attributes: verified status, account type, age range, payer id.' },
  { scope: `${PAYPAL}paypalattributes/business`, risk: 'medium', grants: 'Business account attributes.' },
  { scope: `${PAYPAL}expresscheckout`, risk: 'medium', grants: 'Start checkouts on the user’s behalf with their details filled in.' },
  { scope: `${PAYPAL}invoicing`, risk: 'high', grants: 'Create, send and manage invoices as the user.' },
  { scope: `${PAYPAL}payments/futurepayments`, risk: 'critical', grants: 'Charge the user’s PayPal account later without asking again (future payments).' },
  { scope: `${PAYPAL}disputes/read-buyer`, risk: 'medium', grants: 'Read the user’s disputes as a buyer.' },
  { scope: `${PAYPAL}disputes/read-seller`, risk: 'medium', grants: 'Read the user’s disputes as a seller.' },
];

export const paypalScopes: ScopeCatalog = {
  provider: 'paypal',
  name: 'PayPal',
  sources: [
    'https://developer.paypal.com/docs/log-in-with-paypal/integrate/reference/',
    'https://developer.paypal.com/docs/log-in-with-paypal/integrate/',
  ],
  scopes: entries,
};
