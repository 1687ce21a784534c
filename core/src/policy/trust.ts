/**
 * The trust model, in one place: what a repository (the workspace `.secret-hygiene.json`, a file anybody
 * who can open a pull request controls) may change. It may always tighten. It may loosen — disable
 * detectors, raise the minimum severity, lower a rule's severity, allowlist paths or fingerprints, raise an
 * OAuth rule's maximum risk — only while the effective policy lets it (`repository.mayLoosen`, from the
 * user or managed policy, and the adapter's own switch such as `--no-trust-repository`), and every
 * loosening it applied is listed, naming the file, so no output can say "no findings" without saying why.
 */
import { severityRank } from '../engine/severity.js';
import { scopeRiskRank as riskRank } from '../oauth/catalog.js';
import { DEFAULT_POLICY } from './defaults.js';
import type { PolicyDocument } from './schema.js';
import type { PolicyProblem, ProvenanceEntry, RepositoryTrust } from './types.js';

/** One loosening a repository applied, as every output reports it. */
export interface Loosening {
  /** The policy field, in the provenance spelling: `minSeverity`, `detectors.disabled[aws]`, `allowlist.paths[**]`. */
  field: string;
  value: string;
  /** The file that did it. */
  origin: string;
}

/**
 * Whether the repository may loosen: the adapter's choice (undefined = honour), then any user or managed
 * layer with `repository.mayLoosen: false`, then a broken managed policy (fail closed).
 */
export function repositoryTrust(
  trustRepository: boolean | undefined,
  documents: readonly { source: 'workspace' | 'user' | 'managed'; origin: string; document?: PolicyDocument; broken?: boolean }[],
  untrustedBecause = '--no-trust-repository',
): RepositoryTrust {
  if (trustRepository === false) return { mayLoosen: false, decidedBy: untrustedBecause };
  for (const layer of documents) {
    if (layer.source === 'managed' && layer.broken) return { mayLoosen: false, decidedBy: `the strict defaults that replace the broken managed policy ${layer.origin}` };
    if (layer.source !== 'workspace' && layer.document?.repository?.mayLoosen === false) {
      return { mayLoosen: false, decidedBy: `${layer.source} policy ${layer.origin}` };
    }
  }
  return { mayLoosen: true, decidedBy: trustRepository ? '--trust-repository' : 'default' };
}

/**
 * A workspace document with everything that would loosen the policy taken out, each removal a notice
 * naming the field. `repository` itself is never honoured from a workspace (a repository cannot vouch
 * for itself). Applied over the built-in defaults, so "looser" means looser than those.
 */
export function withoutLoosening(doc: PolicyDocument, origin: string, trust: RepositoryTrust, problems: PolicyProblem[]): PolicyDocument {
  const out: PolicyDocument = { ...doc };
  const refuse = (field: string, why = `the repository may not loosen the policy (decided by ${trust.decidedBy}); ignored`) =>
    problems.push({ level: 'notice', source: 'workspace', origin, field, message: why });
  if (doc.repository) {
    refuse('repository', 'honoured only in a user or managed policy (a repository cannot vouch for itself); ignored');
    delete out.repository;
  }
  if (trust.mayLoosen) return out;
  if (doc.minSeverity && severityRank(doc.minSeverity) > severityRank(DEFAULT_POLICY.minSeverity)) {
    refuse('minSeverity');
    delete out.minSeverity;
  }
  if (doc.detectors?.disabled?.length) {
    for (const name of doc.detectors.disabled) refuse(`detectors.disabled[${name}]`);
    out.detectors = { ...doc.detectors };
    delete out.detectors.disabled;
  }
  if (doc.allowlist?.paths?.length || doc.allowlist?.fingerprints?.length) {
    for (const path of doc.allowlist.paths ?? []) refuse(`allowlist.paths[${path}]`);
    for (const fp of doc.allowlist.fingerprints ?? []) refuse(`allowlist.fingerprints[${fp}]`);
    out.allowlist = { ...doc.allowlist };
    delete out.allowlist.paths;
    delete out.allowlist.fingerprints;
  }
  if (doc.oauth?.rules) {
    const rules: NonNullable<NonNullable<PolicyDocument['oauth']>['rules']> = {};
    for (const [key, rule] of Object.entries(doc.oauth.rules) as [keyof typeof rules, NonNullable<(typeof rules)[keyof typeof rules]>][]) {
      const kept = { ...rule };
      if (rule.maxRisk && riskRank(rule.maxRisk) > riskRank(DEFAULT_POLICY.oauth.rules['*'].maxRisk)) {
        refuse(`oauth.rules.${key}.maxRisk`);
        delete kept.maxRisk;
      }
      rules[key] = kept;
    }
    out.oauth = { ...doc.oauth, rules };
  }
  return out;
}

/**
 * The loosenings that stand in the resolved policy: every loosening field whose effective value a
 * workspace file set (one a managed layer overruled or dropped is no longer in the provenance), from
 * provenance entries (`Object.entries(record)`, or a ledger's entries of the workspace source).
 */
export function loosenedByRepository(provenance: Iterable<[string, ProvenanceEntry]>): Loosening[] {
  const out: Loosening[] = [];
  for (const [field, entry] of provenance) {
    if (entry.source !== 'workspace') continue;
    const value = String(entry.value);
    const loosens =
      (field === 'minSeverity' && severityRank(value as never) > severityRank(DEFAULT_POLICY.minSeverity)) ||
      field.startsWith('detectors.disabled[') ||
      field.startsWith('allowlist.paths[') ||
      field.startsWith('allowlist.fingerprints[') ||
      // An override may raise as well as lower; which one it is depends on the rule, so each is listed.
      field.startsWith('severityOverrides.') ||
      (/^oauth\.rules\.[^.]+\.maxRisk$/.test(field) && riskRank(value as never) > riskRank(DEFAULT_POLICY.oauth.rules['*'].maxRisk));
    if (loosens) out.push({ field, value, origin: entry.origin });
  }
  return out;
}
