/** Intuit (QuickBooks Online) OAuth 2.0 scopes. Every authorization code comes with a refresh token. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'com.intuit.quickbooks.accounting', risk: 'critical', grants: 'The whole QuickBooks company: invoices, bills, payments, bank transactions, customers, vendors, reports; read and write.' },
  { scope: 'com.intuit.quickbooks.payment', risk: 'critical', grants: 'QuickBooks Payments: charge cards and bank accounts, refund, store payment methods.' },
  { scope: 'com.intuit.quickbooks.payroll', risk: 'critical', grants: 'QuickBooks Payroll: employees, compensation and pay runs (restricted).' },
  { scope: 'com.intuit.quickbooks.payroll.timetracking', risk: 'medium', grants: 'Payroll time activities.' },
  { scope: 'com.intuit.quickbooks.payroll.benefits', risk: 'high', grants: 'Payroll benefits of employees.' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with Intuit (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'phone', risk: 'low', grants: 'The user’s phone number.' },
  { scope: 'address', risk: 'low', grants: 'The user’s postal address.' },
];

export const intuitScopes: ScopeCatalog = {
  provider: 'intuit',
  name: 'Intuit QuickBooks',
  sources: [
    'https://developer.intuit.com/app/developer/qbo/docs/learn/scopes',
    'https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0',
  ],
  scopes: entries,
  longLivedByDefault: 'Intuit returns a refresh token with every authorization (valid 100 days, renewed on use)',
};
