/**
 * How one layer combines with the layers below it. Two verbs:
 * - `override` (workspace, user): a later layer simply replaces scalar values; detectors and allowlist
 *   entries accumulate.
 * - `tighten` (managed, strict defaults): the managed value wins unless a lower layer already chose
 *   something stricter; nothing a lower layer set can loosen it.
 * Built-in defaults never count as a choice: a managed value always replaces a default.
 */
import { severityRank } from '../engine/severity.js';
import { scopeRiskRank as riskRank } from '../oauth/catalog.js';
import { DEFAULT_POLICY } from './defaults.js';
import { defaultBrokerPolicy, overrideBroker, tightenBroker } from './broker.js';
import { DEFAULT_VERIFICATION, overrideVerification, tightenVerification } from './verification.js';
import type { OAuthRuleDocument, OAuthRuleKey, PolicyDocument } from './schema.js';
import { memberKey, ProvenanceLedger, type LayerOrigin } from './provenance.js';
import type { EffectiveOAuthRule, EffectivePolicy, PolicyProblem, PolicySource, ProvenanceEntry, ResolvedPolicy } from './types.js';

type Binding = 'managed' | 'strict-default';

export class PolicyBuilder {
  readonly policy: EffectivePolicy = {
    minSeverity: DEFAULT_POLICY.minSeverity,
    detectors: { disabled: [], enabled: [], locked: false },
    severityOverrides: {},
    allowlist: { paths: [], fingerprints: [], locked: false },
    oauth: { rules: {} },
    references: { ...DEFAULT_POLICY.references },
    audit: {},
    guardrails: { ...DEFAULT_POLICY.guardrails },
    broker: defaultBrokerPolicy(),
    verification: DEFAULT_VERIFICATION,
  };
  readonly provenance = new ProvenanceLedger();
  readonly problems: PolicyProblem[] = [];
  readonly limits: ResolvedPolicy['limits'] = {};

  override(doc: PolicyDocument, source: PolicySource, origin: string): void {
    const p = this.policy;
    const layer: LayerOrigin = { source, origin };
    const set = (field: string, value: ProvenanceEntry['value']) => this.provenance.set(field, layer, value);
    const managedOnly = (field: string) =>
      this.problems.push({ level: 'notice', source, origin, field, message: 'honoured only in a managed policy; ignored here' });

    if (doc.minSeverity) set('minSeverity', (p.minSeverity = doc.minSeverity));
    // Disabling first, then enabling: a name in both lists ends up enabled.
    this.moveDetectors(doc.detectors?.disabled ?? [], 'enabled', 'disabled', layer);
    this.moveDetectors(doc.detectors?.enabled ?? [], 'disabled', 'enabled', layer);
    if (doc.detectors?.locked !== undefined) managedOnly('detectors.locked');
    for (const [id, severity] of Object.entries(doc.severityOverrides ?? {})) {
      p.severityOverrides[id] = { severity, raiseOnly: false };
      set(`severityOverrides.${id}`, severity);
    }
    for (const path of doc.allowlist?.paths ?? []) this.addMember(p.allowlist.paths, 'allowlist.paths', path, layer);
    for (const fp of doc.allowlist?.fingerprints ?? []) this.addMember(p.allowlist.fingerprints, 'allowlist.fingerprints', fp, layer);
    if (doc.allowlist?.locked !== undefined) managedOnly('allowlist.locked');
    for (const [key, rule] of ruleEntries(doc)) {
      const base = `oauth.rules.${key}`;
      const target = this.ruleFor(key, set);
      if (rule.blockedScopes) {
        this.provenance.members(`${base}.blockedScopes`).clear();
        target.blockedScopes = [];
        for (const scope of rule.blockedScopes) this.addMember(target.blockedScopes, `${base}.blockedScopes`, scope, layer);
      }
      if (rule.maxRisk) set(`${base}.maxRisk`, (target.maxRisk = rule.maxRisk));
      if (rule.allowedClientIds) set(`${base}.allowedClientIds`, (target.allowedClientIds = [...new Set(rule.allowedClientIds)]));
      if (rule.action) set(`${base}.action`, (target.action = rule.action));
    }
    if (doc.references?.provider) set('references.provider', (p.references.provider = doc.references.provider));
    if (doc.references?.onePasswordVault) set('references.onePasswordVault', (p.references.onePasswordVault = doc.references.onePasswordVault));
    if (doc.audit?.endpoint && source === 'workspace') {
      // A cloned repository must not be able to send a developer's audit events somewhere else.
      this.problems.push({ level: 'notice', source, origin, field: 'audit.endpoint', message: 'not accepted from a workspace file (user or managed policy only); ignored' });
    } else if (doc.audit?.endpoint) set('audit.endpoint', (p.audit.endpoint = doc.audit.endpoint));
    this.overrideGuardrails(doc, source, origin, set);
    overrideBroker(p.broker, doc.broker, { source, origin, set, problems: this.problems, chosen: (field) => this.chosen(field) });
    overrideVerification(p, doc.verification, { source, origin, set, problems: this.problems, chosen: (field) => this.chosen(field) });
  }

