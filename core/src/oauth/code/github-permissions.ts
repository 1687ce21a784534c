/**
 * GitHub permissions (not OAuth scopes) as written in code: a workflow's `permissions:` for its GITHUB_TOKEN,
 * and a GitHub App's `permissions` / `default_permissions`. The facts come from the one scope catalog
 * (`providers/github.ts`), so the browser, the URL parser and the code scanner agree.
 */
import { assessScope } from '../catalog.js';
import type { ScopeRisk } from '../types.js';

export interface PermissionFact {
  risk: ScopeRisk;
  /** What the access lets the token do. */
  grants: string;
  narrower?: string;
}

const LOWER: Record<ScopeRisk, ScopeRisk> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

/**
 * The same permission, one step less risky: a workflow's GITHUB_TOKEN is limited to its repository and
 * expires when the job ends (one step below an App installed across repositories), and a job's own
 * `permissions` block narrows it again.
 */
export function lowerOneStep(fact: PermissionFact): PermissionFact {
  return { ...fact, risk: LOWER[fact.risk] };
}

/** The catalog's fact for `name: level` (write or admin only), or undefined when the catalog does not know it. */
export function githubPermissionFact(name: string, level: string): PermissionFact | undefined {
  const normalized = level.toLowerCase();
  if (normalized !== 'write' && normalized !== 'admin') return undefined;
  // The catalog spells levels `read`/`write`; `admin` (a few App permissions) includes write.
  const assessment = assessScope('github', `${name}:write`);
  if (!assessment.known) return undefined;
  const fact: PermissionFact = { risk: assessment.risk, grants: assessment.reason };
  if (assessment.narrower) fact.narrower = assessment.narrower;
  return fact;
}

/** `permissions: write-all`, from the catalog. */
export function writeAllFact(): PermissionFact {
  const assessment = assessScope('github', 'write-all');
  return { risk: assessment.risk, grants: assessment.reason, ...(assessment.narrower ? { narrower: assessment.narrower } : {}) };
}
