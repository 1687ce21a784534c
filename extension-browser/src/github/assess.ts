/**
 * Rates what a GitHub token and the GitHub App installations it can see are allowed to do, from GitHub's
 * documented response shapes: `X-OAuth-Scopes` (classic scopes), and installations' `permissions` map and
 * `repository_selection` (https://docs.github.com/en/rest/apps/installations). Ratings come from core's
 * catalog (`repo`, `administration:write`, ...), so the browser and the code scanner agree.
 */
import { assessScope, scopeRiskRank, worstRisk, type ScopeAssessment, type ScopeRisk } from '../core-api.js';

/** The subset of an installation object the audit reads. */
export interface InstallationPayload {
  id: number;
  app_slug?: string;
  app_id?: number;
  html_url?: string;
  account?: { login?: string; type?: string } | null;
  target_type?: string;
  repository_selection?: 'all' | 'selected' | string;
  permissions?: Record<string, string | undefined>;
  suspended_at?: string | null;
}

export interface PermissionAssessment extends ScopeAssessment {
  /** `administration`, `contents`, ... */
  permission: string;
  level: string;
}

export interface InstallationAssessment {
  id: number;
  appSlug: string;
  account: string;
  htmlUrl?: string;
  repositorySelection: string;
  suspended: boolean;
  permissions: PermissionAssessment[];
  risk: ScopeRisk;
  /** Why it is over-scoped, each with what to do instead. Empty = fine. */
  flags: string[];
}

/** `repo, admin:org, workflow` → rated scopes (an empty header = no classic scopes). */
export function assessClassicScopes(header: string | undefined | null): ScopeAssessment[] {
  if (!header) return [];
  const scopes = [...new Set(header.split(',').map((s) => s.trim()).filter(Boolean))];
  return scopes.map((scope) => assessScope('github', scope));
}

/** Permissions that act on repositories, so `repository_selection: all` multiplies them. */
const ORGANIZATION_OR_USER = /^(organization_|members$|team_discussions$|email_addresses$|followers$|git_ssh_keys$|gpg_keys$|profile$|starring$|plan$|blocking$|interaction_limits$|codespaces_user_secrets$|copilot_)/;

export function assessInstallation(installation: InstallationPayload): InstallationAssessment {
  const permissions: PermissionAssessment[] = Object.entries(installation.permissions ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== 'none')
    .map(([permission, level]) => ({ ...assessScope('github', `${permission}:${level}`), permission, level }))
    .sort((a, b) => scopeRiskRank(b.risk) - scopeRiskRank(a.risk) || a.permission.localeCompare(b.permission));
  const allRepositories = installation.repository_selection === 'all';
  const flags: string[] = [];
  for (const p of permissions) {
    if (scopeRiskRank(p.risk) < scopeRiskRank('high')) continue;
    const onAll = allRepositories && !ORGANIZATION_OR_USER.test(p.permission) ? ' on all repositories' : '';
    const instead = p.narrower ? `; narrower: ${p.narrower}` : '';
    flags.push(`${p.permission}: ${p.level}${onAll} (${p.risk}): ${p.reason.replace(/\.$/, '')}${instead}`);
  }
  const repoWrite = permissions.some((p) => p.level === 'write' && !ORGANIZATION_OR_USER.test(p.permission) && p.permission !== 'metadata');
  if (allRepositories && repoWrite) flags.push('has write access to all repositories of the account, including future ones: select only the repositories it needs');
  let risk = worstRisk(permissions.map((p) => p.risk));
  // Write access to every repository, present and future, is one step worse than the same on chosen ones.
  if (allRepositories && repoWrite && risk !== 'critical') risk = risk === 'high' ? 'critical' : 'high';
  const out: InstallationAssessment = {
    id: installation.id,
    appSlug: installation.app_slug ?? `app ${installation.app_id ?? '?'}`,
    account: installation.account?.login ?? '?',
    repositorySelection: installation.repository_selection ?? 'unknown',
    suspended: !!installation.suspended_at,
    permissions,
    risk,
    flags,
  };
  if (installation.html_url) out.htmlUrl = installation.html_url;
  return out;
}