  /**
   * Agent guardrails from the defaults or the user's file replace what was there; from a workspace file
   * they may only tighten (a cloned repository must not switch off the hooks that guard its own secrets).
   */
  private overrideGuardrails(doc: PolicyDocument, source: PolicySource, origin: string, set: Setter): void {
    const g = this.policy.guardrails;
    const wanted = doc.guardrails;
    if (!wanted) return;
    const loosening = (field: string) =>
      this.problems.push({ level: 'notice', source, origin, field, message: 'a workspace file may only tighten agent guardrails; ignored' });
    const tightenOnly = source === 'workspace';
    if (wanted.threshold) {
      if (tightenOnly && severityRank(wanted.threshold) > severityRank(g.threshold)) loosening('guardrails.threshold');
      else set('guardrails.threshold', (g.threshold = wanted.threshold));
    }
    for (const key of ['enforce', 'failClosed'] as const) {
      const value = wanted[key];
      if (value === undefined) continue;
      if (tightenOnly && !value && g[key]) loosening(`guardrails.${key}`);
      else set(`guardrails.${key}`, (g[key] = value));
    }
  }

  tighten(doc: PolicyDocument, source: Binding, origin: string): void {
    const p = this.policy;
    const layer: LayerOrigin = { source, origin };
    const set = (field: string, value: ProvenanceEntry['value']) => this.provenance.set(field, layer, value);

    if (doc.minSeverity) {
      const limit = this.limits.minSeverity;
      if (!limit || severityRank(doc.minSeverity) < severityRank(limit.value)) this.limits.minSeverity = { source, origin, value: doc.minSeverity };
      if (!this.chosen('minSeverity') || severityRank(p.minSeverity) >= severityRank(doc.minSeverity)) {
        this.overruled(source, 'minSeverity', doc.minSeverity, severityRank(p.minSeverity) > severityRank(doc.minSeverity));
        set('minSeverity', (p.minSeverity = doc.minSeverity));
      }
    }

    const detectors = doc.detectors ?? {};
    if (detectors.locked) {
      const lower = (name: string) => this.isLowerMember('detectors.disabled', name);
      this.dropMembers(p.detectors.disabled, 'detectors.disabled', lower, 'detectors are locked by the managed policy');
      set('detectors.locked', (p.detectors.locked = true));
    }
    if (detectors.enabled?.length) {
      const kept = new Set(detectors.enabled);
      this.dropMembers(p.detectors.disabled, 'detectors.disabled', (name) => kept.has(name), 'the managed policy keeps this detector enabled');
      for (const name of detectors.enabled) this.addMember(p.detectors.enabled, 'detectors.enabled', name, layer);
    }
    const enabled = this.provenance.members('detectors.enabled');
    for (const name of detectors.disabled ?? []) {
      // A lower layer that re-enabled it reports more: that is tightening, so it stands.
      if (!enabled.has(name)) this.addMember(p.detectors.disabled, 'detectors.disabled', name, layer);
    }

    for (const [id, override] of Object.entries(p.severityOverrides)) {
      if (!this.isLower(`severityOverrides.${id}`)) continue;
      const managed = doc.severityOverrides?.[id];
      if (!managed) override.raiseOnly = true;
      else if (severityRank(override.severity) <= severityRank(managed)) {
        this.overruled(source, `severityOverrides.${id}`, managed, severityRank(override.severity) < severityRank(managed));
        p.severityOverrides[id] = { severity: managed, raiseOnly: false };
        set(`severityOverrides.${id}`, managed);
      }
    }
    for (const [id, severity] of Object.entries(doc.severityOverrides ?? {})) {
      if (p.severityOverrides[id] && this.isLower(`severityOverrides.${id}`)) continue;
      p.severityOverrides[id] = { severity, raiseOnly: false };
      set(`severityOverrides.${id}`, severity);
    }

    if (doc.allowlist?.locked) {
      for (const [list, field] of [[p.allowlist.paths, 'allowlist.paths'], [p.allowlist.fingerprints, 'allowlist.fingerprints']] as const) {
        this.dropMembers(list, field, (value) => this.isLowerMember(field, value), 'the allowlist is locked by the managed policy');
      }
      set('allowlist.locked', (p.allowlist.locked = true));
    }
    for (const path of doc.allowlist?.paths ?? []) this.addMember(p.allowlist.paths, 'allowlist.paths', path, layer);
    for (const fp of doc.allowlist?.fingerprints ?? []) this.addMember(p.allowlist.fingerprints, 'allowlist.fingerprints', fp, layer);

    for (const [key, rule] of ruleEntries(doc)) this.tightenRule(key, rule, source, layer, set);

    const { provider, onePasswordVault } = doc.references ?? {};
    if (provider) {
      this.overruled(source, 'references.provider', provider, p.references.provider !== provider);
      set('references.provider', (p.references.provider = provider));
    }
    if (onePasswordVault) {
      this.overruled(source, 'references.onePasswordVault', onePasswordVault, p.references.onePasswordVault !== onePasswordVault);
      set('references.onePasswordVault', (p.references.onePasswordVault = onePasswordVault));
    }
    if (doc.audit?.endpoint) {
      this.overruled(source, 'audit.endpoint', doc.audit.endpoint, p.audit.endpoint !== doc.audit.endpoint);
      set('audit.endpoint', (p.audit.endpoint = doc.audit.endpoint));
    }
    this.tightenGuardrails(doc, source, set);
    tightenBroker(p.broker, doc.broker, { source, origin, set, problems: this.problems, chosen: (field) => this.chosen(field) });
    tightenVerification(p, doc.verification, { source, origin, set, problems: this.problems, chosen: (field) => this.chosen(field) });
  }

