/**
 * The GitHub connector audit: the token's own classic scopes and lifetime, the user's GitHub App
 * installations, and the installations of every organisation the user administers. Every API error is
 * explained in its section and the audit carries on; nothing is thrown to the caller.
 * Endpoints: GET /user, GET /user/installations, GET /user/memberships/orgs, GET /orgs/{org}/installations
 * (https://docs.github.com/en/rest/apps/installations, https://docs.github.com/en/rest/orgs/members).
 */
import { Octokit } from '@octokit/rest';
import { githubTokenFacts, redact, worstRisk, type GitHubTokenFacts, type ScopeAssessment, type ScopeRisk } from '../core-api.js';
import { assessClassicScopes, assessInstallation, type InstallationAssessment, type InstallationPayload } from './assess.js';
import { explainGitHubError, type ExplainedError } from './errors.js';

export const GITHUB_API = 'https://api.github.com';

export interface Section<T> {
  value?: T;
  error?: ExplainedError;
}

export interface GitHubAuditReport {
  time: string;
  /** The token as the report may show it: `ghp_…Zq9x`. */
  redactedToken: string;
  login?: string;
  token: GitHubTokenFacts & { classicScopes: ScopeAssessment[]; risk: ScopeRisk };
  /** Fatal: the token itself was refused or the API was unreachable; the other sections are empty. */
  error?: ExplainedError;
  userInstallations: Section<InstallationAssessment[]>;
  organisations: { org: string; installations: Section<InstallationAssessment[]> }[];
  /** Worst risk anywhere in the report. */
  risk: ScopeRisk;
  rateLimit?: { remaining: number; limit: number; resetAt: string };
}

export interface AuditOptions {
  /** The REST API root; production uses api.github.com (tests point it at an emulator). */
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function toErrorLike(error: unknown): Parameters<typeof explainGitHubError>[0] {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string>; data?: unknown } };
  // Octokit reports a failed fetch as status 500 without a response: that is a network error.
  if (!e?.response) return { message: e?.message ?? String(error) };
  return { status: e.status, message: e.message, headers: e.response.headers ?? {}, data: e.response.data };
}

async function section<T>(what: string, run: () => Promise<T>): Promise<Section<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: explainGitHubError(toErrorLike(error), what) };
  }
}

export async function auditGitHubToken(token: string, options: AuditOptions = {}): Promise<GitHubAuditReport> {
  const now = options.now?.() ?? new Date();
  const octokit = new Octokit({
    auth: token,
    baseUrl: options.baseUrl ?? GITHUB_API,
    userAgent: 'secret-hygiene-browser',
    log: silent,
    request: options.fetch ? { fetch: options.fetch } : {},
  });
  const report: GitHubAuditReport = {
    time: now.toISOString(),
    redactedToken: redact(token),
    token: { ...githubTokenFacts(token, undefined, now), classicScopes: [], risk: 'low' },
    userInstallations: {},
    organisations: [],
    risk: 'low',
  };

  try {
    const user = await octokit.request('GET /user');
    const headers = user.headers as Record<string, string | undefined>;
    report.login = user.data.login;
    const classicScopes = assessClassicScopes(headers['x-oauth-scopes']);
    report.token = { ...githubTokenFacts(token, headers['github-authentication-token-expiration'], now), classicScopes, risk: worstRisk(classicScopes.map((s) => s.risk)) };
    const remaining = Number(headers['x-ratelimit-remaining']);
    const limit = Number(headers['x-ratelimit-limit']);
    const reset = Number(headers['x-ratelimit-reset']);
    if ([remaining, limit, reset].every(Number.isFinite)) report.rateLimit = { remaining, limit, resetAt: new Date(reset * 1000).toISOString() };
  } catch (error) {
    report.error = explainGitHubError(toErrorLike(error), 'reading the token owner (GET /user)');
    return report;
  }

  report.userInstallations = await section('listing your GitHub App installations (GET /user/installations)', async () => {
    const installations = (await octokit.paginate('GET /user/installations', { per_page: 100 })) as InstallationPayload[];
    return installations.map(assessInstallation);
  });

  const memberships = await section('listing your organisation memberships (GET /user/memberships/orgs)', () =>
    octokit.paginate('GET /user/memberships/orgs', { state: 'active', per_page: 100 }),
  );
  if (memberships.error) {
    report.organisations.push({ org: '(your organisations)', installations: { error: memberships.error } });
  }
  const adminOrgs = (memberships.value ?? []).filter((m) => m.role === 'admin').map((m) => m.organization.login);
  for (const org of adminOrgs) {
    const installations = await section(`listing the installations of ${org} (GET /orgs/${org}/installations)`, async () => {
      const list = (await octokit.paginate('GET /orgs/{org}/installations', { org, per_page: 100 })) as InstallationPayload[];
      return list.map(assessInstallation);
    });
    report.organisations.push({ org, installations });
  }

  const all = [...(report.userInstallations.value ?? []), ...report.organisations.flatMap((o) => o.installations.value ?? [])];
  report.risk = worstRisk([report.token.risk, ...all.map((i) => i.risk)]);
  return report;
}
