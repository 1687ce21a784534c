/** The connector audit beyond GitHub: one entry per provider (each file cites the APIs it calls). */
import { auditAtlassianToken } from './atlassian.js';
import { auditGoogleToken } from './google.js';
import { auditMicrosoftGrants } from './microsoft.js';
import { type GrantsAuditOptions, type GrantsAuditReport, type GrantsProvider } from './report.js';
import { auditSlackToken } from './slack.js';

export { GRANTS_API_ORIGINS, GRANTS_PROVIDERS } from './report.js';

const AUDITS: Record<GrantsProvider, (token: string, options?: GrantsAuditOptions) => Promise<GrantsAuditReport>> = {
  microsoft: auditMicrosoftGrants,
  google: auditGoogleToken,
  slack: auditSlackToken,
  atlassian: auditAtlassianToken,
};


export function auditGrants(provider: GrantsProvider, token: string, options?: GrantsAuditOptions): Promise<GrantsAuditReport> {
  return AUDITS[provider](token, options);
}
