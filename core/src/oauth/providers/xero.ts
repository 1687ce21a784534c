/** Xero OAuth 2.0 scopes (accounting, payroll, files, assets, projects). `offline_access` asks for a refresh token. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign in with Xero (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'offline_access', risk: 'medium', grants: 'A refresh token: access continues while the user is away.', longLived: true },
  { scope: 'accounting.transactions', risk: 'critical', grants: 'Create and change invoices, bills, payments, bank transactions and credit notes.', narrower: 'accounting.transactions.read' },
  { scope: 'accounting.transactions.read', risk: 'high', grants: 'Read every invoice, bill, payment and bank transaction.' },
  { scope: 'accounting.reports.read', risk: 'high', grants: 'Read financial reports: profit and loss, balance sheet, bank summary.' },
  { scope: 'accounting.journals.read', risk: 'high', grants: 'Read the general ledger journals.' },
  { scope: 'accounting.settings', risk: 'high', grants: 'Change the organisation’s settings, accounts, tax rates and tracking categories.', narrower: 'accounting.settings.read' },
  { scope: 'accounting.settings.read', risk: 'low', grants: 'Read the organisation’s settings and chart of accounts.' },
  { scope: 'accounting.contacts', risk: 'high', grants: 'Create and change customers and suppliers, including their bank details.', narrower: 'accounting.contacts.read' },
  { scope: 'accounting.contacts.read', risk: 'medium', grants: 'Read customers and suppliers.' },
  { scope: 'accounting.attachments', risk: 'medium', grants: 'Add and read attachments.', narrower: 'accounting.attachments.read' },
  { scope: 'accounting.attachments.read', risk: 'medium', grants: 'Read attachments (receipts, invoices).' },
  { scope: 'payroll.employees', risk: 'critical', grants: 'Create and change employees, including bank accounts and tax numbers.', narrower: 'payroll.employees.read' },
  { scope: 'payroll.employees.read', risk: 'high', grants: 'Read employees’ personal, tax and bank details.' },
  { scope: 'payroll.payruns', risk: 'critical', grants: 'Create and change pay runs.', narrower: 'payroll.payruns.read' },
  { scope: 'payroll.payruns.read', risk: 'high', grants: 'Read pay runs.' },
  { scope: 'payroll.payslip', risk: 'high', grants: 'Read and change payslips.' },
  { scope: 'payroll.timesheets', risk: 'medium', grants: 'Create and change timesheets.' },
  { scope: 'payroll.settings', risk: 'high', grants: 'Change payroll settings.' },
  { scope: 'files', risk: 'medium', grants: 'Read, upload and delete files in Xero Files.', narrower: 'files.read' },
  { scope: 'files.read', risk: 'medium', grants: 'Read Xero Files.' },
  { scope: 'assets', risk: 'medium', grants: 'Create and change fixed assets.', narrower: 'assets.read' },
  { scope: 'assets.read', risk: 'low', grants: 'Read fixed assets.' },
  { scope: 'projects', risk: 'medium', grants: 'Create and change projects and time entries.', narrower: 'projects.read' },
  { scope: 'projects.read', risk: 'low', grants: 'Read projects.' },
  { scope: 'bankfeeds', risk: 'critical', grants: 'Push bank statement lines into the organisation’s bank feeds (restricted).' },
];

export const xeroScopes: ScopeCatalog = {
  provider: 'xero',
  name: 'Xero',
  sources: ['https://developer.xero.com/documentation/guides/oauth2/scopes', 'https://developer.xero.com/documentation/guides/oauth2/auth-flow'],
  scopes: entries,
};