  /** Managed guardrails win; a lower layer's stricter choice (lower threshold, on instead of off) stands. */
  private tightenGuardrails(doc: PolicyDocument, source: Binding, set: Setter): void {
    const g = this.policy.guardrails;
    const managed = doc.guardrails;
    if (!managed) return;
    if (managed.threshold && (!this.chosen('guardrails.threshold') || severityRank(g.threshold) >= severityRank(managed.threshold))) {
      this.overruled(source, 'guardrails.threshold', managed.threshold, severityRank(g.threshold) > severityRank(managed.threshold));
      set('guardrails.threshold', (g.threshold = managed.threshold));
    }
    for (const key of ['enforce', 'failClosed'] as const) {
      const value = managed[key];
      if (value === undefined || (!value && g[key] && this.chosen(`guardrails.${key}`))) continue;
      this.overruled(source, `guardrails.${key}`, String(value), g[key] !== value);
      set(`guardrails.${key}`, (g[key] = value));
    }
  }

  private tightenRule(key: OAuthRuleKey, rule: OAuthRuleDocument, source: Binding, layer: LayerOrigin, set: Setter): void {
    const base = `oauth.rules.${key}`;
    const target = this.ruleFor(key, set);
    for (const scope of rule.blockedScopes ?? []) this.addMember(target.blockedScopes, `${base}.blockedScopes`, scope, layer);
    if (rule.maxRisk) {
      const current = target.maxRisk;
      if (!current || !this.chosen(`${base}.maxRisk`) || riskRank(current) >= riskRank(rule.maxRisk)) {
        this.overruled(source, `${base}.maxRisk`, rule.maxRisk, current !== undefined && riskRank(current) > riskRank(rule.maxRisk));
        set(`${base}.maxRisk`, (target.maxRisk = rule.maxRisk));
      }
    }
    if (rule.allowedClientIds) {
      const allowed = new Set(rule.allowedClientIds);
      const lower = this.chosen(`${base}.allowedClientIds`) ? target.allowedClientIds : undefined;
      target.allowedClientIds = lower ? lower.filter((id) => allowed.has(id)) : [...allowed];
      set(`${base}.allowedClientIds`, target.allowedClientIds);
    }
    if (rule.action === 'block' || (rule.action === 'warn' && !(this.chosen(`${base}.action`) && target.action === 'block'))) {
      set(`${base}.action`, (target.action = rule.action));
    }
  }

