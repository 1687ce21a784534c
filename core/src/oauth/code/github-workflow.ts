/**
 * GitHub Actions workflows: `permissions: write-all` and broad write grants to the GITHUB_TOKEN, at the top
 * level (every job) or per job. The token expires when the job ends, hence `short-lived`; the risk is what
 * any step, including a compromised third-party action, can do with it meanwhile.
 * https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
 * Token lifetime: https://github.blog/changelog/2021-04-20-github-actions-control-permissions-for-github_token
 */
import { isMap, isPair, isScalar } from 'yaml';
import { lowerOneStep, githubPermissionFact, writeAllFact, type PermissionFact } from './github-permissions.js';
import type { ScopeHit } from './scope-hit.js';
import { parseYaml, scalarSpan } from './yaml-spans.js';

const WORKFLOW_PATH = /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i;

/** A workflow by its path, or (no path given) by its shape: top-level `jobs:` with `runs-on:`. */
export function isWorkflow(text: string, path?: string): boolean {
  if (path !== undefined) return WORKFLOW_PATH.test(path);
  // Indentation is blanks on one line: `^\s+` spanned line breaks and retried a run of blank lines from each line.
  return /^jobs:[ \t\r]*$/m.test(text) && /^[ \t]+runs-on:/m.test(text);
}

function hit(ruleId: string, scope: string, start: number, end: number, fact: PermissionFact, where: (string | number)[]): ScopeHit {
  return {
    ruleId,
    provider: 'github',
    subject: 'GITHUB_TOKEN permission',
    scope,
    start,
    end,
    risk: fact.risk,
    grants: fact.grants,
    ...(fact.narrower ? { narrower: fact.narrower } : {}),
    lifetime: 'short-lived',
    // Which block it is in, not where: the same grant in another job is another finding.
    context: where.join('.'),
    location: { fileKind: 'github-workflow', path: where, client: 'github-actions' },
  };
}

/**
 * Workflow-level `permissions` apply to every job; a job's own block is the narrowing GitHub recommends
 * ("grant write per job"), so the same grant is one step less risky there.
 */
function permissionHits(text: string, node: unknown, where: (string | number)[]): ScopeHit[] {
  const jobLevel = where[0] === 'jobs';
  const scoped = (fact: PermissionFact) => (jobLevel ? lowerOneStep(lowerOneStep(fact)) : lowerOneStep(fact));
  const all = scalarSpan(text, node);
  if (all) {
    return all.value === 'write-all' ? [hit('gha-permissions-write-all', 'write-all', all.start, all.end, scoped(writeAllFact()), where)] : [];
  }
  if (!isMap(node)) return [];
  const hits: ScopeHit[] = [];
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
    const name = scalarSpan(text, pair.key);
    const level = scalarSpan(text, pair.value);
    if (!name || !level) continue;
    const fact = githubPermissionFact(name.value, level.value);
    if (fact) hits.push(hit('gha-permissions-write', `${name.value}: ${level.value}`, name.start, level.end, scoped(fact), [...where, name.value]));
  }
  return hits;
}

export function workflowPermissionHits(text: string): ScopeHit[] {
  const doc = parseYaml(text);
  if (!doc || !isMap(doc.contents)) return [];
  const hits = permissionHits(text, doc.get('permissions', true), ['permissions']);
  const jobs = doc.get('jobs', true);
  if (isMap(jobs)) {
    for (const job of jobs.items) {
      if (!isPair(job) || !isScalar(job.key) || !isMap(job.value)) continue;
      const id = String(job.key.value);
      for (const found of permissionHits(text, job.value.get('permissions', true), ['jobs', id, 'permissions'])) hits.push(found);
    }
  }
  return hits;
}
