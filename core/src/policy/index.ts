/**
 * Managed policy: the schema, the layering of its sources, and what it means for scans and OAuth requests.
 * (`references` is declared once here; remediation's `ReferenceSettings` derives from it.)
 */
export {
  policySchema,
  validatePolicyDocument,
  OAUTH_ACTIONS,
  OAUTH_RULE_KEYS,
  REFERENCE_PROVIDERS,
  referencesSchema,
  type PolicyReferences,
  type PolicyDocument,
  type OAuthRuleDocument,
  type OAuthAction,
  type OAuthRuleKey,
  type PolicyIssue,
} from './schema.js';
export { DEFAULT_POLICY, STRICT_POLICY, DEFAULTS_ORIGIN, WORKSPACE_POLICY_FILE } from './defaults.js';
export { brokerSchema, DEFAULT_MAX_TOKEN_LIFETIME_MINUTES, type BrokerPolicyDocument, type EffectiveBrokerPolicy } from './broker.js';
export { resolvePolicy, formatPolicyProblem } from './layering.js';
export { verificationSchema, DEFAULT_VERIFICATION } from './verification.js';
export {
  scanOptionsFromPolicy,
  unknownDetectorNames,
  ignoredSeverityOverrides,
  minSeverityWithRequest,
  isAllowlistedPath,
  oauthVerdict,
  type RuleIdentity,
  type PolicyScanOptions,
  type OAuthRequestFacts,
  type OAuthVerdict,
} from './evaluate.js';
export { globToRegExp, pathMatcher } from './glob.js';
export { repositoryTrust, loosenedByRepository, type Loosening } from './trust.js';
export { provenanceOf } from './provenance.js';
export { policyJsonSchema, chromeManagedSchema, policySchemaFiles, PolicySchemaError } from './json-schema.js';
export * from './types.js';