  /** The OAuth rule for `key`, created with the default action when a layer first mentions it. */
  private ruleFor(key: OAuthRuleKey, set: Setter): EffectiveOAuthRule {
    let rule = this.policy.oauth.rules[key];
    if (!rule) {
      rule = this.policy.oauth.rules[key] = { blockedScopes: [], action: 'warn' };
      set(`oauth.rules.${key}.action`, 'warn');
    }
    return rule;
  }

  /** Takes `names` out of one detector list (silently: the same layer chose otherwise) and into the other. */
  private moveDetectors(names: readonly string[], from: 'enabled' | 'disabled', to: 'enabled' | 'disabled', layer: LayerOrigin): void {
    if (!names.length) return;
    const moving = new Set(names);
    const list = this.policy.detectors[from];
    const members = this.provenance.members(`detectors.${from}`);
    let kept = 0;
    for (const name of list) {
      if (!moving.has(name)) list[kept++] = name;
      else members.delete(name);
    }
    list.length = kept;
    for (const name of names) this.addMember(this.policy.detectors[to], `detectors.${to}`, name, layer);
  }

  /**
   * Adds `value` to an effective list (plain data for every surface) and records the layer that set it.
   * The ledger's member map is the list's membership set: lists can be long (a managed allowlist of a
   * million fingerprints), and an includes() per added member made merging quadratic (over 300 s).
   */
  private addMember(list: string[], field: string, value: string, layer: LayerOrigin): void {
    const members = this.provenance.members(field);
    if (!members.has(value)) list.push(value);
    members.set(value, layer);
  }

  /** Set by the workspace or user file: a member a managed lock may drop. */
  private isLowerMember(field: string, value: string): boolean {
    const source = this.provenance.members(field).get(value)?.source;
    return source === 'workspace' || source === 'user';
  }

  /** A value some layer chose (not a built-in default). */
  private chosen(field: string): boolean {
    const source = this.provenance.get(field)?.source;
    return source !== undefined && source !== 'default';
  }

  /** Set by the workspace or user file: what a managed layer may overrule. */
  private isLower(field: string): boolean {
    const source = this.provenance.get(field)?.source;
    return source === 'workspace' || source === 'user';
  }

  /** Tells the lower layer that set `field` that the managed value replaced its own, when it was looser. */
  private overruled(by: Binding, field: string, managedValue: string, looser: boolean): void {
    const entry = this.provenance.get(field);
    if (!looser || !entry || !this.isLower(field)) return;
    this.problems.push({
      level: 'notice',
      source: entry.source,
      origin: entry.origin,
      field,
      message: `${JSON.stringify(entry.value)} is overruled by the ${by === 'managed' ? 'managed value' : 'strict default (the managed policy is broken)'} ${JSON.stringify(managedValue)}`,
    });
  }

  /** Removes, in one pass, every member `drop` picks, telling the layer that set each one why. */
  private dropMembers(list: string[], field: string, drop: (value: string) => boolean, why: string): void {
    const members = this.provenance.members(field);
    let kept = 0;
    for (const value of list) {
      if (!drop(value)) {
        list[kept++] = value;
        continue;
      }
      const layer = members.get(value)!;
      members.delete(value);
      this.problems.push({ level: 'notice', source: layer.source, origin: layer.origin, field: memberKey(field, value), message: `ignored: ${why}` });
    }
    list.length = kept;
  }
}

type Setter = (field: string, value: ProvenanceEntry['value']) => void;

function ruleEntries(doc: PolicyDocument): [OAuthRuleKey, OAuthRuleDocument][] {
  return Object.entries(doc.oauth?.rules ?? {}) as [OAuthRuleKey, OAuthRuleDocument][];
}
